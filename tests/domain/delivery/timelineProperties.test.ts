import fc from "fast-check";
import {
  buildTimeline,
  classifyStatus,
  type TimelineAnomaly,
  type TimelineInput,
  type TimelineModel,
  type TimelinePoint,
} from "../../../domain/delivery";

/**
 * Properties of the time line over any mix of missing, invalid, reversed, equal, 1 ms apart
 * and years apart dates: a valid model, and exactly the anomalies the raw dates imply (worked
 * out here from the raw input, not from the model). Each property runs 300 cases.
 */
const runs = { numRuns: 300 };
const anchor = Date.UTC(2026, 2, 10, 12, 0, 0);
const year = 365.25 * 86_400_000;
const maxTime = 8.64e15;

/** An instant near the shared anchor (so dates are often equal or 1 ms apart), or anywhere. */
const instant = fc.oneof(
  fc.constant(anchor),
  fc.constantFrom(anchor - 1, anchor + 1, anchor - 60_000, anchor + 60_000),
  fc.integer({ min: -86_400_000, max: 86_400_000 }).map((offset) => anchor + offset),
  fc.integer({ min: -200 * year, max: 200 * year }).map((offset) => anchor + offset),
  fc.constantFrom(-maxTime, maxTime, 0, -1),
);
type RawDate = Date | null | undefined;
const rawDate: fc.Arbitrary<RawDate> = fc.oneof(
  { weight: 4, arbitrary: instant.map((time) => new Date(time)) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.constant(new Date(Number.NaN)) },
);
const status = fc.oneof(
  fc.constant(undefined),
  fc
    .constantFrom(
      "Pending",
      "InProcess",
      "in process",
      "Complete",
      "Expired",
      " expired ",
      "Cancelled",
      "Error",
      "",
      "Paused",
    )
    .map(classifyStatus),
);
const input: fc.Arbitrary<TimelineInput> = fc.record({
  windowStart: rawDate,
  windowEnd: rawDate,
  callStart: rawDate,
  callEnd: rawDate,
  resultDate: rawDate,
  status,
  now: instant.map((time) => new Date(time)),
});

const valid = (date: RawDate): date is Date => date instanceof Date && !Number.isNaN(date.getTime());
const active = (given: TimelineInput): boolean =>
  given.status?.kind === "Pending" || given.status?.kind === "InProcess";

/** The anomalies the raw input implies, each rule read off the dates themselves. */
function expectedAnomalies(given: TimelineInput): TimelineAnomaly[] {
  const ws = valid(given.windowStart) ? given.windowStart.getTime() : undefined;
  const we = valid(given.windowEnd) ? given.windowEnd.getTime() : undefined;
  const cs = valid(given.callStart) ? given.callStart.getTime() : undefined;
  const ce = valid(given.callEnd) ? given.callEnd.getTime() : undefined;
  const anyDate = [ws, we, cs, ce].some((t) => t !== undefined) || valid(given.resultDate);
  const expected: TimelineAnomaly[] = [];
  if (!anyDate) expected.push("noDates");
  if (anyDate && ws === undefined) expected.push("missingWindowStart");
  if (anyDate && we === undefined) expected.push("missingWindowEnd");
  if (ws !== undefined && we !== undefined && we < ws) expected.push("windowEndBeforeStart");
  if (cs !== undefined && ce !== undefined && ce < cs) expected.push("callEndBeforeStart");
  if (cs === undefined && ce !== undefined) expected.push("callEndWithoutStart");
  if (cs !== undefined && ws !== undefined && cs < ws) expected.push("callStartBeforeWindow");
  if (cs !== undefined && we !== undefined && cs > we) expected.push("callStartAfterWindow");
  if (given.status?.kind === "Expired" && cs === undefined) expected.push("expiredWithoutCall");
  if (active(given) && we !== undefined && given.now.getTime() > we) expected.push("activeAfterWindow");
  return expected;
}

function pointsOf(model: TimelineModel): TimelinePoint[] {
  return [model.windowStart, model.windowEnd, model.callStart, model.callEnd, model.result, model.now].filter(
    (point): point is TimelinePoint => point !== undefined,
  );
}

