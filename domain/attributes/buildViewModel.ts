import { classifyValue } from "./classifyValue";
import { groupOf } from "./groupOf";
import type { AttributeRow, AttributeViewModel, RawAttribute } from "./types";

export interface BuildOptions {
  /** Formats a classified date for display; left out, dates show only their raw text. */
  formatDate?: (date: Date, hasTime: boolean) => string;
}

/**
 * Turns raw rows into the view model in one pass: group, classification, date text and the
 * lower-cased search keys are all computed here so filtering and rendering stay cheap.
 */
export function buildAttributeViewModel(raw: readonly RawAttribute[], options: BuildOptions = {}): AttributeViewModel {
  const totals = new Map<string, number>();
  const rows = raw.map((item, order): AttributeRow => {
    const keyword = item.keyword ?? "";
    const value = item.value ?? "";
    const group = groupOf(item.type);
    const display = classifyValue(value);
    totals.set(group.key, (totals.get(group.key) ?? 0) + 1);
    return {
      id: item.id,
      order,
      keyword,
      value,
      group,
      display,
      dateText: display.date && options.formatDate?.(new Date(display.date.time), display.date.hasTime),
      searchKeyword: keyword.toLowerCase(),
      searchValue: value.toLowerCase(),
    };
  });
  return { rows, totals };
}
