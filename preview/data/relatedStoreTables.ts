/**
 * The tables a delivery names by id (contact, conversation, queue, proactive engagement
 * configuration) as the sample store holds them. The contact is domain/tables' description of
 * the platform's contact (the columns the experience's contact form names, with Microsoft's
 * lengths); the other three have their primary id, their primary name and the system columns,
 * nothing more. The real tables have many more columns; the preview serves only these, so a
 * query naming another column fails here as a 400.
 */
import { relatedKinds, relatedTables, type RelatedTable } from "../../domain/related/relatedTables";
import { contactTable, type TableDefinition } from "../../domain/tables";
import { environmentVariableStoreTables } from "./environmentVariables";
import { storeTableOf, type StoreTable } from "./schema";

function definitionOf(table: RelatedTable): TableDefinition {
  if (table.logicalName === contactTable.logicalName) return contactTable;
  return {
    logicalName: table.logicalName,
    schemaName: table.logicalName,
    displayName: table.displayName,
    displayCollectionName: table.displayName,
    description: `${table.displayName} (the preview's stand-in: primary id and name only)`,
    entitySetName: table.entitySetName,
    primaryIdAttribute: table.primaryIdAttribute,
    primaryNameAttribute: table.primaryNameAttribute,
    ownership: "UserOwned",
    elastic: false,
    columns: [
      {
        kind: "text",
        logicalName: table.primaryNameAttribute,
        schemaName: table.primaryNameAttribute,
        displayName: "Name",
        description: "Primary name",
        required: "none",
        validForForm: true,
        maxLength: 400,
        primaryName: true,
      },
    ],
    elasticSystemColumns: [],
  };
}

// The environment variable tables follow, for the disposition chips' list of allowed codes.
export const relatedStoreTables: readonly StoreTable[] = [
  ...relatedKinds.map((kind) => storeTableOf(definitionOf(relatedTables[kind]))),
  ...environmentVariableStoreTables,
];

/** The contact table as the store holds it: what the contact form page binds to. */
export const contactStoreTable: StoreTable = relatedStoreTables[relatedKinds.indexOf("contact")];
