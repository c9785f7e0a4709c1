import {
  aggregateRowsOf,
  dependentAggregateQueries,
  firstWaveAggregateQueries,
  mergeAggregateAnswer,
  textsOf,
  type AggregateQuery,
} from "./aggregateQueries";
import { createCountTally } from "./countTally";
import type { CountFigures } from "./countFigures";
import type { InsightFilters } from "./filters";
import type { InsightPeriod } from "./period";

/** Sends one aggregate query (its `options` to retrieveMultipleRecords, or its FetchXML) and gives its records. */
export type SendAggregate = (query: AggregateQuery) => Promise<readonly Readonly<Record<string, unknown>>[]>;

export interface AggregatePathResult {
  figures: CountFigures;
  /** Requests sent: the first wave's and the dependent wave's. */
  requests: number;
  /** Answer records that were no group of a count (aggregateRowsOf could not read them). */
  ignored: number;
}

/**
 * The count figures by aggregates: the first wave in parallel, then the dependent wave (which
 * names the status and result texts the first wave found) in parallel, each answer merged into
 * one tally. A refused query rejects the whole promise: the caller falls back to flat reads.
 */
export async function countFiguresByAggregates(
  period: InsightPeriod,
  filters: InsightFilters,
  send: SendAggregate,
): Promise<AggregatePathResult> {
  const tally = createCountTally();
  let ignored = 0;
  const answer = async (query: AggregateQuery) => {
    const read = aggregateRowsOf(await send(query));
    ignored += read.ignored;
    return { query, rows: read.rows };
  };
  const first = await Promise.all(firstWaveAggregateQueries(period, filters).map(answer));
  for (const { query, rows } of first) mergeAggregateAnswer(tally, query.spec, rows);
  const rowsOf = (id: string) => first.find((item) => item.query.spec.id === id)?.rows ?? [];
  const dependent = dependentAggregateQueries(period, filters, {
    statuses: textsOf(rowsOf("all/status")),
    results: textsOf(rowsOf("all/result")),
  });
  const second = await Promise.all(dependent.queries.map(answer));
  for (const { query, rows } of second) mergeAggregateAnswer(tally, query.spec, rows);
  return { figures: tally.figures(), requests: first.length + second.length, ignored };
}
