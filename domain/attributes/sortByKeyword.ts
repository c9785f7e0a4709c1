import { compareGroups } from "./groupOf";
import type { AttributeRow, SortDirection } from "./types";

/**
 * Sorts by keyword with the user's collation (so "Ä" sits next to "A" and "item 10" after
 * "item 9"). Equal keywords keep their data-source order in both directions: descending
 * reverses the keyword comparison only, never the tie-breaker.
 *
 * With `firstOnly`, only the rows that come first in the grid (by group, then keyword) are
 * put in order, ahead of all others in their data-source order: one pass instead of a full
 * sort, for a first screen that shows no more than those rows.
 */
export function sortByKeyword(
  rows: readonly AttributeRow[],
  direction: SortDirection,
  collator?: Intl.Collator,
  firstOnly?: number,
): AttributeRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const compareText = (collator || defaultCollator()).compare;
  const compare = (a: AttributeRow, b: AttributeRow): number =>
    sign * compareText(a.keyword, b.keyword) || a.order - b.order;
  if (!firstOnly || rows.length <= firstOnly) return rows.slice().sort(compare);

  const inGridOrder = (a: AttributeRow, b: AttributeRow): number => compareGroups(a.group, b.group) || compare(a, b);
  const first: AttributeRow[] = [];
  for (const row of rows) {
    // Most rows come after the last one kept: one comparison says so.
    if (first.length === firstOnly && inGridOrder(row, first[firstOnly - 1]) >= 0) continue;
    let low = 0;
    let high = first.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (inGridOrder(row, first[middle]) < 0) high = middle;
      else low = middle + 1;
    }
    first.splice(low, 0, row);
    first.length = Math.min(first.length, firstOnly);
  }
  const chosen = new Set(first);
  return first.concat(rows.filter((row) => !chosen.has(row)));
}

export function defaultCollator(locale?: string): Intl.Collator {
  return new Intl.Collator(locale, { numeric: true, sensitivity: "base" });
}
