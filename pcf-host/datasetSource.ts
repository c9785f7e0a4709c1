/**
 * Where a dataset's rows come from: the server query a subgrid runs (the view's columns, the
 * sorting and filter the control set). A source that answers at once (an array, not a
 * promise) makes paging synchronous, which is how jest tests drive a dataset.
 */
import type { TableDescription } from "./columns";

type FilterExpression = ComponentFramework.PropertyHelper.DataSetApi.FilterExpression;

export interface SourceRecord {
  id: string;
  /** Values by logical name: stored values when the source describes its table, else raw values. */
  values: Readonly<Record<string, unknown>>;
  /** Formatted values by logical name, where the source has them. */
  formatted: Readonly<Record<string, string>>;
  /** The name getNamedReference gives; the primary column's formatted value when absent. */
  name?: string;
}

export interface SourceRequest {
  columns: readonly string[];
  orderBy: readonly { column: string; descending: boolean }[];
  filter?: FilterExpression;
}

export interface DatasetSource {
  /** When present, values are stored values, converted and formatted by their column's kind. */
  table?: TableDescription;
  /** Every matching record in order; the dataset pages over them. */
  load(request: SourceRequest): readonly SourceRecord[] | Promise<readonly SourceRecord[]>;
}

export function hasConditions(filter: FilterExpression | undefined): filter is FilterExpression {
  return filter !== undefined && filter.conditions.length + (filter.filters ?? []).length > 0;
}

function compareRaw(left: unknown, right: unknown): number {
  if (left === right) return 0;
  if (left === null || left === undefined) return -1;
  if (right === null || right === undefined) return 1;
  if (left instanceof Date && right instanceof Date) return left.getTime() - right.getTime();
  if (typeof left === "number" && typeof right === "number") return left - right;
  return String(left).localeCompare(String(right), undefined, { sensitivity: "base" });
}

/**
 * Records held by the caller, answered at once and sorted as the server would. It has no
 * filter evaluator: a filter is refused rather than ignored, so a control that needs one
 * fails visibly.
 */
export function recordsSource(records: () => readonly SourceRecord[]): DatasetSource {
  return {
    load(request) {
      if (hasConditions(request.filter))
        throw new Error("This dataset's records cannot be filtered: give the test a source that filters");
      const all = records();
      if (request.orderBy.length === 0) return all;
      return [...all].sort((a, b) => {
        for (const { column, descending } of request.orderBy) {
          const order = compareRaw(a.values[column], b.values[column]);
          if (order !== 0) return descending ? -order : order;
        }
        return 0;
      });
    },
  };
}
