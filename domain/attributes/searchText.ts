import type { AttributeRow } from "./types";

/**
 * Whether a row's keyword or value contains `needle` (already trimmed and lower-cased).
 * Keyword and value are matched separately, so a query never spans the two. The lower-cased
 * texts are made the first time a row is matched (or prepared) and kept on the row: building
 * them for 10,000 rows before the grid's first render would delay it for a filter not yet typed.
 */
export function matchesFilter(row: AttributeRow, needle: string): boolean {
  prepareSearch(row);
  return (row.searchKeyword as string).includes(needle) || (row.searchValue as string).includes(needle);
}

/** Makes a row's lower-cased search texts now, e.g. right after a first render, before any typing. */
export function prepareSearch(row: AttributeRow): void {
  if (row.searchKeyword === undefined) {
    row.searchKeyword = row.keyword.toLowerCase();
    row.searchValue = row.value.toLowerCase();
  }
}
