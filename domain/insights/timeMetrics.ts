import { classifyStatus, isActiveStatus } from "../delivery/status";
import { dayKeyOf, dayMs, daysOfPeriod, type InsightPeriod } from "./period";
import { SortedValues, type Distribution } from "./percentile";
import { memoized } from "./memo";
import type { InsightRow, InsightTime } from "./row";
import { isProcessedStatus, isSuccessResult, successRate } from "./rules";

/**
 * The figures only flat reads give (no aggregate computes a median or compares two columns
 * of a row, and elastic tables refuse column comparison): time from window start to call
 * start, call duration, calls started outside their window, and per day and per hour of day.
 *
 * A date is absent (null, missing), invalid (a value that is no date) or valid. Missing and
 * invalid dates are both "missing" here; a pair whose later date lies before the earlier is
 * "reversed". Such rows are counted and left out of the metric they spoil, never guessed.
 */
export interface TimeMetric extends Distribution {
  /** Rows the metric applies to whose dates are missing or invalid. */
  missing: number;
  /** Rows the metric applies to whose later date lies before the earlier. */
  reversed: number;
}

export interface CallDurationMetric extends TimeMetric {
  /** Calls started, not yet ended, on a delivery still Pending or InProcess: not a data fault. */
  inProgress: number;
}

export interface OutsideWindowFigures {
  /** Calls with a valid start and a valid window: checked = inside + before + after. */
  checked: number;
  beforeWindow: number;
  afterWindow: number;
  /** Calls whose window (or own start) is missing or invalid. */
  missing: number;
  /** Calls whose window ends before it starts. */
  reversed: number;
}

export interface DayRow {
  /** The UTC day of window start, "yyyy-MM-dd". */
  day: string;
  total: number;
  processed: number;
  successful: number;
  successRate?: number;
}

export interface HourRow {
  /** 0..23, the UTC hour of the call start (the columns are written in UTC). */
  hour: number;
  /** Processed deliveries whose call started in this hour. */
  processed: number;
  successful: number;
  successRate?: number;
}

export interface TimeFigures {
  /**
   * Time from window start to call start, for rows with a call start (a call before its
   * window opened is reversed here, and counted in outsideWindow too).
   */
  waitToCall: TimeMetric;
  /** Call end minus call start, for rows with a call start or end. */
  callDuration: CallDurationMetric;
  outsideWindow: OutsideWindowFigures;
  /** Days with deliveries, in order (withEmptyDays adds the days of a period that have none). */
  perDay: DayRow[];
  /** Rows without a valid window start: on no day. perDay totals + this = rows read. */
  withoutWindowStart: number;
  /** Always 24 rows, hour 0 first. */
  successByHour: HourRow[];
}

/**
 * A date as one number, so a row costs no allocation: its time when valid, NaN when the
 * value is no date, and -Infinity when there is none (no Date can hold an infinite time).
 */
const absent = Number.NEGATIVE_INFINITY;

function timeOf(value: InsightTime | null | undefined): number {
  if (value === null || value === undefined) return absent;
  if (typeof value === "number") return value;
  return value instanceof Date ? value.getTime() : Number.NaN;
}

const isValid = (time: number): boolean => Number.isFinite(time);

/** The running state of the time figures; add rows page by page, read figures at any time. */
export interface TimeTally {
  addRows(rows: readonly InsightRow[]): void;
  figures(): TimeFigures;
}

interface Counter {
  total: number;
  processed: number;
  successful: number;
}

const newCounter = (): Counter => ({ total: 0, processed: 0, successful: 0 });

export function createTimeTally(): TimeTally {
  const waits = new SortedValues();
  const durations = new SortedValues();
  // This batch's values, merged into the sorted ones once the batch is done.
  let newWaits: number[] = [];
  let newDurations: number[] = [];
  const wait = { missing: 0, reversed: 0 };
  const duration = { missing: 0, reversed: 0, inProgress: 0 };
  const outside = { checked: 0, beforeWindow: 0, afterWindow: 0, missing: 0, reversed: 0 };
  const days = new Map<number, Counter>();
  const hours = Array.from({ length: 24 }, newCounter);
  let withoutWindowStart = 0;
  const processedTest = memoized(isProcessedStatus);
  const successTest = memoized(isSuccessResult);
  const activeTest = memoized((text) => isActiveStatus(classifyStatus(text)));

  const addRow = (row: InsightRow): void => {
    const status = row.status ?? "";
    const processed = processedTest(status);
    const successful = processed && successTest(row.result ?? "");
    const windowStart = timeOf(row.windowStart);
    const windowEnd = timeOf(row.windowEnd);
    const callStart = timeOf(row.callStart);
    const callEnd = timeOf(row.callEnd);

    if (isValid(windowStart)) {
      const day = Math.floor(windowStart / dayMs);
      let counter = days.get(day);
      if (!counter) days.set(day, (counter = newCounter()));
      counter.total += 1;
      if (processed) counter.processed += 1;
      if (successful) counter.successful += 1;
    } else {
      withoutWindowStart += 1;
    }

    if (callStart !== absent) {
      if (!isValid(callStart) || !isValid(windowStart)) wait.missing += 1;
      else if (callStart < windowStart) wait.reversed += 1;
      else newWaits.push(callStart - windowStart);

      if (!isValid(callStart) || !isValid(windowStart) || !isValid(windowEnd)) outside.missing += 1;
      else if (windowEnd < windowStart) outside.reversed += 1;
      else {
        outside.checked += 1;
        if (callStart < windowStart) outside.beforeWindow += 1;
        else if (callStart > windowEnd) outside.afterWindow += 1;
      }
    }

    if (callStart !== absent || callEnd !== absent) {
      if (isValid(callStart) && isValid(callEnd)) {
        if (callEnd < callStart) duration.reversed += 1;
        else newDurations.push(callEnd - callStart);
      } else if (isValid(callStart) && callEnd === absent && activeTest(status)) {
        duration.inProgress += 1;
      } else {
        duration.missing += 1;
      }
    }

    if (processed && isValid(callStart)) {
      // Whole hours since the epoch, modulo a day: the UTC hour, before 1970 too.
      const hour = hours[((Math.floor(callStart / 3_600_000) % 24) + 24) % 24];
      hour.processed += 1;
      if (successful) hour.successful += 1;
    }
  };

  const rate = (counter: { successful: number; processed: number }) => {
    const value = successRate(counter.successful, counter.processed);
    return value === undefined ? {} : { successRate: value };
  };

  return {
    addRows(rows) {
      for (const row of rows) addRow(row);
      waits.add(newWaits);
      durations.add(newDurations);
      newWaits = [];
      newDurations = [];
    },
    figures() {
      return {
        waitToCall: { ...waits.distribution(), ...wait },
        callDuration: { ...durations.distribution(), ...duration },
        outsideWindow: { ...outside },
        perDay: [...days]
          .sort(([a], [b]) => a - b)
          .map(([day, counter]) => ({ day: dayKeyOf(day * dayMs), ...counter, ...rate(counter) })),
        withoutWindowStart,
        successByHour: hours.map((counter, hour) => ({
          hour,
          processed: counter.processed,
          successful: counter.successful,
          ...rate(counter),
        })),
      };
    },
  };
}

/** The per-day rows for every day of the period, days without deliveries as zeros; other days kept. */
export function withEmptyDays(rows: readonly DayRow[], period: InsightPeriod): DayRow[] {
  const byDay = new Map(rows.map((row) => [row.day, row]));
  for (const day of daysOfPeriod(period)) {
    if (!byDay.has(day)) byDay.set(day, { day, total: 0, processed: 0, successful: 0 });
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
