import { compareGroups } from "./groupOf";
import type { AttributeGroupRef, AttributeGroupView, AttributeListItem, AttributeRow } from "./types";

/** Sorted rows filtered and split into their groups, plus what it took to get there. */
export interface Arrangement {
  /** The sorted rows this was made from. */
  source: readonly AttributeRow[];
  /** The filter applied: trimmed and lower-cased; "" keeps every row. */
  needle: string;
  /** Groups with at least one row, in display order; each keeps the rows' sorted order. */
  groups: readonly AttributeGroupView[];
  /** Rows that passed the filter, over all groups. */
  count: number;
}

/**
 * Filters and groups in one pass over rows that are already sorted, so neither step sorts
 * again. The same source and filter give back the previous arrangement itself, so nothing
 * downstream recomputes.
 */
export function arrangeRows(
  sorted: readonly AttributeRow[],
  filterText: string,
  totals: ReadonlyMap<string, number>,
  previous?: Arrangement,
): Arrangement {
  const needle = filterText.trim().toLowerCase();
  if (previous && previous.source === sorted && previous.needle === needle) return previous;
  const buckets = new Map<string, { group: AttributeGroupRef; rows: AttributeRow[] }>();
  for (const row of sorted) {
    if (needle && !matches(row, needle)) continue;
    let bucket = buckets.get(row.group.key);
    if (!bucket) {
      bucket = { group: row.group, rows: [] };
      buckets.set(row.group.key, bucket);
    }
    bucket.rows.push(row);
  }
  let count = 0;
  const groups = Array.from(buckets.values())
    .sort((a, b) => compareGroups(a.group, b.group))
    .map((bucket): AttributeGroupView => {
      count += bucket.rows.length;
      return { group: bucket.group, rows: bucket.rows, total: totals.get(bucket.group.key) || bucket.rows.length };
    });
  return { source: sorted, needle, groups, count };
}

/** Keyword and value are matched separately, so a query never spans the two. */
function matches(row: AttributeRow, needle: string): boolean {
  return row.searchKeyword.includes(needle) || row.searchValue.includes(needle);
}

/** The grid's flat list: each group's header, then its rows unless the group is collapsed. */
export function listItemsOf(groups: readonly AttributeGroupView[], collapsed: ReadonlySet<string>): AttributeListItem[] {
  const items: AttributeListItem[] = [];
  for (const view of groups) {
    items.push(view);
    if (!collapsed.has(view.group.key)) for (const row of view.rows) items.push(row);
  }
  return items;
}

export function isGroupItem(item: AttributeListItem): item is AttributeGroupView {
  return "rows" in item;
}
