import { compareGroups } from "./groupOf";
import { matchesFilter } from "./searchText";
import type { AttributeGroupRef, AttributeGroupView, AttributeListItem, AttributeRow } from "./types";

/** Sorted rows filtered and split into their groups. */
export interface Arrangement {
  /** Groups with at least one row, in display order; each keeps the rows' sorted order. */
  groups: readonly AttributeGroupView[];
  /** Rows that passed the filter, over all groups. */
  count: number;
}

/**
 * Filters (keyword or value containing the text, ignoring case and surrounding spaces) and
 * groups in one pass over rows that are already sorted, so neither step sorts again.
 */
export function arrangeRows(
  sorted: readonly AttributeRow[],
  filterText: string,
  totals: ReadonlyMap<string, number>,
): Arrangement {
  const needle = filterText.trim().toLowerCase();
  const buckets = new Map<string, { group: AttributeGroupRef; rows: AttributeRow[] }>();
  for (const row of sorted) {
    if (needle && !matchesFilter(row, needle)) continue;
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
  return { groups, count };
}

/** The grid's flat list: each group's header, then its rows unless the group is collapsed. */
export function listItemsOf(
  groups: readonly AttributeGroupView[],
  collapsed: ReadonlySet<string>,
): AttributeListItem[] {
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
