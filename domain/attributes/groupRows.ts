import { compareGroups } from "./groupOf";
import type { AttributeGroupRef, AttributeGroupView, AttributeRow } from "./types";

/**
 * Splits rows into their groups, keeping each group's rows in the order given (so a sorted,
 * filtered list stays sorted inside every group). Groups without rows are left out.
 */
export function groupRows(
  rows: readonly AttributeRow[],
  totals: ReadonlyMap<string, number> = new Map(),
): AttributeGroupView[] {
  const byKey = new Map<string, { group: AttributeGroupRef; rows: AttributeRow[] }>();
  for (const row of rows) {
    let bucket = byKey.get(row.group.key);
    if (!bucket) {
      bucket = { group: row.group, rows: [] };
      byKey.set(row.group.key, bucket);
    }
    bucket.rows.push(row);
  }
  return [...byKey.values()]
    .sort((a, b) => compareGroups(a.group, b.group))
    .map(({ group, rows: groupRowsList }) => ({
      group,
      rows: groupRowsList,
      total: totals.get(group.key) ?? groupRowsList.length,
    }));
}