describe("buildTimeline: properties", () => {
  it("never throws, and names exactly the anomalies the raw dates imply", () => {
    fc.assert(
      fc.property(input, (given) => {
        const model = buildTimeline(given);
        expect([...model.anomalies].sort()).toEqual(expectedAnomalies(given).sort());
        expect(new Set(model.anomalies).size).toBe(model.anomalies.length);
      }),
      runs,
    );
  });

  it("shows each valid date at its own instant, and no missing or invalid one", () => {
    fc.assert(
      fc.property(input, (given) => {
        const model = buildTimeline(given);
        const pairs: [RawDate, TimelinePoint | undefined][] = [
          [given.windowStart, model.windowStart],
          [given.windowEnd, model.windowEnd],
          [given.callStart, model.callStart],
          [given.callEnd, model.callEnd],
          [given.resultDate, model.result],
          [active(given) ? given.now : undefined, model.now],
        ];
        for (const [raw, point] of pairs) {
          if (valid(raw)) expect(point?.at.getTime()).toBe(raw.getTime());
          else expect(point).toBeUndefined();
        }
      }),
      runs,
    );
  });

  it("places every point in [0, 1], in time order, the earliest at 0 and the latest at 1 (a single instant at 0.5)", () => {
    fc.assert(
      fc.property(input, (given) => {
        const points = pointsOf(buildTimeline(given));
        for (const point of points) {
          expect(Number.isFinite(point.position)).toBe(true);
          expect(point.position).toBeGreaterThanOrEqual(0);
          expect(point.position).toBeLessThanOrEqual(1);
        }
        for (const a of points)
          for (const b of points)
            if (a.at.getTime() < b.at.getTime()) expect(a.position).toBeLessThanOrEqual(b.position);
        if (points.length === 0) return;
        const times = points.map((point) => point.at.getTime());
        const earliest = Math.min(...times);
        const latest = Math.max(...times);
        for (const point of points) {
          if (earliest === latest) expect(point.position).toBe(0.5);
          else if (point.at.getTime() === earliest) expect(point.position).toBe(0);
          else if (point.at.getTime() === latest) expect(point.position).toBe(1);
        }
      }),
      runs,
    );
  });

  it("makes spans of exactly their two points, with a signed duration that agrees with the positions", () => {
    fc.assert(
      fc.property(input, (given) => {
        const model = buildTimeline(given);
        const spans = [
          [model.window, model.windowStart, model.windowEnd],
          [model.call, model.callStart, model.callEnd],
        ] as const;
        for (const [span, start, end] of spans) {
          if (!start || !end) {
            expect(span).toBeUndefined();
            continue;
          }
          expect(span?.start).toBe(start);
          expect(span?.end).toBe(end);
          expect(span?.durationMs).toBe(end.at.getTime() - start.at.getTime());
          if (span && span.durationMs < 0) expect(end.position).toBeLessThanOrEqual(start.position);
          if (span && span.durationMs > 0) expect(end.position).toBeGreaterThanOrEqual(start.position);
          if (span && span.durationMs === 0) expect(end.position).toBe(start.position);
        }
      }),
      runs,
    );
  });

  it("relates the now marker to the window only when both ends are valid and in order", () => {
    fc.assert(
      fc.property(input, (given) => {
        const now = buildTimeline(given).now;
        if (!active(given)) {
          expect(now).toBeUndefined();
          return;
        }
        expect(now).toBeDefined();
        const start = valid(given.windowStart) ? given.windowStart.getTime() : undefined;
        const end = valid(given.windowEnd) ? given.windowEnd.getTime() : undefined;
        const t = given.now.getTime();
        if (start === undefined || end === undefined || end < start) {
          expect(now?.relation).toBeUndefined();
          expect(now?.remainingMs).toBeUndefined();
        } else if (t < start) {
          expect(now).toMatchObject({ relation: "beforeWindow", remainingMs: start - t });
        } else if (t <= end) {
          expect(now).toMatchObject({ relation: "inWindow", remainingMs: end - t });
        } else {
          expect(now?.relation).toBe("afterWindow");
          expect(now?.remainingMs).toBeUndefined();
        }
      }),
      runs,
    );
  });
});
