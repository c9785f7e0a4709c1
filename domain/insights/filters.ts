/**
 * What the supervisor narrows the insights to, besides the period. Each filter is a list of
 * stored texts, any of which matches (an empty list filters nothing). The columns are free
 * text and `eq` compares text exactly on the elastic tables, so the values are the texts the
 * rows store, as a breakdown returned them (a group row's storedTexts), not normalised ids.
 * An empty string stands for "no value" (the empty bucket): it becomes a null test.
 */
export interface InsightFilters {
  queueIds?: readonly string[];
  configurationIds?: readonly string[];
  dialModes?: readonly string[];
  channels?: readonly string[];
}

export type FilterName = keyof InsightFilters;

export const filterNames: readonly FilterName[] = ["queueIds", "configurationIds", "dialModes", "channels"];

/** Distinct values in first-seen order; blanks become the one empty value. */
export function filterValues(values: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  for (const value of values ?? []) seen.add(value.trim() === "" ? "" : value);
  return [...seen];
}
