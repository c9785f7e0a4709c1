import { buildTimeline, classifyStatus, type TimelineInput } from "../../../domain/delivery";

const at = (time: string): Date => new Date(`2025-03-05T${time}Z`);
const pending = classifyStatus("Pending");
const complete = classifyStatus("Complete");

function timeline(input: Partial<TimelineInput>) {
  return buildTimeline({ now: at("12:00:00"), ...input });
}

describe("buildTimeline", () => {
  it("places window, call and result on one scale with the call's duration", () => {
    const model = timeline({
      windowStart: at("10:00:00"),
      windowEnd: at("14:00:00"),
      callStart: at("11:00:00"),
      callEnd: at("11:12:30"),
      resultDate: at("11:13:00"),
      status: complete,
    });
    expect(model.windowStart?.position).toBe(0);
    expect(model.windowEnd?.position).toBe(1);
    expect(model.callStart?.position).toBe(0.25);
    expect(model.call?.durationMs).toBe(12.5 * 60 * 1000);
    expect(model.window?.durationMs).toBe(4 * 3600 * 1000);
    expect(model.result?.at).toEqual(at("11:13:00"));
    expect(model.anomalies).toEqual([]);
  });

  it("shows the present with the time left while the delivery is pending", () => {
    const model = timeline({ windowStart: at("10:00:00"), windowEnd: at("14:00:00"), status: pending });
    expect(model.now).toEqual({
      at: at("12:00:00"),
      position: 0.5,
      relation: "inWindow",
      remainingMs: 2 * 3600 * 1000,
    });
  });

  it("counts down to the window's opening before it opens", () => {
    const model = timeline({
      windowStart: at("13:00:00"),
      windowEnd: at("14:00:00"),
      status: classifyStatus("InProcess"),
    });
    expect(model.now?.relation).toBe("beforeWindow");
    expect(model.now?.remainingMs).toBe(3600 * 1000);
    expect(model.now?.position).toBe(0);
  });

  it("flags an active delivery whose window has passed, stretching the scale to now", () => {
    const model = timeline({ windowStart: at("08:00:00"), windowEnd: at("10:00:00"), status: pending });
    expect(model.now?.relation).toBe("afterWindow");
    expect(model.now?.remainingMs).toBeUndefined();
    expect(model.now?.position).toBe(1);
    expect(model.windowEnd?.position).toBe(0.5);
    expect(model.anomalies).toContain("activeAfterWindow");
  });

  it("has no now marker for a finished delivery or an unknown status", () => {
    expect(timeline({ windowStart: at("10:00:00"), windowEnd: at("14:00:00"), status: complete }).now).toBeUndefined();
    expect(
      timeline({ windowStart: at("10:00:00"), windowEnd: at("14:00:00"), status: classifyStatus("Paused") }).now,
    ).toBeUndefined();
    expect(timeline({ windowStart: at("10:00:00"), windowEnd: at("14:00:00") }).now).toBeUndefined();
  });

  it("flags a call outside the window", () => {
    expect(
      timeline({
        windowStart: at("10:00:00"),
        windowEnd: at("11:00:00"),
        callStart: at("09:00:00"),
        callEnd: at("09:05:00"),
      }).anomalies,
    ).toEqual(["callStartBeforeWindow"]);
    expect(
      timeline({
        windowStart: at("10:00:00"),
        windowEnd: at("11:00:00"),
        callStart: at("11:30:00"),
        callEnd: at("11:35:00"),
      }).anomalies,
    ).toEqual(["callStartAfterWindow"]);
  });

  it("accepts a call that starts in the window and runs past its end", () => {
    expect(
      timeline({
        windowStart: at("10:00:00"),
        windowEnd: at("11:00:00"),
        callStart: at("10:59:00"),
        callEnd: at("11:10:00"),
      }).anomalies,
    ).toEqual([]);
  });

  it("flags an expired delivery that was never called", () => {
    const model = timeline({
      windowStart: at("10:00:00"),
      windowEnd: at("11:00:00"),
      status: classifyStatus("Expired"),
    });
    expect(model.anomalies).toEqual(["expiredWithoutCall"]);
  });

  it("flags reversed dates with a negative duration and draws the band between them", () => {
    const model = timeline({
      windowStart: at("14:00:00"),
      windowEnd: at("10:00:00"),
      callStart: at("12:10:00"),
      callEnd: at("12:00:00"),
    });
    expect(model.anomalies).toEqual(expect.arrayContaining(["windowEndBeforeStart", "callEndBeforeStart"]));
    expect(model.call?.durationMs).toBe(-10 * 60 * 1000);
    expect(model.windowStart?.position).toBe(1);
    expect(model.windowEnd?.position).toBe(0);
  });

  it("gives no time left when the window is reversed", () => {
    const model = timeline({ windowStart: at("14:00:00"), windowEnd: at("10:00:00"), status: pending });
    expect(model.now?.relation).toBeUndefined();
    expect(model.now?.remainingMs).toBeUndefined();
  });

  it("flags missing window dates and a call end without a start", () => {
    const model = timeline({ callEnd: at("12:00:00") });
    expect(model.anomalies).toEqual(["missingWindowStart", "missingWindowEnd", "callEndWithoutStart"]);
    expect(model.callEnd?.position).toBe(0.5);
    expect(model.call).toBeUndefined();
  });

  it("says so when there are no dates at all, and ignores invalid dates", () => {
    const model = timeline({ windowStart: new Date("not a date"), windowEnd: null });
    expect(model.anomalies).toEqual(["noDates"]);
    expect(model.windowStart).toBeUndefined();
  });

  it("puts a single date in the middle of the scale", () => {
    expect(timeline({ resultDate: at("09:00:00") }).result?.position).toBe(0.5);
  });
});
