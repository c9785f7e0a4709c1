import {
  aggregateRowsOf,
  createCountTally,
  createInsightAccumulator,
  dependentAggregateQueries,
  firstWaveAggregateQueries,
  flatReadPlan,
  insightRowOf,
  mergeAggregateAnswer,
  textsOf,
  type CountFigures,
  type InsightFigures,
  type InsightFilters,
  type InsightPeriod,
} from "../../../domain/insights";
import { filterPredicate, queryOptions, runAggregate, type Record_ } from "./serverModel";

/** The count figures as the aggregate path gets them: two waves of FetchXML over the records. */
export function aggregatePathFigures(
  records: readonly Record_[],
  period: InsightPeriod,
  filters: InsightFilters = {},
): { figures: CountFigures; requests: number } {
  const tally = createCountTally();
  const first = firstWaveAggregateQueries(period, filters);
  const answers = new Map(
    first.map((query) => [query.spec.id, aggregateRowsOf(runAggregate(query.fetchXml, records)).rows]),
  );
  for (const query of first) mergeAggregateAnswer(tally, query.spec, answers.get(query.spec.id)!);
  const dependent = dependentAggregateQueries(period, filters, {
    statuses: textsOf(answers.get("all/status")!),
    results: textsOf(answers.get("all/result")!),
  });
  for (const query of dependent.queries) {
    mergeAggregateAnswer(tally, query.spec, aggregateRowsOf(runAggregate(query.fetchXml, records)).rows);
  }
  return { figures: tally.figures(), requests: first.length + dependent.queries.length };
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
