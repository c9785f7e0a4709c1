import {
  createCountTally,
  createInsightAccumulator,
  insightRowOf,
  type CountBucket,
  type CountFigures,
} from "../../../domain/insights";
import { configA, configB, queueA, queueB } from "./fixtures";
import { handRecords } from "./handData";

const rows = handRecords.map(insightRowOf);
const counts = (): CountFigures => createInsightAccumulator().addPage(rows).counts!;
const brief = (buckets: CountBucket[]) => buckets.map((bucket) => [bucket.key, bucket.count]);

describe("count figures over rows (the fallback path), worked out by hand", () => {
  it("counts deliveries by status: unknown texts in their own buckets, empty as its own", () => {
    const figures = counts();
    expect(figures.deliveries).toBe(10);
    expect(brief(figures.byStatus)).toEqual([
      ["Complete", 3],
      ["Expired", 2],
      ["Cancelled", 1],
      ["Error", 1],
      ["Pending", 1],
      ["empty", 1],
      ["text:Paused", 1],
    ]);
    expect(figures.byStatus[0]).toEqual({
      key: "Complete",
      kind: "Complete",
      text: "Complete",
      count: 3,
      storedTexts: ["Complete", "complete"],
    });
    expect(figures.byStatus.find((bucket) => bucket.key === "text:Paused")).toEqual({
      key: "text:Paused",
      kind: "unrecognised",
      text: "Paused",
      count: 1,
      storedTexts: ["Paused"],
    });
  });

  it("counts processed deliveries (Complete, Expired, Cancelled, Error) by result and by dial mode", () => {
    const figures = counts();
    expect(figures.processed).toBe(7);
    expect(brief(figures.processedByResult)).toEqual([
      ["Expired", 2],
      ["CallEnded", 1],
      ["CallFailed", 1],
      ["Cancelled", 1],
      ["LiveAnswer", 1],
      ["NoAnswer", 1],
    ]);
    expect(brief(figures.processedByDialMode)).toEqual([
      ["Copilot", 3],
      ["Progressive", 2],
      ["Preview", 1],
      ["text:Robot", 1],
    ]);
  });

  it("counts every delivery by result, dial mode and channel (voice and SMS in any spelling)", () => {
    const figures = counts();
    expect(brief(figures.byResult)).toEqual([
      ["Expired", 2],
      ["empty", 2],
      ["Busy", 1],
      ["CallEnded", 1],
      ["CallFailed", 1],
      ["Cancelled", 1],
      ["LiveAnswer", 1],
      ["NoAnswer", 1],
    ]);
    expect(brief(figures.byDialMode)).toEqual([
      ["Copilot", 5],
      ["Progressive", 2],
      ["Preview", 1],
      ["empty", 1],
      ["text:Robot", 1],
    ]);
    expect(brief(figures.byChannel)).toEqual([
      ["Voice", 8],
      ["SMS", 1],
      ["empty", 1],
    ]);
  });

  it("takes success as a processed delivery with CallEnded, LiveAnswer or Delivered", () => {
    const figures = counts();
    expect(figures.successful).toBe(2);
    expect(figures.successRate).toBeCloseTo(2 / 7, 12);
  });

  it("gives per configuration and per queue total, processed and success rate, one row per id in any spelling", () => {
    const figures = counts();
    expect(figures.perConfiguration).toEqual([
      {
        key: configA,
        kind: "id",
        id: configA,
        text: configA,
        storedTexts: [configA.toUpperCase(), configA],
        total: 5,
        processed: 3,
        successful: 2,
        successRate: 2 / 3,
      },
      {
        key: configB,
        kind: "id",
        id: configB,
        text: configB,
        storedTexts: [configB],
        total: 3,
        processed: 3,
        successful: 0,
        successRate: 0,
      },
      { key: "empty", kind: "empty", text: "", storedTexts: [""], total: 1, processed: 0, successful: 0 },
      {
        key: "text:not-a-guid",
        kind: "malformed",
        text: "not-a-guid",
        storedTexts: ["not-a-guid"],
        total: 1,
        processed: 1,
        successful: 0,
        successRate: 0,
      },
    ]);
    expect(figures.perQueue.map((row) => [row.key, row.total, row.processed, row.successful])).toEqual([
      [queueA, 6, 3, 2],
      [queueB, 3, 3, 0],
      ["empty", 1, 1, 0],
    ]);
    expect(figures.perQueue[0].storedTexts).toEqual([queueA, `{${queueA.toUpperCase()}}`]);
  });

  it("counts disposition codes per delivery, each text parsed once, malformed texts counted apart", () => {
    expect(counts().dispositions).toEqual({
      codes: [
        { code: "Callback", deliveries: 2 },
        { code: "PromiseToPay", deliveries: 2 },
        { code: "SpokeToAgent", deliveries: 2 },
        { code: "=cmd", deliveries: 1 },
        { code: "Unterminated", deliveries: 1 },
      ],
      withCodes: 5,
      withoutCodes: 5,
      malformed: 1,
      distinctTexts: 7,
    });
  });

  it("counts expired deliveries without a call attempt (no call start)", () => {
    expect(counts().expiredWithoutCall).toBe(1);
  });

  it("has nothing, and no success rate, for no rows", () => {
    const figures = createCountTally().figures();
    expect(figures).toEqual({
      deliveries: 0,
      byStatus: [],
      byResult: [],
      byDialMode: [],
      byChannel: [],
      processed: 0,
      successful: 0,
      processedByResult: [],
      processedByDialMode: [],
      perConfiguration: [],
      perQueue: [],
      dispositions: { codes: [], withCodes: 0, withoutCodes: 0, malformed: 0, distinctTexts: 0 },
      expiredWithoutCall: 0,
      messageDeliveries: 0,
    });
  });

  it("is the same however the rows are split into pages, and earlier figures do not change", () => {
    const whole = counts();
    const accumulator = createInsightAccumulator();
    const first = accumulator.addPage(rows.slice(0, 3));
    expect(first.rowsRead).toBe(3);
    expect(first.counts!.deliveries).toBe(3);
    accumulator.addPage([]);
    accumulator.addPage(rows.slice(3, 9));
    const last = accumulator.addPage(rows.slice(9));
    expect(last.rowsRead).toBe(10);
    expect(last.counts).toEqual(whole);
    expect(first.counts!.deliveries).toBe(3);
  });

  it("refuses a count that is no number of deliveries, and an unknown spec", () => {
    const tally = createCountTally();
    expect(() => tally.add("all/status", "Complete", -1)).toThrow(RangeError);
    expect(() => tally.add("all/status", "Complete", Number.NaN)).toThrow(RangeError);
    expect(() => tally.add("nope/status" as "all/status", "Complete", 1)).toThrow();
    tally.add("all/status", "Complete", 0);
    expect(tally.figures().byStatus).toEqual([]);
  });

  it("hands out a copy of its raw counts", () => {
    const tally = createCountTally();
    tally.add("all/status", "Complete", 2);
    const raw = tally.raw();
    tally.add("all/status", "Complete", 5);
    expect(raw.get("all/status")!.get("Complete")).toBe(2);
  });

  it("keeps the queue and configuration ids apart from each other", () => {
    expect(counts().perQueue.map((row) => row.key)).not.toContain(configA);
    expect(counts().perConfiguration.map((row) => row.key)).not.toContain(queueB);
  });
});
