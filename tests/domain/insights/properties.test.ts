import fc from "fast-check";
import {
  createInsightAccumulator,
  csvField,
  distributionOf,
  insightRowOf,
  nameQueries,
  toCsv,
  type InsightFigures,
} from "../../../domain/insights";
import { aggregatePathFigures, flatPathFigures } from "./aggregatePath";
import { configA, queueA, queueB, record, type DeliveryFields } from "./fixtures";
import { parseCsv } from "./rfc4180";

/**
 * Properties over arbitrary deliveries (documented values in any spelling, unknown text,
 * none; dates valid, invalid, missing and in any order) cut into arbitrary pages.
 */
const text = (documented: string[]) =>
  fc.oneof(fc.constantFrom(...documented), fc.string({ maxLength: 6 }), fc.constant(null));
const statuses = ["Pending", "InProcess", "Complete", "complete", " Expired ", "Cancelled", "Error"];
const results = ["CallEnded", "LiveAnswer", "Delivered", "Busy", "CallFailed", "Expired"];
const start = Date.UTC(2026, 2, 1);
const date = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.integer({ min: start, max: start + 7 * 86_400_000 - 1 }).map((time) => new Date(time).toISOString()),
  },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom("not a date", "2026-02-30T99:00:00Z") },
);
const fields: fc.Arbitrary<DeliveryFields> = fc.record({
  status: text(statuses),
  result: text(results),
  dialMode: text(["Copilot", "Progressive", "Preview", "predictive"]),
  channel: text(["Voice", "SMS"]),
  config: text([configA, configA.toUpperCase(), "{" + configA + "}"]),
  queue: text([queueA, queueB]),
  codes: text(['"A","B"', "A, C", '"Broken,A', ",,", '"=x"']),
  windowStart: date,
  windowEnd: date,
  callStart: date,
  callEnd: date,
});
const rowsAndCuts = fc.tuple(fc.array(fields, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 6 }));

