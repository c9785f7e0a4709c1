import {
  compareBuckets,
  createInsightAccumulator,
  dispositionFiguresOf,
  insightRowOf,
  type CallDurationMetric,
  type CountBucket,
  type DayRow,
  type DispositionFigures,
  type GroupRow,
  type HourRow,
  type OutsideWindowFigures,
  type TimeMetric,
} from "../../../../domain/insights";
import type { DeliveryRecord, InsightDatabase, SqlRow, SqlValue } from "./database";

/**
 * Every figure of issue 13 item 2 in one shape, from either side: the client-side aggregation
 * (createInsightAccumulator over the records) or the DuckDB views. Buckets and group rows
 * leave out storedTexts (the drill-down spellings, which the views do not list); everything
 * else is the client's own field.
 */
export type Bucket = Omit<CountBucket, "storedTexts">;
export type Group = Omit<GroupRow, "storedTexts">;

export interface ItemTwoFigures {
  deliveries: number;
  processed: number;
  successful: number;
  successRate?: number;
  expiredWithoutCall: number;
  messageDeliveries: number;
  withoutWindowStart: number;
  byStatus: Bucket[];
  processedByResult: Bucket[];
  processedByDialMode: Bucket[];
  perConfiguration: Group[];
  perQueue: Group[];
  perDay: DayRow[];
  successByHour: HourRow[];
  waitToCall: TimeMetric;
  callDuration: CallDurationMetric;
  outsideWindow: OutsideWindowFigures;
  dispositions: DispositionFigures;
}

const withoutStoredTexts = <T extends { storedTexts: string[] }>({
  storedTexts: _,
  ...rest
}: T): Omit<T, "storedTexts"> => rest;

export function clientFigures(records: readonly DeliveryRecord[]): ItemTwoFigures {
  const accumulator = createInsightAccumulator();
  const { counts, time } = accumulator.addPage(records.map(insightRowOf));
  if (!counts) throw new Error("The accumulator kept no counts");
  return {
    deliveries: counts.deliveries,
    processed: counts.processed,
    successful: counts.successful,
    ...(counts.successRate === undefined ? {} : { successRate: counts.successRate }),
    expiredWithoutCall: counts.expiredWithoutCall,
    messageDeliveries: counts.messageDeliveries,
    withoutWindowStart: time.withoutWindowStart,
    byStatus: counts.byStatus.map(withoutStoredTexts),
    processedByResult: counts.processedByResult.map(withoutStoredTexts),
    processedByDialMode: counts.processedByDialMode.map(withoutStoredTexts),
    perConfiguration: counts.perConfiguration.map(withoutStoredTexts),
    perQueue: counts.perQueue.map(withoutStoredTexts),
    perDay: time.perDay,
    successByHour: time.successByHour,
    waitToCall: time.waitToCall,
    callDuration: time.callDuration,
    outsideWindow: time.outsideWindow,
    dispositions: counts.dispositions,
  };
}

const numberOf = (value: SqlValue): number => {
  if (typeof value !== "number") throw new Error(`Not a number: ${String(value)}`);
  return value;
};
const textOf = (value: SqlValue): string => {
  if (typeof value !== "string") throw new Error(`Not text: ${String(value)}`);
  return value;
};
/** A NULL figure is an absent field, as the client leaves successRate or a percentile out. */
const optional = <K extends string>(name: K, value: SqlValue): Partial<Record<K, number>> =>
  value === null ? {} : ({ [name]: numberOf(value) } as Record<K, number>);

const one = (rows: SqlRow[], view: string): SqlRow => {
  if (rows.length !== 1) throw new Error(`${view} gave ${rows.length} rows, not one`);
  return rows[0];
};

function bucketsOf(rows: SqlRow[]): Bucket[] {
  return rows
    .map((row) => ({
      key: textOf(row.bucket_key),
      kind: textOf(row.kind),
      text: textOf(row.bucket_text),
      count: numberOf(row.deliveries),
    }))
    .sort(compareBuckets);
}

function groupsOf(rows: SqlRow[]): Group[] {
  return rows
    .map((row) => ({
      key: textOf(row.group_key),
      kind: textOf(row.kind) as Group["kind"],
      ...(row.id === null ? {} : { id: textOf(row.id) }),
      text: textOf(row.group_text),
      total: numberOf(row.total),
      processed: numberOf(row.processed),
      successful: numberOf(row.successful),
      ...optional("successRate", row.success_rate),
    }))
    .sort((a, b) => compareBuckets({ count: a.total, key: a.key }, { count: b.total, key: b.key }));
}

function distributionOf(row: SqlRow): Omit<TimeMetric, "missing" | "reversed"> {
  return {
    count: numberOf(row.calls),
    ...optional("min", row.min_ms),
    ...optional("median", row.median_ms),
    ...optional("p90", row.p90_ms),
    ...optional("max", row.max_ms),
  };
}

