import fc from "fast-check";
import { classifyStatus } from "../../../domain/delivery/status";
import { buildTimeline, type TimelineInput } from "../../../domain/delivery/timeline";
import {
  layoutTimeline,
  minMarkWidth,
  tickStep,
  zoomMaxTicks,
  zoomShare,
  type TimelineMark,
  type TimelineStrip,
} from "../../../domain/delivery/timelineLayout";

const at = (iso: string): Date => new Date(`2026-01-05T${iso}Z`);
const minute = 60_000;
const hour = 60 * minute;
const complete = classifyStatus("Complete");

function layout(input: Partial<TimelineInput>, maxTicks = 8) {
  return layoutTimeline(buildTimeline({ now: at("23:00:00"), status: complete, ...input }), maxTicks);
}

const mark = (strip: TimelineStrip | undefined, part: TimelineMark["part"]): TimelineMark | undefined =>
  strip?.marks.find((candidate) => candidate.part === part);

/** The short call of the preview's sample: 58 s, 4 h 18 min into a 24-hour window, the result 69 s later. */
const shortCall: Partial<TimelineInput> = {
  windowStart: at("07:43:00"),
  windowEnd: new Date(at("07:43:00").getTime() + 24 * hour),
  callStart: at("12:01:09"),
  callEnd: at("12:02:07"),
  resultDate: at("12:03:16"),
};

describe("layoutTimeline: a 1-minute call in a 24-hour window", () => {
  const result = layout({ ...shortCall, callEnd: at("12:02:09") });

  it("keeps the call on the overview, in its own lane, drawn at least minMarkWidth wide", () => {
    const call = mark(result?.overview, "call");
    const band = mark(result?.overview, "window");
    expect(band).toMatchObject({ from: 0, to: 1, lane: "band" });
    expect(call?.lane).toBe("call");
    // 1 minute of 1,440: under a pixel at any form width, which is why the view draws
    // every span at least minMarkWidth pixels wide.
    expect((call?.to ?? 0) - (call?.from ?? 0)).toBeCloseTo(1 / 1440, 6);
    expect(call?.from).toBeCloseTo((4 * 60 + 18 + 9 / 60) / 1440, 6);
    expect(minMarkWidth).toBeGreaterThanOrEqual(8);
  });

  it("puts the result in another lane than the call, so it can never cover it", () => {
    const lanes = [result?.overview, result?.zoom].map((strip) => [
      mark(strip, "call")?.lane,
      mark(strip, "result")?.lane,
    ]);
    expect(lanes).toEqual([
      ["call", "result"],
      ["call", "result"],
    ]);
  });

  it("adds a close-up of whole minutes that spans the call and the result", () => {
    const zoom = result?.zoom;
    expect(zoom).toBeDefined();
    expect(new Date(zoom?.start ?? 0)).toEqual(at("12:00:00"));
    expect(new Date(zoom?.end ?? 0)).toEqual(at("12:04:00"));
    expect(zoom?.step).toBe(minute);
    expect(zoom?.ticks.map((tick) => new Date(tick.at))).toEqual([at("12:01:00"), at("12:02:00"), at("12:03:00")]);
    // On the close-up the call is a quarter of the strip and the result clearly after it.
    const call = mark(zoom, "call");
    const resultMark = mark(zoom, "result");
    expect(call?.from).toBeCloseTo(69 / 240, 6);
    expect(call?.to).toBeCloseTo(129 / 240, 6);
    expect(resultMark?.from).toBeCloseTo(196 / 240, 6);
    expect((resultMark?.from ?? 0) - (call?.to ?? 0)).toBeGreaterThan(0.25);
    // The window covers the whole close-up, so it is the band from end to end.
    expect(mark(zoom, "window")).toMatchObject({ from: 0, to: 1 });
  });

  it("names the overview's ends by the window and ticks round hours between them", () => {
    const overview = result?.overview;
    expect(overview?.start).toBe(shortCall.windowStart?.getTime());
    expect(overview?.step).toBe(3 * hour);
    for (const tick of overview?.ticks ?? []) {
      expect(tick.at % (3 * hour)).toBe(0);
      expect(tick.position).toBeGreaterThan(0.05);
      expect(tick.position).toBeLessThan(0.95);
    }
    // 07:43 plus 6 % of the day (1 h 26 min) keeps 09:00 off the start label.
    expect(overview?.ticks.map((tick) => new Date(tick.at).toISOString().slice(11, 16))).toEqual([
      "12:00",
      "15:00",
      "18:00",
      "21:00",
      "00:00",
      "03:00",
      "06:00",
    ]);
  });
});

