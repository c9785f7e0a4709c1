/**
 * The platform's environment variable tables as the sample store holds them, so the sample Web
 * API answers the disposition chips' two reads of the list of allowed codes
 * (controls/DispositionChips/vocabularySource.ts): environmentvariabledefinition (schema name,
 * default value) and environmentvariablevalue (an admin's current value, a lookup to its
 * definition). Only the columns those reads name, plus the primary id and name and the system
 * columns; a query naming any other column fails here as a 400. Rows come from the sample data's
 * `related` rows by table name (none given: the variable is not defined, and the chips allow
 * any code, as without the experience solution).
 */
import { text } from "../../domain/tables/columns";
import type { TableDefinition } from "../../domain/tables";
import { storeTableOf, type StoreTable } from "./schema";

function table(
  logicalName: string,
  displayName: string,
  entitySetName: string,
  columns: TableDefinition["columns"],
): TableDefinition {
  return {
    logicalName,
    schemaName: logicalName,
    displayName,
    displayCollectionName: `${displayName}s`,
    description: `${displayName} (the preview's stand-in: the columns the chips read)`,
    entitySetName,
    primaryIdAttribute: `${logicalName}id`,
    primaryNameAttribute: "schemaname",
    ownership: "UserOwned",
    elastic: false,
    columns,
    elasticSystemColumns: [],
  };
}

export const environmentVariableDefinitionTable = table(
  "environmentvariabledefinition",
  "Environment Variable Definition",
  "environmentvariabledefinitions",
  [
    text("schemaname", "Schema Name", 100, "Unique name of the variable", { primaryName: true }),
    text("defaultvalue", "Default Value", 2000, "Value used when no current value is set"),
  ],
);

export const environmentVariableValueTable = table(
  "environmentvariablevalue",
  "Environment Variable Value",
  "environmentvariablevalues",
  [
    text("schemaname", "Schema Name", 100, "Unique name of the value", { primaryName: true }),
    text("value", "Value", 2000, "The current value, set per environment"),
    {
      kind: "lookup",
      logicalName: "environmentvariabledefinitionid",
      schemaName: "EnvironmentVariableDefinitionId",
      displayName: "Environment Variable Definition",
      description: "The definition this value belongs to",
      target: "environmentvariabledefinition",
      required: "none",
      validForForm: true,
    },
  ],
);

export const environmentVariableStoreTables: readonly StoreTable[] = [
  storeTableOf(environmentVariableDefinitionTable),
  storeTableOf(environmentVariableValueTable),
];
