import { explainDeliveryOutcome, type OutcomeFacts } from "../../../domain/delivery/deliveryOutcome";

const now = new Date("2026-03-10T12:00:00Z");
const past = new Date("2026-03-10T11:00:00Z");
const future = new Date("2026-03-10T13:00:00Z");

const explain = (facts: Partial<OutcomeFacts>) => explainDeliveryOutcome({ now, ...facts });
const kinds = (facts: Partial<OutcomeFacts>) => explain(facts)?.reasons.map((reason) => reason.kind);

describe("explainDeliveryOutcome", () => {
  it.each([
    ["Complete", "CallEnded"],
    ["Complete", "LiveAnswer"],
    ["Complete", "Delivered"],
    ["Complete", "Busy"],
    ["Complete", null],
    ["Pending", null],
    ["InProcess", null],
  ])("gives no reason for status %s with result %s", (status, result) => {
    expect(explain({ status, result, windowEnd: future })).toBeUndefined();
  });

  it.each([
    ["Error", null, ["statusError"], "error"],
    ["Expired", null, ["statusExpired"], "warning"],
    ["Cancelled", null, ["statusCancelled"], "info"],
    ["Cancelled", "Cancelled", ["statusCancelled"], "info"],
    ["Expired", "Expired", ["statusExpired"], "warning"],
    ["Complete", "CallFailed", ["resultCallFailed"], "error"],
    ["Complete", "BotFailed", ["resultBotFailed"], "error"],
    ["Complete", "Error", ["resultError"], "error"],
    ["Error", "CallFailed", ["statusError", "resultCallFailed"], "error"],
    ["Cancelled", "BotFailed", ["statusCancelled", "resultBotFailed"], "error"],
  ])("explains status %s with result %s", (status, result, expected, severity) => {
    const explanation = explain({ status, result, windowEnd: future });
    expect(explanation?.reasons.map((reason) => reason.kind)).toEqual(expected);
    expect(explanation?.severity).toBe(severity);
  });

  it("matches documented values whatever their spelling", () => {
    expect(kinds({ status: " error ", result: "call_failed" })).toEqual(["statusError", "resultCallFailed"]);
  });

  it("shows unknown status and result values as they are stored", () => {
    expect(explain({ status: "Paused", result: "Voicemail" })).toEqual({
      reasons: [
        { kind: "unknownStatus", value: "Paused" },
        { kind: "unknownResult", value: "Voicemail" },
      ],
      severity: "warning",
    });
  });

  it.each(["Pending", "InProcess", "Expired"])("says the window closed with no call for %s", (status) => {
    expect(explain({ status, windowEnd: past })).toEqual({
      reasons: [{ kind: "windowClosedWithoutCall" }],
      severity: "warning",
    });
  });

  it("does not call a window closed while it is open, after a call, or without an end", () => {
    expect(kinds({ status: "Pending", windowEnd: future })).toBeUndefined();
    expect(kinds({ status: "InProcess", windowEnd: past, callStart: past })).toBeUndefined();
    expect(kinds({ status: "Expired", windowEnd: past, callStart: past })).toEqual(["statusExpired"]);
    expect(kinds({ status: "Pending", windowEnd: null })).toBeUndefined();
  });

  it("explains only the result when the status could not be read", () => {
    expect(kinds({ status: undefined, result: "BotFailed", windowEnd: past })).toEqual(["resultBotFailed"]);
    expect(kinds({ status: undefined, result: null, windowEnd: past })).toBeUndefined();
  });
});

describe("explainDeliveryOutcome: a message delivery", () => {
  const now = new Date("2026-03-10T16:00:00Z");
  const windowEnd = new Date("2026-03-10T14:00:00Z");
  const sentDate = new Date("2026-03-10T10:04:00Z");

  it("does not say a sent message's window closed with no call", () => {
    expect(explainDeliveryOutcome({ status: "InProcess", channel: "SMS", sentDate, windowEnd, now })).toBeUndefined();
    expect(
      explainDeliveryOutcome({ status: "Complete", result: "Delivered", channel: "sms", sentDate, windowEnd, now }),
    ).toBeUndefined();
  });

  it("says the window closed with nothing sent for a message never sent", () => {
    expect(explainDeliveryOutcome({ status: "Pending", channel: "SMS", windowEnd, now })).toEqual({
      reasons: [{ kind: "windowClosedWithoutMessage" }],
      severity: "warning",
    });
  });

  it("explains Not delivered as an error in any spelling", () => {
    expect(
      explainDeliveryOutcome({ status: "Complete", result: "Not delivered", channel: "SMS", sentDate, now }),
    ).toEqual({ reasons: [{ kind: "resultNotDelivered" }], severity: "error" });
  });

  it("keeps a call's reason for voice, an empty channel, and an unknown one with a call date", () => {
    for (const channel of ["Voice", null, undefined]) {
      expect(explainDeliveryOutcome({ status: "Expired", channel, sentDate, windowEnd, now })?.reasons).toEqual([
        { kind: "windowClosedWithoutCall" },
      ]);
    }
    expect(
      explainDeliveryOutcome({ status: "Expired", channel: "WhatsApp", callStart: sentDate, windowEnd, now }),
    ).toEqual({ reasons: [{ kind: "statusExpired" }], severity: "warning" });
  });
});
