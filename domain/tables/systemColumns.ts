import type { TableDefinition } from "./types";

/**
 * System columns of Microsoft's two tables (live entity references; TableType Elastic,
 * UserOwned). A standard table that the tables solution creates has every one of these too.
 */
export const sharedSystemColumns = [
  "createdby",
  "createdon",
  "createdonbehalfby",
  "importsequencenumber",
  "modifiedby",
  "modifiedon",
  "modifiedonbehalfby",
  "overriddencreatedon",
  "ownerid",
  "owneridname",
  "owneridtype",
  "owneridyominame",
  "owningbusinessunit",
  "owningteam",
  "owninguser",
  "versionnumber",
] as const;

/** Only Microsoft's elastic copies have these; a standard table cannot. */
export const elasticOnlyColumns = ["partitionid", "ttlinseconds"] as const;

/**
 * Only a standard table made by the tables solution has these: Contact Center's elastic tables
 * have no state model and no time zone columns, so nothing in the experience may name them.
 */
export const standardOnlyColumns = [
  "statecode",
  "statuscode",
  "timezoneruleversionnumber",
  "utcconversiontimezonecode",
] as const;

/** Every column Microsoft's copy of the table has, and no other. */
export function microsoftColumnNames(table: TableDefinition): ReadonlySet<string> {
  return new Set([
    table.primaryIdAttribute,
    ...table.columns.map((c) => c.logicalName),
    ...sharedSystemColumns,
    ...elasticOnlyColumns,
  ]);
}

/**
 * The columns both copies have (Microsoft's elastic table and our standard one): the only
 * columns the experience's forms, views, bindings, scripts and Web API queries may name.
 */
export function experienceColumnNames(table: TableDefinition): ReadonlySet<string> {
  const elastic = new Set<string>(elasticOnlyColumns);
  return new Set([...microsoftColumnNames(table)].filter((name) => !elastic.has(name)));
}

/** Why a column is outside the experience's set, in words for a build error. */
export function whyNotExperienceColumn(table: TableDefinition, column: string): string | undefined {
  if (experienceColumnNames(table).has(column)) return undefined;
  if ((standardOnlyColumns as readonly string[]).includes(column)) {
    return `Contact Center's elastic ${table.logicalName} has no ${column} (only the tables solution's standard table does)`;
  }
  if ((elasticOnlyColumns as readonly string[]).includes(column)) {
    return `the tables solution's standard ${table.logicalName} cannot have ${column} (only Contact Center's elastic table does)`;
  }
  return `${table.logicalName} has no column ${column} in Microsoft's definition`;
}

/** Every column a standard table made by the tables solution has. */
export function standardColumnNames(table: TableDefinition): ReadonlySet<string> {
  return new Set([...experienceColumnNames(table), ...standardOnlyColumns]);
}

/**
 * The columns of a platform table (contact) the experience may name: its primary key and the
 * columns its description carries, and no other. The platform's table has many more; a form
 * that names one must describe it first, so that its label, type and control are real.
 */
export function platformColumnNames(table: TableDefinition): ReadonlySet<string> {
  return new Set([table.primaryIdAttribute, ...table.columns.map((c) => c.logicalName)]);
}
