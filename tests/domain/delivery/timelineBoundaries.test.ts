import { buildTimeline, classifyStatus, type TimelineInput } from "../../../domain/delivery";

/**
 * The anomaly rules at their boundaries: each rule holds at the exact instant and fires one
 * millisecond past it, so a rule that compares with the wrong operator fails here.
 */
const t = (iso: string): Date => new Date(`2026-03-10T${iso}Z`);
const ms = (date: Date, offset: number): Date => new Date(date.getTime() + offset);
const windowStart = t("10:00:00.000");
const windowEnd = t("14:00:00.000");
const base: TimelineInput = { windowStart, windowEnd, status: classifyStatus("Complete"), now: t("16:00:00") };
const anomaliesOf = (input: Partial<TimelineInput>) => buildTimeline({ ...base, ...input }).anomalies;

describe("timeline anomalies at their boundaries", () => {
  it("a call exactly at the window start is inside the window; 1 ms earlier is before it", () => {
    expect(anomaliesOf({ callStart: windowStart, callEnd: ms(windowStart, 60_000) })).toEqual([]);
    expect(anomaliesOf({ callStart: ms(windowStart, -1), callEnd: ms(windowStart, 60_000) })).toEqual([
      "callStartBeforeWindow",
    ]);
  });

  it("a call exactly at the window end is inside the window; 1 ms later is after it", () => {
    expect(anomaliesOf({ callStart: windowEnd, callEnd: ms(windowEnd, 60_000) })).toEqual([]);
    expect(anomaliesOf({ callStart: ms(windowEnd, 1), callEnd: ms(windowEnd, 60_000) })).toEqual([
      "callStartAfterWindow",
    ]);
  });

  it("a window that opens and closes at the same instant is not reversed; 1 ms reversed is", () => {
    expect(anomaliesOf({ windowEnd: windowStart })).toEqual([]);
    expect(anomaliesOf({ windowEnd: ms(windowStart, -1) })).toEqual(["windowEndBeforeStart"]);
    // A call at that one instant is neither before nor after it.
    expect(anomaliesOf({ windowEnd: windowStart, callStart: windowStart, callEnd: windowStart })).toEqual([]);
  });

  it("a call that ends as it starts is not reversed; ending 1 ms before it starts is", () => {
    const callStart = t("11:00:00");
    expect(anomaliesOf({ callStart, callEnd: callStart })).toEqual([]);
    expect(anomaliesOf({ callStart, callEnd: ms(callStart, -1) })).toEqual(["callEndBeforeStart"]);
  });

  it("puts equal dates on one point in the middle, and dates 1 ms apart at both ends", () => {
    const same = buildTimeline({ windowStart, windowEnd: windowStart, callStart: windowStart, now: windowStart });
    expect([same.windowStart?.position, same.windowEnd?.position, same.callStart?.position]).toEqual([0.5, 0.5, 0.5]);
    expect(same.window?.durationMs).toBe(0);
    const apart = buildTimeline({ windowStart, windowEnd: ms(windowStart, 1), now: windowStart });
    expect([apart.windowStart?.position, apart.windowEnd?.position, apart.window?.durationMs]).toEqual([0, 1, 1]);
  });

  it("an Expired delivery with a call is not flagged as expired without a call", () => {
    const expired = classifyStatus("Expired");
    expect(anomaliesOf({ status: expired, callStart: t("11:00:00"), callEnd: t("11:05:00") })).toEqual([]);
    // A call that started exactly at the window's end, and one with no end yet, still count as calls.
    expect(anomaliesOf({ status: expired, callStart: windowEnd })).toEqual([]);
    expect(anomaliesOf({ status: expired, callStart: t("11:00:00") })).toEqual([]);
    // Without a call start (none, invalid, or only an end) it is flagged.
    expect(anomaliesOf({ status: expired })).toEqual(["expiredWithoutCall"]);
    expect(anomaliesOf({ status: expired, callStart: new Date(Number.NaN) })).toEqual(["expiredWithoutCall"]);
    expect(anomaliesOf({ status: expired, callEnd: t("11:05:00") })).toEqual([
      "callEndWithoutStart",
      "expiredWithoutCall",
    ]);
    // Only Expired: a Complete, Cancelled or unknown delivery without a call is not "expired".
    for (const other of ["Complete", "Cancelled", "Error", "expired later", ""])
      expect(anomaliesOf({ status: classifyStatus(other) })).not.toContain("expiredWithoutCall");
  });

  it("an active delivery exactly at the window end is still in its window; 1 ms later it is not", () => {
    const pending = classifyStatus("Pending");
    const atEnd = buildTimeline({ ...base, status: pending, now: windowEnd });
    expect(atEnd.anomalies).toEqual([]);
    expect(atEnd.now).toMatchObject({ relation: "inWindow", remainingMs: 0, position: 1 });
    const after = buildTimeline({ ...base, status: pending, now: ms(windowEnd, 1) });
    expect(after.anomalies).toEqual(["activeAfterWindow"]);
    expect(after.now?.relation).toBe("afterWindow");
  });

  it("now exactly at the window start is in the window; 1 ms earlier it is before it", () => {
    const inProcess = classifyStatus("InProcess");
    expect(buildTimeline({ ...base, status: inProcess, now: windowStart }).now).toMatchObject({
      relation: "inWindow",
      remainingMs: 4 * 3_600_000,
    });
    expect(buildTimeline({ ...base, status: inProcess, now: ms(windowStart, -1) }).now).toMatchObject({
      relation: "beforeWindow",
      remainingMs: 1,
    });
  });
});
