import { attributeTable, attributeTypeChoice, deliveryAttributesRelationship } from "./attributeTable";
import { deliveryTable } from "./deliveryTable";
import type { ColumnDefinition, TableDefinition } from "./types";

export * from "./names";
export * from "./systemColumns";
export type * from "./types";
export { attributeTable, attributeTypeChoice, deliveryAttributesRelationship, deliveryTable };

export const tables: readonly TableDefinition[] = [deliveryTable, attributeTable];

export function columnOf(table: TableDefinition, logicalName: string): ColumnDefinition {
  const column = table.columns.find((c) => c.logicalName === logicalName);
  if (!column) throw new Error(`${table.logicalName}: no column named ${logicalName}`);
  return column;
}

export function maxLengthOf(table: TableDefinition, logicalName: string): number {
  const column = columnOf(table, logicalName);
  if (column.kind !== "text") throw new Error(`${table.logicalName}.${logicalName} is not a text column`);
  return column.maxLength;
}
