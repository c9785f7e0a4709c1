import {
  attentionReasons,
  summarizeDeliveries,
  summarizeKnown,
  type DeliverySummaryRow,
} from "../../../domain/deliveries";

const now = new Date("2026-03-10T12:00:00.000Z");
const at = (iso: string) => new Date(iso);
const past = at("2026-03-09T12:00:00.000Z");
const future = at("2026-03-11T12:00:00.000Z");

describe("attentionReasons", () => {
  it.each<[string, DeliverySummaryRow, string[]]>([
    ["complete and ended", { status: "Complete", result: "CallEnded", windowEnd: past }, []],
    ["pending inside its window", { status: "Pending", windowEnd: future }, []],
    ["pending with no window end", { status: "InProcess" }, []],
    ["expired (the service gave up; no error)", { status: "Expired", result: "Expired", windowEnd: past }, []],
    ["cancelled", { status: "Cancelled", result: "Cancelled" }, []],
    ["busy", { status: "Complete", result: "Busy" }, []],
    ["status error", { status: "Error" }, ["statusError"]],
    ["status error, any spelling", { status: " error " }, ["statusError"]],
    ["call failed", { status: "Complete", result: "CallFailed" }, ["resultCallFailed"]],
    ["bot failed", { status: "Complete", result: "bot_failed" }, ["resultBotFailed"]],
    ["result error", { status: "Error", result: "Error" }, ["statusError", "resultError"]],
    ["unknown status", { status: "Paused" }, ["unknownStatus"]],
    ["no status", { status: null }, ["unknownStatus"]],
    ["pending after its window", { status: "Pending", windowEnd: past }, ["activeAfterWindow"]],
    ["in process after its window", { status: "InProcess", windowEnd: past }, ["activeAfterWindow"]],
  ])("%s", (_name, row, expected) => {
    expect(attentionReasons(row, now)).toEqual(expected);
  });
});

describe("summarizeDeliveries", () => {
  it("counts, finds the latest window and call, and counts those needing attention", () => {
    const rows: DeliverySummaryRow[] = [
      { status: "Pending", windowStart: at("2026-03-10T09:00:00Z"), windowEnd: future },
      {
        status: "Complete",
        result: "CallFailed",
        windowStart: at("2026-03-08T09:00:00Z"),
        callStart: at("2026-03-08T09:05:00Z"),
      },
      {
        status: "Complete",
        result: "CallEnded",
        windowStart: at("2026-03-09T09:00:00Z"),
        callStart: at("2026-03-09T09:30:00Z"),
      },
      { status: "Pending", windowStart: at("2026-03-01T09:00:00Z"), windowEnd: at("2026-03-02T09:00:00Z") },
      { status: "Mystery", windowStart: null },
    ];
    expect(summarizeDeliveries(rows, { now, morePages: true })).toEqual({
      count: 5,
      lastWindowStart: at("2026-03-10T09:00:00Z"),
      lastCallStart: at("2026-03-09T09:30:00Z"),
      needsAttention: 3,
      partial: true,
    });
  });

  it("has no dates for no rows, and is not partial on the last page", () => {
    expect(summarizeDeliveries([], { now, morePages: false })).toEqual({ count: 0, needsAttention: 0, partial: false });
  });

  it("ignores an invalid date", () => {
    const rows = [{ status: "Complete", windowStart: new Date(Number.NaN) }];
    expect(summarizeDeliveries(rows, { now, morePages: false })).toEqual({
      count: 1,
      needsAttention: 0,
      partial: false,
    });
  });
});

describe("summarizeKnown", () => {
  it("counts what needs attention from reasons already worked out, and keeps the latest dates", () => {
    expect(
      summarizeKnown(
        [
          { windowStart: at("2026-11-30T09:00:00Z"), callStart: null, attention: ["statusError"] },
          { windowStart: at("2026-12-01T09:00:00Z"), callStart: at("2026-12-01T09:10:00Z"), attention: [] },
          { windowStart: new Date("invalid"), attention: ["unknownStatus", "resultCallFailed"] },
        ],
        true,
      ),
    ).toEqual({
      count: 3,
      lastWindowStart: at("2026-12-01T09:00:00Z"),
      lastCallStart: at("2026-12-01T09:10:00Z"),
      needsAttention: 2,
      partial: true,
    });
    expect(summarizeKnown([], false)).toEqual({ count: 0, needsAttention: 0, partial: false });
  });
});

describe("attentionReasons: message deliveries", () => {
  const now = new Date("2026-03-10T16:00:00Z");
  const windowEnd = new Date("2026-03-10T14:00:00Z");
  const sentDate = new Date("2026-03-10T10:04:00Z");

  it("does not hold a sent message still InProcess after its window against it", () => {
    expect(attentionReasons({ status: "InProcess", channel: "SMS", sentDate, windowEnd }, now)).toEqual([]);
  });

  it("still flags an unsent message, and a call, still active after the window", () => {
    expect(attentionReasons({ status: "InProcess", channel: "SMS", windowEnd }, now)).toEqual(["activeAfterWindow"]);
    expect(attentionReasons({ status: "InProcess", channel: "Voice", sentDate, windowEnd }, now)).toEqual([
      "activeAfterWindow",
    ]);
  });

  it("flags a message that was not delivered", () => {
    expect(attentionReasons({ status: "Complete", result: "Not delivered", channel: "SMS", sentDate }, now)).toEqual([
      "resultNotDelivered",
    ]);
    expect(attentionReasons({ status: "Complete", result: "Delivered", channel: "SMS", sentDate }, now)).toEqual([]);
  });
});