function accumulate(all: DeliveryFields[], cuts: number[]): InsightFigures {
  const rows = all.map((entry) => insightRowOf(record(entry)));
  const marks = [...new Set(cuts.map((cut) => cut % (rows.length + 1)))].sort((a, b) => a - b);
  const accumulator = createInsightAccumulator();
  let from = 0;
  for (const mark of [...marks, rows.length]) {
    accumulator.addPage(rows.slice(from, mark));
    from = Math.max(from, mark);
  }
  return accumulator.figures();
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe("properties of the insight figures", () => {
  it("counts add up to the rows read, in every breakdown", () => {
    fc.assert(
      fc.property(rowsAndCuts, ([all, cuts]) => {
        const figures = accumulate(all, cuts);
        const counts = figures.counts!;
        const n = all.length;
        expect(figures.rowsRead).toBe(n);
        for (const buckets of [counts.byStatus, counts.byResult, counts.byDialMode, counts.byChannel]) {
          expect(sum(buckets.map((bucket) => bucket.count))).toBe(n);
        }
        expect(counts.deliveries).toBe(n);
        expect(sum(counts.perConfiguration.map((row) => row.total))).toBe(n);
        expect(sum(counts.perQueue.map((row) => row.total))).toBe(n);
        expect(counts.dispositions.withCodes + counts.dispositions.withoutCodes).toBe(n);
        for (const group of [
          counts.processedByDialMode.map((bucket) => bucket.count),
          counts.perQueue.map((row) => row.processed),
        ]) {
          expect(sum(group)).toBe(counts.processed);
        }
        expect(sum(counts.perConfiguration.map((row) => row.processed))).toBe(counts.processed);
        expect(sum(counts.perQueue.map((row) => row.successful))).toBe(counts.successful);
        for (const row of [...counts.perConfiguration, ...counts.perQueue]) {
          expect(row.successful).toBeLessThanOrEqual(row.processed);
          expect(row.processed).toBeLessThanOrEqual(row.total);
          if (row.successRate !== undefined) expect(row.successRate).toBeGreaterThanOrEqual(0);
          if (row.successRate !== undefined) expect(row.successRate).toBeLessThanOrEqual(1);
          expect(row.successRate === undefined).toBe(row.processed === 0);
        }
        const time = figures.time;
        expect(sum(time.perDay.map((row) => row.total)) + time.withoutWindowStart).toBe(n);
        const withCallStart = all.filter((entry) => entry.callStart !== null).length;
        const withCall = all.filter((entry) => entry.callStart !== null || entry.callEnd !== null).length;
        expect(time.waitToCall.count + time.waitToCall.missing + time.waitToCall.reversed).toBe(withCallStart);
        const duration = time.callDuration;
        expect(duration.count + duration.missing + duration.reversed + duration.inProgress).toBe(withCall);
        const outside = time.outsideWindow;
        expect(outside.checked + outside.missing + outside.reversed).toBe(withCallStart);
        expect(outside.beforeWindow + outside.afterWindow).toBeLessThanOrEqual(outside.checked);
        expect(sum(time.successByHour.map((hour) => hour.processed))).toBeLessThanOrEqual(counts.processed);
        expect(sum(time.successByHour.map((hour) => hour.successful))).toBeLessThanOrEqual(counts.successful);
      }),
      { numRuns: 200 },
    );
  });

  it("does not depend on how the rows are cut into pages", () => {
    fc.assert(
      fc.property(rowsAndCuts, ([all, cuts]) => {
        expect(accumulate(all, cuts)).toEqual(accumulate(all, []));
      }),
      { numRuns: 100 },
    );
  });

  it("time metrics lie within the data: min <= median <= p90 <= max, each a value that occurred", () => {
    fc.assert(
      fc.property(rowsAndCuts, ([all, cuts]) => {
        const time = accumulate(all, cuts).time;
        for (const metric of [time.waitToCall, time.callDuration]) {
          if (metric.count === 0) {
            expect(metric.median).toBeUndefined();
            continue;
          }
          expect(metric.min!).toBeGreaterThanOrEqual(0);
          expect(metric.min!).toBeLessThanOrEqual(metric.median!);
          expect(metric.median!).toBeLessThanOrEqual(metric.p90!);
          expect(metric.p90!).toBeLessThanOrEqual(metric.max!);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("percentiles of any numbers lie within [min, max] and are among them", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 200 }),
        (values) => {
          const figures = distributionOf(values);
          const min = Math.min(...values);
          const max = Math.max(...values);
          expect(figures.count).toBe(values.length);
          for (const value of [figures.min!, figures.median!, figures.p90!, figures.max!]) {
            expect(value).toBeGreaterThanOrEqual(min);
            expect(value).toBeLessThanOrEqual(max);
            expect(values.some((entry) => Object.is(entry, value) || entry === value)).toBe(true);
          }
          expect(figures.median!).toBeLessThanOrEqual(figures.p90!);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the aggregate path and the fallback path agree on any data", async () => {
    const period = { start: new Date(start), end: new Date(start + 5 * 86_400_000) };
    await fc.assert(
      fc.asyncProperty(fc.array(fields, { maxLength: 40 }), async (all) => {
        const records = all.map(record);
        const aggregate = await aggregatePathFigures(records, period);
        expect(aggregate.figures).toEqual(flatPathFigures(records, period, {}, 7).counts);
      }),
      { numRuns: 60 },
    );
  });

  it("CSV round-trips through an RFC 4180 parser, formula cells with their apostrophe", () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom("=1+1", "-x", "@a", 'a,"b"\r\nc'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 10 }),
        (header, rows) => {
          const expected = (value: string | number) =>
            typeof value === "number" ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
          const parsed = parseCsv(toCsv(header, rows));
          expect(parsed).toEqual([header.map(expected), ...rows.map((row) => row.map(expected))]);
          const numbers = rows.flat().filter((value): value is number => typeof value === "number");
          // A number reads back as the same number (-0 as 0, which a spreadsheet cannot tell apart).
          for (const value of numbers) expect(Number(csvField(value)) === value).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("name queries cover every distinct id once and each stays under the URL budget", () => {
    const guid = fc.uuid().map((id) => id.toLowerCase());
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            guid,
            guid.map((id) => `{${id.toUpperCase()}}`),
            fc.string({ maxLength: 5 }),
          ),
          { maxLength: 150 },
        ),
        (stored) => {
          const queries = nameQueries("queue", stored);
          const ids = queries.flatMap((query) => query.ids);
          expect(new Set(ids).size).toBe(ids.length);
          const expected = new Set(
            stored
              .map((text) =>
                text
                  .trim()
                  .replace(/^\{(.*)\}$/, "$1")
                  .toLowerCase(),
              )
              .filter((text) => /^[0-9a-f-]{36}$/.test(text)),
          );
          expect(new Set(ids)).toEqual(expected);
          for (const query of queries) expect(encodeURI(query.options).length).toBeLessThanOrEqual(1800);
        },
      ),
      { numRuns: 100 },
    );
  });
});
