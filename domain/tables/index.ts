import { attributeTable, attributeTypeChoice, deliveryAttributesRelationship } from "./attributeTable";
import { contactTable } from "./contactTable";
import { deliveryTable } from "./deliveryTable";
import type { ColumnDefinition, TableDefinition } from "./types";

export * from "./names";
export * from "./systemColumns";
export type * from "./types";
export { attributeTable, attributeTypeChoice, contactTable, deliveryAttributesRelationship, deliveryTable };

/** Microsoft's two proactive engagement tables. */
export const tables: readonly TableDefinition[] = [deliveryTable, attributeTable];

/** Tables of the platform the experience adds a form to, shell only (see contactTable.ts). */
export const platformTables: readonly TableDefinition[] = [contactTable];

/** A described table by logical name: one of the two proactive tables or a platform table. */
export function describedTable(logicalName: string): TableDefinition | undefined {
  return [...tables, ...platformTables].find((t) => t.logicalName === logicalName);
}

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
