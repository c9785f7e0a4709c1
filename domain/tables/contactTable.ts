import { ContactNames as N } from "./names";
import { columnNames, type ColumnName } from "./columns";
import type { RequiredLevel, TableDefinition, TextColumn } from "./types";

/**
 * A contact column with the metadata a real export gives it (the Contact Entity.xml of
 * meandtech2001/Apollo-HealthCare-Management-D365-CRM-, which carries contact's platform
 * columns): schema name in Microsoft's casing, length, requirement level, format, labels.
 */
function column(
  logicalName: string,
  schemaName: string,
  displayName: ColumnName,
  maxLength: number,
  description: string,
  options: { required?: RequiredLevel; format?: TextColumn["format"]; primaryName?: boolean } = {},
): TextColumn {
  return {
    kind: "text",
    logicalName,
    schemaName,
    ...columnNames(displayName),
    description,
    maxLength,
    required: options.required ?? "none",
    validForForm: true,
    ...(options.format ? { format: options.format } : {}),
    ...(options.primaryName ? { primaryName: true } : {}),
  };
}

/**
 * The platform's contact table (ObjectTypeCode 2), described only as far as the experience's
 * contact form names it. The experience adds one main form to contact, as a shell (behavior 2),
 * exactly as Microsoft's own FSI solutions add forms to it; it never changes contact's metadata,
 * so nothing here is ever written as table metadata. A form or binding that names a contact
 * column this description lacks stops the build: describe the column here first, with its
 * real type.
 */
export const contactTable: TableDefinition = {
  logicalName: N.table,
  schemaName: "Contact",
  displayName: "Contact",
  displayCollectionName: "Contacts",
  description: "Person with whom a business unit has a relationship, such as customer, supplier, and colleague.",
  entitySetName: N.entitySet,
  primaryIdAttribute: N.id,
  primaryNameAttribute: N.fullName,
  ownership: "UserOwned",
  elastic: false,
  columns: [
    column(
      N.fullName,
      "FullName",
      { 1033: "Full Name", 1031: "Vollständiger Name" },
      160,
      "Combines and shows the contact's first and last names so that the full name can be displayed in views and reports.",
      { primaryName: true },
    ),
    column(
      N.firstName,
      "FirstName",
      { 1033: "First Name", 1031: "Vorname" },
      50,
      "Type the contact's first name to make sure the contact is addressed correctly in sales calls, email, and marketing campaigns.",
      { required: "recommended" },
    ),
    column(
      N.lastName,
      "LastName",
      { 1033: "Last Name", 1031: "Nachname" },
      50,
      "Type the contact's last name to make sure the contact is addressed correctly in sales calls, email, and marketing campaigns.",
      { required: "required" },
    ),
    column(
      N.email,
      "EMailAddress1",
      { 1033: "Email", 1031: "E-Mail" },
      100,
      "Type the primary email address for the contact.",
      {
        format: "email",
      },
    ),
    column(
      N.businessPhone,
      "Telephone1",
      { 1033: "Business Phone", 1031: "Telefon (geschäftlich)" },
      50,
      "Type the main phone number for this contact.",
      {
        format: "phone",
      },
    ),
    column(
      N.mobilePhone,
      "MobilePhone",
      { 1033: "Mobile Phone", 1031: "Mobiltelefon" },
      50,
      "Type the mobile phone number for the contact.",
      {
        format: "phone",
      },
    ),
  ],
  elasticSystemColumns: [],
  platform: { objectTypeCode: 2 },
};
