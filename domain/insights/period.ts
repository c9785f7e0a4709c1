/**
 * The period the insights cover, by window start (msdyn_window_start_date): a half-open range
 * [start, end), so consecutive periods never count a delivery twice.
 *
 * Calendar presets (today, this month) and day keys use UTC days. The date columns are time
 * zone independent: Dataverse shows them to every user exactly as stored, and the service
 * stores them in UTC, so the day a form shows a window starting on is its UTC day. Counting
 * by the viewer's local day instead would put a delivery on a different day than its form.
 */
export interface InsightPeriod {
  /** Inclusive. */
  start: Date;
  /** Exclusive. */
  end: Date;
}

export type PeriodPreset = "today" | "last7Days" | "last30Days" | "thisMonth";

export const periodPresets: readonly PeriodPreset[] = ["today", "last7Days", "last30Days", "thisMonth"];

export type PeriodChoice = { preset: PeriodPreset } | { preset: "custom"; start: Date; end: Date };

export type PeriodProblem = "invalidDate" | "endNotAfterStart";

export type PeriodOutcome = { ok: true; period: InsightPeriod } | { ok: false; problem: PeriodProblem };

export const dayMs = 86_400_000;

const isValidDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

function startOfUtcDay(at: Date): number {
  return Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
}

/** The default: the last 7 days ending now. */
export function defaultPeriod(now: Date): InsightPeriod {
  return { start: new Date(now.getTime() - 7 * dayMs), end: new Date(now.getTime()) };
}

/**
 * "Last N days" end now (deliveries scheduled later are not yet "the last days"); "today" and
 * "this month" are whole UTC calendar units, so deliveries scheduled for later today count.
 */
export function periodOf(choice: PeriodChoice, now: Date): PeriodOutcome {
  if (!isValidDate(now)) return { ok: false, problem: "invalidDate" };
  const period = ((): InsightPeriod => {
    switch (choice.preset) {
      case "today": {
        const start = startOfUtcDay(now);
        return { start: new Date(start), end: new Date(start + dayMs) };
      }
      case "last7Days":
        return defaultPeriod(now);
      case "last30Days":
        return { start: new Date(now.getTime() - 30 * dayMs), end: new Date(now.getTime()) };
      case "thisMonth":
        return {
          start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
          end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)),
        };
      case "custom":
        return { start: choice.start, end: choice.end };
    }
  })();
  return checkPeriod(period);
}

export function checkPeriod(period: InsightPeriod): PeriodOutcome {
  if (!isValidDate(period.start) || !isValidDate(period.end)) return { ok: false, problem: "invalidDate" };
  if (period.end.getTime() <= period.start.getTime()) return { ok: false, problem: "endNotAfterStart" };
  return { ok: true, period: { start: new Date(period.start.getTime()), end: new Date(period.end.getTime()) } };
}

const dayKeyPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of a UTC day key "yyyy-MM-dd" at midnight, undefined when it is no real day. */
export function dayKeyTime(key: string): number | undefined {
  const match = dayKeyPattern.exec(key);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC rolls 2026-02-30 over to March; a real day reads back as itself.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? time
    : undefined;
}

/**
 * A custom range picked as whole days: from the first day's UTC midnight to the midnight
 * after the last day, so the last day is included.
 */
export function customDayRange(firstDay: string, lastDay: string): PeriodOutcome {
  const first = dayKeyTime(firstDay);
  const last = dayKeyTime(lastDay);
  if (first === undefined || last === undefined) return { ok: false, problem: "invalidDate" };
  return checkPeriod({ start: new Date(first), end: new Date(last + dayMs) });
}

/** The UTC day key "yyyy-MM-dd" of an instant. */
export function dayKeyOf(time: number): string {
  return new Date(Math.floor(time / dayMs) * dayMs).toISOString().slice(0, 10);
}

/** Every UTC day the period touches, in order: the rows of a per-day table with no gaps. */
export function daysOfPeriod(period: InsightPeriod, maxDays = 1000): string[] {
  const days: string[] = [];
  const last = period.end.getTime() - 1;
  for (let time = startOfUtcDay(period.start); time <= last && days.length < maxDays; time += dayMs) {
    days.push(dayKeyOf(time));
  }
  return days;
}
