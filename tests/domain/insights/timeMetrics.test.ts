import {
  createInsightAccumulator,
  createTimeTally,
  insightRowOf,
  withEmptyDays,
  type InsightRow,
} from "../../../domain/insights";
import { handRecords } from "./handData";

const minute = 60_000;
const rows = handRecords.map(insightRowOf);
const time = () => createInsightAccumulator({ counts: false }).addPage(rows).time;
const at = (iso: string) => new Date(iso);

describe("time figures over rows, worked out by hand", () => {
  it("measures window start to call start; a call before its window is reversed, a bad window start missing", () => {
    expect(time().waitToCall).toEqual({
      count: 5,
      min: 10 * minute,
      median: 30 * minute,
      p90: 180 * minute,
      max: 180 * minute,
      missing: 1,
      reversed: 2,
    });
  });

  it("measures call duration; an end before the start is reversed, a bad end missing, a pending call in progress", () => {
    expect(time().callDuration).toEqual({
      count: 4,
      min: 0,
      median: 1 * minute,
      p90: 10 * minute,
      max: 10 * minute,
      missing: 2,
      reversed: 1,
      inProgress: 1,
    });
  });

  it("counts calls started before and after their window, leaving out missing and reversed windows", () => {
    expect(time().outsideWindow).toEqual({ checked: 5, beforeWindow: 1, afterWindow: 1, missing: 2, reversed: 1 });
  });

  it("gives per UTC day of window start total, processed and success rate", () => {
    const figures = time();
    expect(figures.perDay).toEqual([
      { day: "2026-03-02", total: 2, processed: 2, successful: 2, successRate: 1 },
      { day: "2026-03-03", total: 2, processed: 2, successful: 0, successRate: 0 },
      { day: "2026-03-04", total: 2, processed: 1, successful: 0, successRate: 0 },
      { day: "2026-03-05", total: 2, processed: 0, successful: 0 },
      { day: "2026-03-06", total: 1, processed: 1, successful: 0, successRate: 0 },
    ]);
    expect(figures.withoutWindowStart).toBe(1);
  });

  it("gives the success rate by UTC hour of the call start, over processed deliveries that were called", () => {
    const hours = time().successByHour;
    expect(hours).toHaveLength(24);
    expect(hours.map((hour) => hour.hour)).toEqual([...Array(24).keys()]);
    expect(hours.filter((hour) => hour.processed > 0)).toEqual([
      { hour: 1, processed: 1, successful: 0, successRate: 0 },
      { hour: 8, processed: 1, successful: 0, successRate: 0 },
      { hour: 9, processed: 2, successful: 1, successRate: 0.5 },
      { hour: 10, processed: 1, successful: 0, successRate: 0 },
      { hour: 13, processed: 1, successful: 1, successRate: 1 },
    ]);
    expect(hours[0]).toEqual({ hour: 0, processed: 0, successful: 0 });
  });

  it("has no percentiles, and nothing left out, for no rows", () => {
    const figures = createTimeTally().figures();
    expect(figures.waitToCall).toEqual({ count: 0, missing: 0, reversed: 0 });
    expect(figures.callDuration).toEqual({ count: 0, missing: 0, reversed: 0, inProgress: 0 });
    expect(figures.perDay).toEqual([]);
    expect(figures.withoutWindowStart).toBe(0);
  });

  it("takes Date objects directly, NaN dates as missing, and a row with no dates at all as on no day", () => {
    const tally = createTimeTally();
    const nan = new Date(Number.NaN);
    const input: InsightRow[] = [
      { status: "Complete", result: "CallEnded", windowStart: nan, callStart: at("2026-03-01T10:00:00Z") },
      { status: "Complete", windowStart: at("2026-03-01T09:00:00Z"), callStart: nan, callEnd: nan },
      {},
    ];
    tally.addRows(input);
    const figures = tally.figures();
    expect(figures.waitToCall).toEqual({ count: 0, missing: 2, reversed: 0 });
    expect(figures.callDuration).toEqual({ count: 0, missing: 2, reversed: 0, inProgress: 0 });
    expect(figures.outsideWindow).toEqual({ checked: 0, beforeWindow: 0, afterWindow: 0, missing: 2, reversed: 0 });
    expect(figures.withoutWindowStart).toBe(2);
    expect(figures.perDay).toEqual([{ day: "2026-03-01", total: 1, processed: 1, successful: 0, successRate: 0 }]);
    expect(figures.successByHour[10]).toEqual({ hour: 10, processed: 1, successful: 1, successRate: 1 });
  });

  it("counts a call end with no start as missing, not as a call", () => {
    const tally = createTimeTally();
    tally.addRows([
      { status: "Complete", windowStart: at("2026-03-01T09:00:00Z"), callEnd: at("2026-03-01T09:10:00Z") },
    ]);
    const figures = tally.figures();
    expect(figures.callDuration.missing).toBe(1);
    expect(figures.waitToCall).toEqual({ count: 0, missing: 0, reversed: 0 });
    expect(figures.outsideWindow.checked + figures.outsideWindow.missing).toBe(0);
  });

  it("counts a call exactly at the window's edges as inside", () => {
    const tally = createTimeTally();
    const windowStart = at("2026-03-01T09:00:00Z");
    const windowEnd = at("2026-03-01T10:00:00Z");
    tally.addRows([
      { windowStart, windowEnd, callStart: windowStart },
      { windowStart, windowEnd, callStart: windowEnd },
    ]);
    expect(tally.figures().outsideWindow).toEqual({
      checked: 2,
      beforeWindow: 0,
      afterWindow: 0,
      missing: 0,
      reversed: 0,
    });
  });

  it("fills the days of the period that have no deliveries", () => {
    const period = { start: at("2026-03-01T00:00:00Z"), end: at("2026-03-08T00:00:00Z") };
    const days = withEmptyDays(time().perDay, period);
    expect(days.map((row) => row.day)).toEqual([
      "2026-03-01",
      "2026-03-02",
      "2026-03-03",
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
    ]);
    expect(days[0]).toEqual({ day: "2026-03-01", total: 0, processed: 0, successful: 0 });
    expect(days.reduce((sum, row) => sum + row.total, 0)).toBe(9);
    const outside = withEmptyDays([{ day: "2026-02-01", total: 1, processed: 0, successful: 0 }], period);
    expect(outside[0].day).toBe("2026-02-01");
    expect(outside).toHaveLength(8);
  });
});
