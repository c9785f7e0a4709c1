import { DeliveryNames as D } from "../tables/names";
import { anyOf, insightConditions, type Condition } from "./conditions";
import { breakdownColumns, countSpecs, type CountSpec, type CountSpecId } from "./countSpecs";
import { aggregateAliases, countByColumnFetchXml } from "./fetchXml";
import type { InsightFilters } from "./filters";
import type { InsightPeriod } from "./period";
import { isProcessedStatus, isSuccessResult } from "./rules";

/**
 * The server-side path for the count figures: one plain FetchXML aggregate per count spec
 * (count grouped by one column, no order, no link-entity), issued in parallel by the caller.
 *
 * Two waves. The first needs nothing: every delivery (and those without a call start)
 * grouped by status, result, dial mode, channel, configuration, queue and disposition text.
 * The second counts the processed and successful subsets, whose condition is "status is one
 * of the processed texts" (and "result is one of the successful texts"). Those texts are the
 * ones the first wave found, exactly as stored: eq compares text exactly on the elastic
 * tables, so a condition on "Complete" alone would miss rows stored "complete" that the
 * classifier (and so the flat path) counts as Complete. When no stored text is processed (or
 * successful) the query is not sent: its counts are zero.
 *
 * Per day is not here. Grouping by day needs FetchXML's dategrouping, and data-model.md
 * names only count, countcolumn, min and max with group by as what elastic tables leave
 * allowed; it says nothing of date grouping. So the day breakdown comes from the flat read of
 * the date columns that the time metrics need anyway (timeMetrics.ts), at no extra request.
 *
 * A refused aggregate (an error, or Dataverse's AggregateQueryRecordLimit of 50,000 rows on
 * standard tables) is the caller's cue to take all count figures from the flat read
 * instead; mixing the two paths for one figure is never needed.
 */
export interface AggregateQuery {
  spec: CountSpec;
  fetchXml: string;
  /** The `options` of retrieveMultipleRecords on msdyn_proactive_deliveries. */
  options: string;
}

export type AggregateWave = "first" | "dependent";

export function waveOf(spec: CountSpec): AggregateWave {
  return spec.subset === "all" || spec.subset === "withoutCallStart" || spec.subset === "unattempted"
    ? "first"
    : "dependent";
}

function queryOf(spec: CountSpec, conditions: readonly Condition[]): AggregateQuery {
  const fetchXml = countByColumnFetchXml(D.table, D.id, breakdownColumns[spec.breakdown], conditions);
  return { spec, fetchXml, options: `?fetchXml=${encodeURIComponent(fetchXml)}` };
}

const noCallStart: Condition = { column: D.startDate, operator: "null" };

/** The conditions of the first wave's subsets beyond the period and filters. */
const subsetConditions: Partial<Record<CountSpec["subset"], readonly Condition[]>> = {
  withoutCallStart: [noCallStart],
  unattempted: [noCallStart, { column: D.channelSentDate, operator: "null" }],
};

/** The first wave: eight aggregates that depend on nothing. */
export function firstWaveAggregateQueries(period: InsightPeriod, filters: InsightFilters = {}): AggregateQuery[] {
  const base = insightConditions(period, filters);
  return countSpecs
    .filter((spec) => waveOf(spec) === "first")
    .map((spec) => queryOf(spec, [...base, ...(subsetConditions[spec.subset] ?? [])]));
}

/** What the dependent wave needs from the first: the stored status and result texts found. */
export interface ObservedTexts {
  statuses: Iterable<string>;
  results: Iterable<string>;
}

export interface DependentWave {
  queries: AggregateQuery[];
  /** Specs whose subset holds no stored text, hence no delivery: their counts are zero. */
  empty: CountSpec[];
}

function matching(texts: Iterable<string>, test: (text: string) => boolean): string[] {
  return [...new Set(texts)].filter(test).sort();
}

export function dependentAggregateQueries(
  period: InsightPeriod,
  filters: InsightFilters,
  observed: ObservedTexts,
): DependentWave {
  const base = insightConditions(period, filters);
  const processed = anyOf(D.status, matching(observed.statuses, isProcessedStatus));
  const successful = anyOf(D.result, matching(observed.results, isSuccessResult));
  const wave: DependentWave = { queries: [], empty: [] };
  for (const spec of countSpecs.filter((entry) => waveOf(entry) === "dependent")) {
    const conditions = spec.subset === "processed" ? [processed] : [processed, successful];
    if (conditions.some((condition) => condition === undefined)) wave.empty.push(spec);
    else wave.queries.push(queryOf(spec, [...base, ...(conditions as Condition[])]));
  }
  return wave;
}

/** One group of an aggregate answer: the grouped column's stored value and its count. */
export interface AggregateRow {
  value: string | null;
  count: number;
}

/**
 * The rows of an aggregate's answer (retrieveMultipleRecords' entities) by their aliases. A
 * group with no value has no value property (or null). A row whose count is not a whole
 * number of at least zero is left out and counted in `ignored`, never guessed at.
 */
export function aggregateRowsOf(records: readonly Readonly<Record<string, unknown>>[]): {
  rows: AggregateRow[];
  ignored: number;
} {
  const rows: AggregateRow[] = [];
  let ignored = 0;
  for (const record of records) {
    const rawCount = record[aggregateAliases.count];
    const count = typeof rawCount === "number" ? rawCount : typeof rawCount === "string" ? Number(rawCount) : NaN;
    const rawValue = record[aggregateAliases.value];
    if (
      !Number.isInteger(count) ||
      count < 0 ||
      (rawValue !== undefined && rawValue !== null && typeof rawValue !== "string")
    ) {
      ignored += 1;
      continue;
    }
    rows.push({ value: typeof rawValue === "string" ? rawValue : null, count });
  }
  return { rows, ignored };
}

/** The stored texts of a first-wave answer, for ObservedTexts. */
export function textsOf(rows: readonly AggregateRow[]): string[] {
  return rows.filter((row) => row.count > 0).map((row) => row.value ?? "");
}

/** Adds an aggregate's answer to a tally (countTally.ts), as its rows would have been added. */
export function mergeAggregateAnswer(
  tally: { add(id: CountSpecId, value: string | null | undefined, count: number): void },
  spec: CountSpec,
  rows: readonly AggregateRow[],
): void {
  for (const row of rows) tally.add(spec.id, row.value, row.count);
}