const dayKey = (value: SqlValue): string => {
  if (!(value instanceof Date)) throw new Error(`Not a date: ${String(value)}`);
  return value.toISOString().slice(0, 10);
};

export interface DispositionText {
  text: string;
  deliveries: number;
  sqlParsed: boolean;
  codes?: number;
}

export async function dispositionTextsOf(database: InsightDatabase): Promise<DispositionText[]> {
  return (await database.view("disposition_texts")).map((row) => ({
    text: textOf(row.disposition_text),
    deliveries: numberOf(row.deliveries),
    sqlParsed: numberOf(row.sql_parsed) === 1,
    ...optional("codes", row.codes),
  }));
}

/** The client's way: deliveries per stored text, each distinct text parsed once by the domain parser. */
export function dispositionsFromTexts(texts: readonly DispositionText[]): DispositionFigures {
  return dispositionFiguresOf(new Map(texts.map((entry) => [entry.text, entry.deliveries])));
}

export async function sqlFigures(database: InsightDatabase): Promise<ItemTwoFigures> {
  const summary = one(await database.view("summary"), "summary");
  const wait = one(await database.view("wait_to_call"), "wait_to_call");
  const duration = one(await database.view("call_duration"), "call_duration");
  const outside = one(await database.view("outside_window"), "outside_window");
  return {
    deliveries: numberOf(summary.deliveries),
    processed: numberOf(summary.processed),
    successful: numberOf(summary.successful),
    ...optional("successRate", summary.success_rate),
    expiredWithoutCall: numberOf(summary.expired_without_call),
    messageDeliveries: numberOf(summary.message_deliveries),
    withoutWindowStart: numberOf(summary.without_window_start),
    byStatus: bucketsOf(await database.view("deliveries_by_status")),
    processedByResult: bucketsOf(await database.view("processed_by_result")),
    processedByDialMode: bucketsOf(await database.view("processed_by_dial_mode")),
    perConfiguration: groupsOf(await database.view("per_configuration")),
    perQueue: groupsOf(await database.view("per_queue")),
    perDay: (await database.view("per_day"))
      .map((row) => ({
        day: dayKey(row.window_day),
        total: numberOf(row.total),
        processed: numberOf(row.processed),
        successful: numberOf(row.successful),
        ...optional("successRate", row.success_rate),
      }))
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
    successByHour: (await database.view("success_by_hour"))
      .map((row) => ({
        hour: numberOf(row.call_hour),
        processed: numberOf(row.processed),
        successful: numberOf(row.successful),
        ...optional("successRate", row.success_rate),
      }))
      .sort((a, b) => a.hour - b.hour),
    waitToCall: { ...distributionOf(wait), missing: numberOf(wait.missing), reversed: numberOf(wait.reversed) },
    callDuration: {
      ...distributionOf(duration),
      missing: numberOf(duration.missing),
      reversed: numberOf(duration.reversed),
      inProgress: numberOf(duration.in_progress),
    },
    outsideWindow: {
      checked: numberOf(outside.checked),
      beforeWindow: numberOf(outside.before_window),
      afterWindow: numberOf(outside.after_window),
      missing: numberOf(outside.missing),
      reversed: numberOf(outside.reversed),
    },
    dispositions: dispositionsFromTexts(await dispositionTextsOf(database)),
  };
}

/**
 * The code frequency as far as SQL reads it (disposition_code_frequency, over sql_parsed texts),
 * completed with the domain parser on the texts SQL leaves to it (sql_parsed = 0).
 */
export async function combinedDispositions(database: InsightDatabase): Promise<DispositionFigures> {
  const texts = await dispositionTextsOf(database);
  const parsedBySql = texts.filter((entry) => entry.sqlParsed);
  const left = dispositionsFromTexts(texts.filter((entry) => !entry.sqlParsed));
  const codes = new Map(left.codes.map((entry) => [entry.code, entry.deliveries]));
  for (const row of await database.view("disposition_code_frequency")) {
    const code = textOf(row.code);
    codes.set(code, (codes.get(code) ?? 0) + numberOf(row.deliveries));
  }
  const withCodes = parsedBySql.filter((entry) => (entry.codes ?? 0) > 0);
  const sum = (entries: readonly DispositionText[]): number =>
    entries.reduce((total, entry) => total + entry.deliveries, 0);
  return {
    codes: [...codes]
      .map(([code, deliveries]) => ({ code, deliveries }))
      .sort((a, b) => compareBuckets({ count: a.deliveries, key: a.code }, { count: b.deliveries, key: b.code })),
    withCodes: left.withCodes + sum(withCodes),
    withoutCodes: left.withoutCodes + sum(parsedBySql) - sum(withCodes),
    // A text SQL reads has no quoting problem, so only the parser's texts can be malformed.
    malformed: left.malformed,
    distinctTexts: texts.length,
  };
}
