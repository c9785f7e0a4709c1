import { classifyStatus } from "../../../domain/delivery/status";
import { buildTimeline, type TimelineInput } from "../../../domain/delivery/timeline";
import { timelineFindings } from "../../../domain/delivery/timelineWarnings";

const at = (time: string): Date => new Date(`2026-03-10T${time}Z`);
const window = { windowStart: at("10:00:00"), windowEnd: at("14:00:00") };

function findings(input: Partial<TimelineInput>, status?: string) {
  const classified = status === undefined ? undefined : classifyStatus(status);
  return timelineFindings(buildTimeline({ now: at("16:00:00"), status: classified, ...input }), classified);
}

describe("timelineFindings: warnings for a supervisor, outcomes in words", () => {
  it("treats an Expired delivery that was never called as its outcome, not a warning", () => {
    expect(findings(window, "Expired")).toEqual({ warnings: [], outcome: "expiredWithoutCall" });
  });

  it("says nothing about an Expired delivery that was called", () => {
    expect(findings({ ...window, callStart: at("11:00:00"), callEnd: at("11:01:00") }, "Expired")).toEqual({
      warnings: [],
    });
  });

  it("flags a Complete delivery with no date at all as such", () => {
    expect(findings({}, "Complete")).toEqual({ warnings: ["completeWithoutDates"] });
    // Spelled as stored: the status is classified loosely, as everywhere.
    expect(findings({}, " complete ").warnings).toEqual(["completeWithoutDates"]);
  });

  it("keeps 'no dates' for any other status, and while the status is not known", () => {
    expect(findings({}, "Pending").warnings).toEqual(["noDates"]);
    expect(findings({}, "Error").warnings).toEqual(["noDates"]);
    expect(findings({}).warnings).toEqual(["noDates"]);
  });

  it("passes every data problem through in the model's order, beside an outcome", () => {
    const result = findings({ windowStart: at("14:00:00"), windowEnd: at("10:00:00") }, "Expired");
    expect(result).toEqual({ warnings: ["windowEndBeforeStart"], outcome: "expiredWithoutCall" });
    expect(
      findings({ windowStart: at("14:00:00"), callStart: at("12:10:00"), callEnd: at("12:00:00") }, "Complete")
        .warnings,
    ).toEqual(["missingWindowEnd", "callEndBeforeStart", "callStartBeforeWindow"]);
    expect(findings(window, "Pending").warnings).toEqual(["activeAfterWindow"]);
  });
});
