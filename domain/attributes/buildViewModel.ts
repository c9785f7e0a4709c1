import { groupOf } from "./groupOf";
import type { AttributeRow, AttributeViewModel, RawAttribute } from "./types";

/**
 * Turns raw rows into the view model in one pass: the group is computed here so that grouping
 * stays cheap; the lower-cased search texts wait for the first filter (searchText.ts). Classifying a value waits until a
 * row is shown (displayOf): a grid of 10,000 rows shows a few dozen.
 *
 * A model built from the same dataset earlier (the pages loaded so far) hands over every row
 * that is unchanged at its position, so adding a page touches only the new rows and the view
 * can tell unchanged rows by identity. When nothing changed at all, that model is returned.
 */
export function buildAttributeViewModel(
  raw: readonly RawAttribute[],
  previous?: AttributeViewModel,
): AttributeViewModel {
  const totals = new Map<string, number>();
  const before = previous ? previous.rows : [];
  let reused = 0;
  const rows = raw.map((item, order): AttributeRow => {
    const keyword = item.keyword || "";
    const value = item.value || "";
    const group = groupOf(item.type);
    totals.set(group.key, (totals.get(group.key) || 0) + 1);
    const old = before[order];
    if (old && old.id === item.id && old.keyword === keyword && old.value === value && old.group.key === group.key) {
      reused += 1;
      return old;
    }
    return {
      id: item.id,
      order,
      keyword,
      value,
      group,
      // Made when first filtered (searchText.ts); present from the start, so every row has one shape.
      searchKeyword: undefined,
      searchValue: undefined,
    };
  });
  return previous && reused === rows.length && reused === before.length ? previous : { rows, totals };
}