describe("layoutTimeline: when there is no close-up, and other shapes", () => {
  it("gives no close-up when the call is already large against the window", () => {
    // 12.5 minutes of 4 hours: 5.2 %, over the zoom share.
    const wide = layout({
      windowStart: at("10:00:00"),
      windowEnd: at("14:00:00"),
      callStart: at("11:00:00"),
      callEnd: at("11:12:30"),
      resultDate: at("11:12:30"),
    });
    expect(12.5 / 240).toBeGreaterThan(zoomShare);
    expect(wide?.zoom).toBeUndefined();
    expect(mark(wide?.overview, "call")).toMatchObject({ from: 0.25, lane: "call" });
  });

  it("gives no close-up to a delivery that was never called", () => {
    const expired = layout({
      windowStart: at("00:00:00"),
      windowEnd: new Date(at("00:00:00").getTime() + 24 * hour),
      resultDate: new Date(at("00:00:00").getTime() + 24 * hour + 4 * minute),
      status: classifyStatus("Expired"),
    });
    expect(expired?.zoom).toBeUndefined();
    expect(mark(expired?.overview, "result")?.from).toBe(1);
  });

  it("draws a call in progress from its start to now, and the present across the lanes", () => {
    const calling = layout({
      windowStart: at("06:00:00"),
      windowEnd: at("18:00:00"),
      callStart: at("08:56:00"),
      status: classifyStatus("InProcess"),
      now: at("09:00:00"),
    });
    const call = mark(calling?.overview, "call");
    expect(call).toMatchObject({ ongoing: true, start: at("08:56:00"), end: at("09:00:00") });
    expect(mark(calling?.overview, "now")).toMatchObject({ lane: "across", from: 0.25, to: 0.25 });
    expect(mark(calling?.overview, "call-start")).toBeUndefined();
    // 4 minutes of 12 hours: the close-up follows the call to now.
    expect(calling?.zoom?.start).toBeLessThanOrEqual(at("08:56:00").getTime());
    expect(calling?.zoom?.end).toBeGreaterThanOrEqual(at("09:00:00").getTime());
    expect(mark(calling?.zoom, "now")).toBeDefined();
  });

  it("draws a finished delivery's call without an end as its start line, not to now", () => {
    const unended = layout({ windowStart: at("06:00:00"), windowEnd: at("18:00:00"), callStart: at("08:56:00") });
    expect(mark(unended?.overview, "call")).toBeUndefined();
    expect(mark(unended?.overview, "call-start")).toMatchObject({ lane: "call" });
  });

  it("draws a reversed window and call between their dates, marked reversed", () => {
    const reversed = layout({
      windowStart: at("14:00:00"),
      windowEnd: at("10:00:00"),
      callStart: at("12:10:00"),
      callEnd: at("12:00:00"),
    });
    expect(mark(reversed?.overview, "window")).toMatchObject({ from: 0, to: 1, reversed: true });
    expect(mark(reversed?.overview, "call")).toMatchObject({ reversed: true, from: 0.5 });
  });

  it("shows a lone window date as a line, and a single instant in the middle of an hour", () => {
    const lone = layout({ windowStart: at("10:00:00") });
    expect((lone?.overview.end ?? 0) - (lone?.overview.start ?? 0)).toBe(hour);
    expect(mark(lone?.overview, "window-start")).toMatchObject({ from: 0.5, lane: "band" });
    expect(mark(lone?.overview, "window")).toBeUndefined();
  });

  it("has nothing to lay out without a date", () => {
    expect(layout({})).toBeUndefined();
  });

  it("picks the smallest round step within the ticks the width allows", () => {
    expect(tickStep(24 * hour, 8)).toBe(3 * hour);
    expect(tickStep(24 * hour, 2)).toBe(12 * hour);
    expect(tickStep(4 * minute, zoomMaxTicks)).toBe(minute);
    expect(tickStep(30_000, 6)).toBe(5_000);
    expect(tickStep(400 * 365 * 24 * hour, 4)).toBe(100 * 365 * 24 * hour);
  });
});

describe("layoutTimeline: properties", () => {
  const anchor = at("12:00:00").getTime();
  const instant = fc.oneof(
    fc.constant(anchor),
    fc.integer({ min: -1_000, max: 1_000 }).map((offset) => anchor + offset),
    fc.integer({ min: -2 * 24 * hour, max: 2 * 24 * hour }).map((offset) => anchor + offset),
    fc.integer({ min: -100 * 365 * 24 * hour, max: 100 * 365 * 24 * hour }).map((offset) => anchor + offset),
  );
  const date = fc.option(
    instant.map((time) => new Date(time)),
    { nil: null },
  );
  const input = fc.record({
    windowStart: date,
    windowEnd: date,
    callStart: date,
    callEnd: date,
    resultDate: date,
    status: fc.constantFrom("Pending", "InProcess", "Complete", "Expired").map(classifyStatus),
    now: instant.map((time) => new Date(time)),
  });

  it("keeps every mark and tick inside its strip, ticks round and few, the close-up inside the overview", () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 2, max: 8 }), (given, maxTicks) => {
        const result = layoutTimeline(buildTimeline(given), maxTicks);
        if (!result) return;
        const strips = result.zoom ? [result.overview, result.zoom] : [result.overview];
        for (const strip of strips) {
          expect(strip.end).toBeGreaterThan(strip.start);
          expect(strip.ticks.length).toBeLessThanOrEqual(maxTicks + 1);
          for (const tick of strip.ticks) {
            expect(Math.abs(tick.at % strip.step)).toBe(0);
            expect(tick.position).toBeGreaterThan(0);
            expect(tick.position).toBeLessThan(1);
          }
          for (const placed of strip.marks) {
            expect(placed.from).toBeGreaterThanOrEqual(0);
            expect(placed.to).toBeLessThanOrEqual(1);
            expect(placed.from).toBeLessThanOrEqual(placed.to);
          }
          for (const placed of strip.marks) {
            if (placed.part === "result") expect(placed.lane).toBe("result");
            if (placed.part.startsWith("call")) expect(placed.lane).toBe("call");
          }
        }
        if (result.zoom) {
          expect(result.zoom.end - result.zoom.start).toBeLessThan(result.overview.end - result.overview.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});
