/**
 * The tables a delivery names by id (contact, conversation, queue, proactive engagement
 * configuration) as the sample store holds them: the primary id, the primary name and the
 * system columns, and for the contact the columns the preview's contact form shows (first and
 * last name, email, business and mobile phone). The real tables have many more columns; the
 * preview serves only these, so a query naming another column fails here as a 400.
 */
import { relatedKinds, relatedTables, type RelatedKind, type RelatedTable } from "../../domain/related/relatedTables";
import type { TableDefinition, TextColumn } from "../../domain/tables";
import { storeTableOf, type StoreTable } from "./schema";

/** Contact columns beyond the primary id and name, as Microsoft names them. */
export const ContactColumns = {
  firstName: "firstname",
  lastName: "lastname",
  email: "emailaddress1",
  telephone: "telephone1",
  mobilePhone: "mobilephone",
} as const;

function text(logicalName: string, displayName: string, maxLength: number, primaryName = false): TextColumn {
  return {
    kind: "text",
    logicalName,
    schemaName: logicalName,
    displayName,
    description: displayName,
    required: "none",
    validForForm: true,
    maxLength,
    ...(primaryName && { primaryName }),
  };
}

/** The primary name's label and length where the preview knows Microsoft's; 400 otherwise. */
const primaryNames: Partial<Record<RelatedKind, { displayName: string; maxLength: number }>> = {
  contact: { displayName: "Full Name", maxLength: 160 },
};

/** Microsoft's display names and lengths of the contact's columns. */
const otherColumns: Partial<Record<RelatedKind, TextColumn[]>> = {
  contact: [
    text(ContactColumns.firstName, "First Name", 50),
    text(ContactColumns.lastName, "Last Name", 50),
    text(ContactColumns.email, "Email", 100),
    text(ContactColumns.telephone, "Business Phone", 50),
    text(ContactColumns.mobilePhone, "Mobile Phone", 50),
  ],
};

function definitionOf(table: RelatedTable): TableDefinition {
  const primary = primaryNames[table.kind] ?? { displayName: "Name", maxLength: 400 };
  return {
    logicalName: table.logicalName,
    schemaName: table.logicalName,
    displayName: table.displayName,
    displayCollectionName: table.displayName,
    description: `${table.displayName} (the preview's stand-in: a few of its columns)`,
    entitySetName: table.entitySetName,
    primaryIdAttribute: table.primaryIdAttribute,
    primaryNameAttribute: table.primaryNameAttribute,
    ownership: "UserOwned",
    elastic: false,
    columns: [
      text(table.primaryNameAttribute, primary.displayName, primary.maxLength, true),
      ...(otherColumns[table.kind] ?? []),
    ],
    elasticSystemColumns: [],
  };
}

export const relatedStoreTables: readonly StoreTable[] = relatedKinds.map((kind) =>
  storeTableOf(definitionOf(relatedTables[kind])),
);

/** The contact table as the store holds it: what the contact form page binds to. */
export const contactStoreTable: StoreTable = relatedStoreTables[relatedKinds.indexOf("contact")];
