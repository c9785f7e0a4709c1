import type { AttributeRow, SortDirection } from "./types";

/**
 * Sorts by keyword with the user's collation (so "Ä" sits next to "A" and "item 10" after
 * "item 9"). Equal keywords keep their data-source order in both directions: descending
 * reverses the keyword comparison only, never the tie-breaker.
 */
export function sortByKeyword(rows: readonly AttributeRow[], direction: SortDirection, collator?: Intl.Collator): AttributeRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const compare = (collator || defaultCollator()).compare;
  return rows.slice().sort((a, b) => sign * compare(a.keyword, b.keyword) || a.order - b.order);
}

export function defaultCollator(locale?: string): Intl.Collator {
  return new Intl.Collator(locale, { numeric: true, sensitivity: "base" });
}
