import {
  checkPeriod,
  customDayRange,
  dayKeyOf,
  dayKeyTime,
  daysOfPeriod,
  defaultPeriod,
  periodOf,
  periodPresets,
} from "../../../domain/insights";

const now = new Date("2026-03-10T15:30:00.000Z");
const at = (iso: string) => new Date(iso);

describe("insight period", () => {
  it("defaults to the last 7 days ending now", () => {
    expect(defaultPeriod(now)).toEqual({ start: at("2026-03-03T15:30:00.000Z"), end: now });
    expect(periodOf({ preset: "last7Days" }, now)).toEqual({ ok: true, period: defaultPeriod(now) });
  });

  it("has the presets: today and this month are whole UTC units, the last N days end now", () => {
    expect(periodPresets).toEqual(["today", "last7Days", "last30Days", "thisMonth"]);
    expect(periodOf({ preset: "today" }, now)).toEqual({
      ok: true,
      period: { start: at("2026-03-10T00:00:00.000Z"), end: at("2026-03-11T00:00:00.000Z") },
    });
    expect(periodOf({ preset: "last30Days" }, now)).toEqual({
      ok: true,
      period: { start: at("2026-02-08T15:30:00.000Z"), end: now },
    });
    expect(periodOf({ preset: "thisMonth" }, now)).toEqual({
      ok: true,
      period: { start: at("2026-03-01T00:00:00.000Z"), end: at("2026-04-01T00:00:00.000Z") },
    });
    expect(periodOf({ preset: "thisMonth" }, at("2026-12-31T23:59:59.999Z"))).toEqual({
      ok: true,
      period: { start: at("2026-12-01T00:00:00.000Z"), end: at("2027-01-01T00:00:00.000Z") },
    });
  });

  it("takes a custom range and refuses a bad one", () => {
    const start = at("2026-01-01T00:00:00Z");
    const end = at("2026-01-02T00:00:00Z");
    expect(periodOf({ preset: "custom", start, end }, now)).toEqual({ ok: true, period: { start, end } });
    expect(periodOf({ preset: "custom", start: end, end: start }, now)).toEqual({
      ok: false,
      problem: "endNotAfterStart",
    });
    expect(periodOf({ preset: "custom", start, end: start }, now)).toEqual({ ok: false, problem: "endNotAfterStart" });
    expect(periodOf({ preset: "custom", start: new Date(Number.NaN), end }, now)).toEqual({
      ok: false,
      problem: "invalidDate",
    });
    expect(periodOf({ preset: "today" }, new Date("nonsense"))).toEqual({ ok: false, problem: "invalidDate" });
  });

  it("copies the dates, so changing the caller's Date changes no period", () => {
    const start = at("2026-01-01T00:00:00Z");
    const outcome = checkPeriod({ start, end: at("2026-01-05T00:00:00Z") });
    start.setUTCFullYear(2000);
    expect(outcome.ok && outcome.period.start.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("turns a picked day range into the days' UTC midnights, the last day included", () => {
    expect(customDayRange("2026-02-27", "2026-03-01")).toEqual({
      ok: true,
      period: { start: at("2026-02-27T00:00:00.000Z"), end: at("2026-03-02T00:00:00.000Z") },
    });
    expect(customDayRange("2026-03-01", "2026-03-01")).toEqual({
      ok: true,
      period: { start: at("2026-03-01T00:00:00.000Z"), end: at("2026-03-02T00:00:00.000Z") },
    });
    expect(customDayRange("2026-03-02", "2026-03-01")).toEqual({ ok: false, problem: "endNotAfterStart" });
    for (const bad of ["2026-02-30", "2026-13-01", "01.03.2026", "", "2026-3-1"]) {
      expect(customDayRange(bad, "2026-03-01")).toEqual({ ok: false, problem: "invalidDate" });
    }
  });

  it("keys days by UTC date, before 1970 too", () => {
    expect(dayKeyOf(Date.parse("2026-03-10T23:59:59.999Z"))).toBe("2026-03-10");
    expect(dayKeyOf(Date.parse("2026-03-11T00:00:00.000Z"))).toBe("2026-03-11");
    expect(dayKeyOf(Date.parse("1969-12-31T12:00:00.000Z"))).toBe("1969-12-31");
    expect(dayKeyTime("2024-02-29")).toBe(Date.UTC(2024, 1, 29));
    expect(dayKeyTime("2025-02-29")).toBeUndefined();
  });

  it("lists every UTC day a period touches", () => {
    expect(daysOfPeriod(defaultPeriod(now))).toEqual([
      "2026-03-03",
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
      "2026-03-09",
      "2026-03-10",
    ]);
    expect(daysOfPeriod({ start: at("2026-03-01T00:00:00Z"), end: at("2026-03-02T00:00:00Z") })).toEqual([
      "2026-03-01",
    ]);
    expect(daysOfPeriod({ start: at("2000-01-01T00:00:00Z"), end: at("2030-01-01T00:00:00Z") }, 5)).toHaveLength(5);
  });
});
