import {
  countFiguresByAggregates,
  createInsightAccumulator,
  flatReadPlan,
  insightRowOf,
  type AggregatePathResult,
  type InsightFigures,
  type InsightFilters,
  type InsightPeriod,
} from "../../../domain/insights";
import { filterPredicate, queryOptions, runAggregate, type Record_ } from "./serverModel";

/** The count figures as the aggregate path gets them: both waves of FetchXML over the records. */
export function aggregatePathFigures(
  records: readonly Record_[],
  period: InsightPeriod,
  filters: InsightFilters = {},
): Promise<AggregatePathResult> {
  return countFiguresByAggregates(period, filters, (query) => Promise.resolve(runAggregate(query.fetchXml, records)));
}

/** Every figure as the fallback path gets it: the flat read's $filter over the records, in pages of `pageSize`. */
export function flatPathFigures(
  records: readonly Record_[],
  period: InsightPeriod,
  filters: InsightFilters = {},
  pageSize = 5000,
): InsightFigures {
  const selected = records.filter(
    filterPredicate(queryOptions(flatReadPlan("fallback", period, filters).options).get("$filter")!),
  );
  const accumulator = createInsightAccumulator();
  for (let start = 0; start < selected.length; start += pageSize) {
    accumulator.addPage(selected.slice(start, start + pageSize).map(insightRowOf));
  }
  return accumulator.figures();
}
