import { classifyStatus } from "../../../domain/delivery/status";
import { buildTimeline, type TimelineInput } from "../../../domain/delivery/timeline";
import { layoutTimeline } from "../../../domain/delivery/timelineLayout";
import { timelineFindings } from "../../../domain/delivery/timelineWarnings";

const at = (time: string): Date => new Date(`2026-03-10T${time}Z`);
const window = { windowStart: at("10:00:00"), windowEnd: at("14:00:00") };

function timeline(input: Partial<TimelineInput>, status?: string, now = at("16:00:00")) {
  const classified = status === undefined ? undefined : classifyStatus(status);
  const model = buildTimeline({ now, status: classified, ...input });
  return { model, findings: timelineFindings(model, classified) };
}

describe("a message delivery on the time line", () => {
  it("places the sent date and flags nothing for a delivered message with no call dates", () => {
    const { model, findings } = timeline(
      { ...window, message: "delivered", sentDate: at("10:04:00"), resultDate: at("10:04:20") },
      "Complete",
    );
    expect(model.sent?.at).toEqual(at("10:04:00"));
    expect(model.message).toBe("delivered");
    expect(findings).toEqual({ warnings: [] });
  });

  it("never says a message expired without a call", () => {
    expect(timeline({ ...window, message: "sent", sentDate: at("10:04:00") }, "Expired").findings).toEqual({
      warnings: [],
    });
    // The same dates as a call: the call that never came is the outcome.
    expect(timeline(window, "Expired").findings.outcome).toBe("expiredWithoutCall");
  });

  it("is never 'Complete with no dates' when it has a sent date", () => {
    expect(timeline({ message: "delivered", sentDate: at("10:04:00") }, "Complete").findings.warnings).toEqual([
      "missingWindowStart",
      "missingWindowEnd",
    ]);
  });

  it("warns of a delivered, undelivered or Complete message with no sent date", () => {
    expect(timeline({ ...window, message: "delivered" }, "Complete").findings.warnings).toEqual([
      "messageWithoutSentDate",
    ]);
    expect(timeline({ ...window, message: "notDelivered" }).findings.warnings).toEqual(["messageWithoutSentDate"]);
    expect(timeline({ ...window, message: "notSent" }, "Complete").findings.warnings).toEqual([
      "messageWithoutSentDate",
    ]);
  });

  it("reads an Expired message that was never sent as its outcome, not as a warning", () => {
    expect(timeline({ ...window, message: "notSent" }, "Expired").findings).toEqual({
      warnings: [],
      outcome: "expiredWithoutMessage",
    });
  });

  it("says nothing of a message still waiting to be sent inside its window", () => {
    expect(timeline({ ...window, message: "pending" }, "Pending", at("11:00:00")).findings).toEqual({ warnings: [] });
  });

  it("keeps a sent message off 'still active after the window', but not one never sent", () => {
    const sent = timeline({ ...window, message: "sent", sentDate: at("10:04:00") }, "InProcess");
    expect(sent.model.anomalies).not.toContain("activeAfterWindow");
    const unsent = timeline({ ...window, message: "pending" }, "InProcess");
    expect(unsent.model.anomalies).toContain("activeAfterWindow");
  });

  it("ignores a sent date on a call: only a message shows one", () => {
    expect(timeline({ ...window, sentDate: at("10:04:00") }).model.sent).toBeUndefined();
  });
});

describe("the layout of a message", () => {
  it("puts the sent mark in the call's lane and zooms in on it and the result", () => {
    const { model } = timeline(
      { ...window, message: "delivered", sentDate: at("10:04:00"), resultDate: at("10:04:20") },
      "Complete",
    );
    const layout = layoutTimeline(model, 6);
    const sent = layout?.overview.marks.find((mark) => mark.part === "sent");
    expect(sent).toMatchObject({ lane: "call", from: 4 / 240, to: 4 / 240 });
    expect(layout?.zoom?.marks.map((mark) => mark.part)).toEqual(["window", "sent", "result"]);
    expect(layout?.overview.marks.some((mark) => mark.part.startsWith("call"))).toBe(false);
  });

  it("shows a lone sent date in the middle of an hour", () => {
    const layout = layoutTimeline(timeline({ message: "sent", sentDate: at("10:04:00") }).model, 6);
    expect(layout?.overview.marks).toEqual([expect.objectContaining({ part: "sent", from: 0.5 })]);
  });
});
