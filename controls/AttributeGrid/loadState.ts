/** What the grid can show right now, worked out from the dataset alone. */
export type LoadState =
  { kind: "loading" } | { kind: "paging"; loaded: number } | { kind: "error"; message: string } | { kind: "ready" };

type DataSet = ComponentFramework.PropertyTypes.DataSet;

/**
 * Datasets give no reliable total beyond 500 rows (totalResultCount may be -1), so "more to
 * come" is judged by paging.hasNextPage alone; the loaded count is what the user sees.
 */
export function loadStateOf(dataset: DataSet): LoadState {
  if (dataset.error) return { kind: "error", message: dataset.errorMessage || "" };
  const loaded = dataset.sortedRecordIds.length;
  if (dataset.paging.hasNextPage) return { kind: "paging", loaded };
  if (dataset.loading) return loaded > 0 ? { kind: "paging", loaded } : { kind: "loading" };
  return { kind: "ready" };
}
