import { channelKindOf, isMessageDelivery, messageOutcome } from "../../../domain/delivery/channel";
import { classifyStatus } from "../../../domain/delivery/status";

const sent = new Date("2026-03-10T10:04:00Z");

describe("channelKindOf: the stored channel text as voice, SMS or unknown", () => {
  it.each([
    ["Voice", "voice"],
    [" voice ", "voice"],
    ["VOICE_CALL", "voice"],
    ["SMS", "sms"],
    ["sms", "sms"],
    ["Text message", "sms"],
    ["text-message", "sms"],
  ] as const)("reads %p as %p", (stored, kind) => {
    expect(channelKindOf(stored)).toBe(kind);
  });

  it("reads no channel as a call, the table's value before SMS existed", () => {
    expect(channelKindOf(null)).toBe("voice");
    expect(channelKindOf(undefined)).toBe("voice");
    expect(channelKindOf("  ")).toBe("voice");
  });

  it("keeps any other text as an unknown channel, never as SMS or voice", () => {
    expect(channelKindOf("WhatsApp")).toBe("unknown");
    expect(channelKindOf("SMSX")).toBe("unknown");
    expect(channelKindOf("Text")).toBe("unknown");
  });
});

describe("isMessageDelivery", () => {
  it("is true for SMS in any spelling, whatever the call dates say", () => {
    expect(isMessageDelivery({ channel: "sms" })).toBe(true);
    expect(isMessageDelivery({ channel: "SMS", callStart: sent })).toBe(true);
  });

  it("is false for voice and for no channel", () => {
    expect(isMessageDelivery({ channel: "Voice" })).toBe(false);
    expect(isMessageDelivery({ channel: null })).toBe(false);
  });

  it("reads an unknown channel as a message only while no call date says a call was made", () => {
    expect(isMessageDelivery({ channel: "WhatsApp" })).toBe(true);
    expect(isMessageDelivery({ channel: "WhatsApp", callStart: sent })).toBe(false);
    expect(isMessageDelivery({ channel: "WhatsApp", callEnd: sent })).toBe(false);
  });
});

describe("messageOutcome: how far a message got", () => {
  it("follows the result first: Delivered and Not delivered in any spelling", () => {
    expect(messageOutcome({ result: "Delivered", sentDate: sent })).toBe("delivered");
    expect(messageOutcome({ result: "Not delivered", sentDate: sent })).toBe("notDelivered");
    expect(messageOutcome({ result: "NotDelivered" })).toBe("notDelivered");
    expect(messageOutcome({ result: "delivered" })).toBe("delivered");
  });

  it("is sent with a sent date and no delivery result", () => {
    expect(messageOutcome({ sentDate: sent })).toBe("sent");
    expect(messageOutcome({ sentDate: sent, result: "Unknown", status: classifyStatus("Complete") })).toBe("sent");
  });

  it("is pending without a sent date while active or while the status is unknown", () => {
    expect(messageOutcome({ status: classifyStatus("Pending") })).toBe("pending");
    expect(messageOutcome({ status: classifyStatus("InProcess") })).toBe("pending");
    expect(messageOutcome({})).toBe("pending");
  });

  it("is not sent without a sent date once the delivery ended", () => {
    expect(messageOutcome({ status: classifyStatus("Expired") })).toBe("notSent");
    expect(messageOutcome({ status: classifyStatus("Complete") })).toBe("notSent");
    expect(messageOutcome({ status: classifyStatus("Cancelled"), sentDate: new Date(Number.NaN) })).toBe("notSent");
  });
});
