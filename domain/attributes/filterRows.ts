import { matchesFilter } from "./searchText";
import type { AttributeRow } from "./types";

/** True when the filter text is blank: the caller can then skip filtering altogether. */
export function isBlankFilter(text: string): boolean {
  return text.trim() === "";
}

/**
 * Keeps rows whose keyword or value contains the text, ignoring case. Keyword and value are
 * matched separately so a query never matches across the boundary between the two.
 * The input order is kept, so filtering a sorted list leaves it sorted.
 */
export function filterRows(rows: readonly AttributeRow[], text: string): readonly AttributeRow[] {
  if (isBlankFilter(text)) return rows;
  const needle = text.trim().toLowerCase();
  return rows.filter((row) => matchesFilter(row, needle));
}
