/**
 * The attribute model shared by grouping, filtering, sorting and the AttributeGrid view.
 * What every row needs for filtering, grouping and sorting is worked out once, when the model
 * is built; how a value is displayed is worked out only for rows that are shown (displayOf).
 */

/** One attribute row as it comes from the data source, before any interpretation. */
export interface RawAttribute {
  id: string;
  keyword: string | null | undefined;
  value: string | null | undefined;
  /** The raw msdyn_type choice value; hosts deliver numbers, numeric strings or nothing. */
  type: unknown;
}

/** input/result are the documented choice values; anything else is kept and shown as is. */
export type AttributeGroupKind = "input" | "result" | "unknown" | "none";

export interface AttributeGroupRef {
  /** Stable identity of the group (for collapse state and list keys). */
  key: string;
  kind: AttributeGroupKind;
  /** The raw type value as text, so an unknown group can show what it actually holds. */
  raw: string;
}

export type ValueKind = "empty" | "json" | "url" | "number" | "date" | "text";

export interface ClassifiedValue {
  kind: ValueKind;
  /** True when the value is too long or spans lines, so the view shows a preview first. */
  isLong: boolean;
  /** A single-line, length-limited form of the value for the collapsed row. */
  preview: string;
  /** Indented JSON for the expandable detail (kind "json" only). */
  prettyJson?: string;
  /** Set only for http and https URLs: the one case where the view may render a link. */
  href?: string;
  /** For kind "date": the instant to format (local midnight for a date without time). */
  date?: { time: number; hasTime: boolean };
}

export interface AttributeRow {
  id: string;
  /** Position in the data source: the final tie-breaker that keeps sorting stable. */
  order: number;
  keyword: string;
  value: string;
  group: AttributeGroupRef;
  /** Lower-cased keyword and value for case-insensitive filtering, made on first use (searchText.ts). */
  searchKeyword: string | undefined;
  searchValue: string | undefined;
}

export interface AttributeViewModel {
  rows: readonly AttributeRow[];
  /** Unfiltered row count per group key, so a filtered header can say "3 of 10". */
  totals: ReadonlyMap<string, number>;
}

export type SortDirection = "ascending" | "descending";

export interface AttributeGroupView {
  group: AttributeGroupRef;
  rows: readonly AttributeRow[];
  /** Rows in this group before filtering. */
  total: number;
}

/** One entry of the grid's flat list: a group header, followed by its rows unless collapsed. */
export type AttributeListItem = AttributeGroupView | AttributeRow;
