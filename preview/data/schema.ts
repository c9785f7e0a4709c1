/**
 * The tables as the sample store sees them, derived from the one table description in
 * domain/tables: every column with its kind, length and choice options, plus the system
 * columns of Microsoft's copies (the primary id, the owner and audit columns of
 * systemStoreColumns.ts, partitionid and ttlinseconds), so the store has exactly Microsoft's
 * columns and a query naming any other one, statecode included, fails as it would there.
 */
import {
  attributeTable,
  attributeTypeChoice,
  deliveryTable,
  type elasticOnlyColumns,
  type ChoiceOption,
  type ColumnDefinition,
  type TableDefinition,
} from "../../domain/tables";
import { systemStoreColumns } from "./systemStoreColumns";

export type StoreColumnKind = "guid" | "text" | "datetime" | "lookup" | "choice" | "integer";

export interface StoreColumn {
  logicalName: string;
  displayName: string;
  kind: StoreColumnKind;
  /** Text columns only. */
  maxLength?: number;
  /** Lookup columns only: the referenced table's logical name. */
  target?: string;
  /** Choice columns only. */
  options?: readonly ChoiceOption[];
  /** Integer columns only. */
  min?: number;
  max?: number;
  /** Columns the platform maintains (id, createdon, modifiedon): not writable through the Web API. */
  system: boolean;
}

export interface StoreTable {
  logicalName: string;
  entitySetName: string;
  primaryIdAttribute: string;
  primaryNameAttribute: string;
  columns: ReadonlyMap<string, StoreColumn>;
  definition: TableDefinition;
}

/** Of the system columns, the sample data fills only these two audit dates. */
export const createdOnColumn = "createdon";
export const modifiedOnColumn = "modifiedon";

/** The elastic column that, when its writer sets it, makes a row's key its id and this together. */
export const partitionIdColumn: (typeof elasticOnlyColumns)[number] = "partitionid";

const choiceSets: Readonly<Record<string, readonly ChoiceOption[]>> = {
  [attributeTypeChoice.name]: attributeTypeChoice.options,
};

function storeColumnOf(column: ColumnDefinition): StoreColumn {
  const base = { logicalName: column.logicalName, displayName: column.displayName, system: false };
  switch (column.kind) {
    case "text":
      return { ...base, kind: "text", maxLength: column.maxLength };
    case "datetime":
      return { ...base, kind: "datetime" };
    case "lookup":
      return { ...base, kind: "lookup", target: column.target };
    case "choice": {
      const options = choiceSets[column.optionSet];
      if (!options) throw new Error(`${column.logicalName}: unknown global choice ${column.optionSet}`);
      return { ...base, kind: "choice", options };
    }
    case "integer":
      return { ...base, kind: "integer", min: column.min, max: column.max };
  }
}

export function storeTableOf(definition: TableDefinition): StoreTable {
  const columns = new Map<string, StoreColumn>();
  columns.set(definition.primaryIdAttribute, {
    logicalName: definition.primaryIdAttribute,
    displayName: definition.displayName,
    kind: "guid",
    system: true,
  });
  for (const column of [...definition.columns, ...(definition.elastic ? definition.elasticSystemColumns : [])]) {
    columns.set(column.logicalName, storeColumnOf(column));
  }
  for (const column of systemStoreColumns()) columns.set(column.logicalName, column);
  return {
    logicalName: definition.logicalName,
    entitySetName: definition.entitySetName,
    primaryIdAttribute: definition.primaryIdAttribute,
    primaryNameAttribute: definition.primaryNameAttribute,
    columns,
    definition,
  };
}

export const deliveryStoreTable = storeTableOf(deliveryTable);
export const attributeStoreTable = storeTableOf(attributeTable);
export const storeTables: readonly StoreTable[] = [deliveryStoreTable, attributeStoreTable];

/** The Web API name of a lookup column's value: _<name>_value. */
export function lookupValueName(logicalName: string): string {
  return `_${logicalName}_value`;
}
