import { classifyDialMode, classifyResult, classifyStatus, isActiveStatus } from "../../../domain/delivery";

describe("classifyStatus", () => {
  it.each([
    ["Pending", "Pending", "info"],
    ["InProcess", "InProcess", "info"],
    ["Complete", "Complete", "success"],
    ["Expired", "Expired", "warning"],
    ["Cancelled", "Cancelled", "neutral"],
    ["Error", "Error", "danger"],
  ])("knows %s", (raw, kind, tone) => {
    expect(classifyStatus(raw)).toEqual({ kind, text: raw, tone });
  });

  it("ignores case, spaces and underscores but keeps the stored text", () => {
    expect(classifyStatus("  in_process ")).toEqual({ kind: "InProcess", text: "in_process", tone: "info" });
    expect(classifyStatus("In Process").kind).toBe("InProcess");
  });

  it("keeps an unknown value as itself with a neutral tone", () => {
    expect(classifyStatus("Rescheduled")).toEqual({ kind: "unrecognised", text: "Rescheduled", tone: "neutral" });
  });

  it("calls blank, null and undefined empty", () => {
    expect(classifyStatus("   ").kind).toBe("empty");
    expect(classifyStatus(null).kind).toBe("empty");
    expect(classifyStatus(undefined).kind).toBe("empty");
  });

  it("treats only Pending and InProcess as active", () => {
    expect(isActiveStatus(classifyStatus("Pending"))).toBe(true);
    expect(isActiveStatus(classifyStatus("inprocess"))).toBe(true);
    expect(isActiveStatus(classifyStatus("Complete"))).toBe(false);
    expect(isActiveStatus(classifyStatus("Whatever"))).toBe(false);
    expect(isActiveStatus(undefined)).toBe(false);
  });
});

describe("classifyResult", () => {
  it("sorts delivery, SIP and SMS results by tone", () => {
    expect(classifyResult("CallEnded").tone).toBe("success");
    expect(classifyResult("LiveAnswer").tone).toBe("success");
    expect(classifyResult("NoAnswer").tone).toBe("warning");
    expect(classifyResult("BotFailed").tone).toBe("danger");
    expect(classifyResult("Not delivered")).toEqual({ kind: "NotDelivered", text: "Not delivered", tone: "danger" });
  });

  it("keeps the documented result 'Unknown' apart from unrecognised text", () => {
    expect(classifyResult("Unknown").kind).toBe("Unknown");
    expect(classifyResult("SomethingNew").kind).toBe("unrecognised");
  });
});

describe("classifyDialMode", () => {
  it("knows the documented modes, Predictive included, and keeps others", () => {
    expect(["Copilot", "Progressive", "Preview", "Predictive"].map((mode) => classifyDialMode(mode).kind)).toEqual([
      "Copilot",
      "Progressive",
      "Preview",
      "Predictive",
    ]);
    expect(classifyDialMode("Manual")).toEqual({ kind: "unrecognised", text: "Manual", tone: "neutral" });
  });
});
