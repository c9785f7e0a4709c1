import { toCsv } from "../../domain/insights/csv";
import type { InsightTable } from "./insightTables";

/** A table as CSV: its column labels, then each row's CSV values (numbers unformatted). */
export function csvOf(table: InsightTable): string {
  return toCsv(
    table.columns.map((column) => column.label),
    table.rows.map((row) => row.cells.map((cell) => cell.csv)),
  );
}

/** A file name for a table's CSV: the table's id and the period's first and last day. */
export function csvFileName(table: InsightTable, firstDay: string, lastDay: string): string {
  return `proactive-deliveries-${table.id}-${firstDay}-to-${lastDay}.csv`;
}
