import { deliveryItemOf } from "../../../domain/deliveries/deliveryItem";

const now = new Date("2026-12-01T12:00:00Z");
const at = (text: string): Date => new Date(`2026-12-01T${text}Z`);

describe("deliveryItemOf", () => {
  it("reads a completed call: words, duration, codes, nothing to look at", () => {
    const item = deliveryItemOf(
      {
        id: "d1",
        deliveryId: "DLV-1",
        status: "Complete",
        result: "CallEnded",
        dialMode: "Progressive",
        windowStart: at("08:00:00"),
        windowEnd: at("16:00:00"),
        callStart: at("08:13:00"),
        callEnd: at("08:13:58"),
        dispositionCodes: '"Reached","Paid"',
      },
      now,
    );
    expect(item).toMatchObject({
      id: "d1",
      deliveryId: "DLV-1",
      status: { kind: "Complete" },
      result: { kind: "CallEnded" },
      dialMode: { kind: "Progressive" },
      callDurationMs: 58_000,
      attention: [],
      anomalies: [],
      dispositionText: '"Reached","Paid"',
    });
    expect(item.dispositions.codes).toEqual(["Reached", "Paid"]);
  });

  it("names what needs attention and what is wrong with the dates", () => {
    const item = deliveryItemOf(
      {
        id: "d2",
        status: "Snoozed",
        result: "CallFailed",
        windowStart: at("10:00:00"),
        windowEnd: at("09:00:00"),
        callStart: at("09:30:00"),
        callEnd: at("09:29:00"),
        dispositionCodes: '"open',
      },
      now,
    );
    expect(item.status).toEqual({ kind: "unrecognised", text: "Snoozed", tone: "neutral" });
    expect(item.attention).toEqual(["unknownStatus", "resultCallFailed"]);
    expect(item.anomalies).toEqual(
      expect.arrayContaining(["windowEndBeforeStart", "callEndBeforeStart", "callStartBeforeWindow"]),
    );
    expect(item.callDurationMs).toBe(-60_000);
    expect(item.dispositions.problems).toEqual([{ kind: "unterminatedQuote", position: 1 }]);
  });

  it("treats an Expired delivery never called as an outcome, and an active one past its window as attention", () => {
    const expired = deliveryItemOf(
      { id: "d3", status: "Expired", windowStart: at("08:00:00"), windowEnd: at("09:00:00") },
      now,
    );
    expect(expired.anomalies).toEqual([]);
    expect(expired.attention).toEqual([]);
    const pending = deliveryItemOf(
      { id: "d4", status: "Pending", windowStart: at("08:00:00"), windowEnd: at("09:00:00") },
      now,
    );
    expect(pending.attention).toEqual(["activeAfterWindow"]);
    expect(pending.anomalies).toEqual([]);
  });

  it("drops invalid dates and names the missing ones; empty values stay empty, never undefined text", () => {
    const item = deliveryItemOf(
      { id: "d5", status: null, windowStart: new Date("not a date"), windowEnd: null, dispositionCodes: null },
      now,
    );
    expect(item.windowStart).toBeUndefined();
    expect(item.anomalies).toEqual(["noDates"]);
    expect(item.attention).toEqual(["unknownStatus"]);
    expect(item.deliveryId).toBe("");
    expect(item.dispositionText).toBe("");
    expect(item.dispositions.codes).toEqual([]);
  });
});
