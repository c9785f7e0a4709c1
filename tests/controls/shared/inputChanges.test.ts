import { InputChangeTracker } from "../../../controls/shared/inputChanges";
import { createMockContext, textProperty } from "../../support/pcfContext";

describe("InputChangeTracker", () => {
  const contextWith = (value: string | null, updatedProperties: string[] = []) =>
    createMockContext({
      controlName: "Probe",
      strings: {},
      parameters: { codes: textProperty(value) },
      updatedProperties,
    });

  it("treats the first call as a change even when the host lists nothing", () => {
    expect(new InputChangeTracker().changed(contextWith("A"), ["codes"])).toBe(true);
  });

  it("ignores calls where the value and the host's list are unchanged", () => {
    const tracker = new InputChangeTracker();
    tracker.changed(contextWith("A"), ["codes"]);
    expect(tracker.changed(contextWith("A", ["layout"]), ["codes"])).toBe(false);
  });

  it("notices a new value even when the host forgot to list it", () => {
    const tracker = new InputChangeTracker();
    tracker.changed(contextWith("A"), ["codes"]);
    expect(tracker.changed(contextWith("B"), ["codes"])).toBe(true);
  });

  it("sees no change in a value the host lists again unchanged (every name every time, or twice)", () => {
    const tracker = new InputChangeTracker();
    tracker.changed(contextWith("A", ["codes"]), ["codes"]);
    expect(tracker.changed(contextWith("A", ["codes"]), ["codes"])).toBe(false);
    expect(tracker.changed(contextWith("A", ["codes", "layout"]), ["codes"])).toBe(false);
  });

  it("sees a change once when a host calls twice for it", () => {
    const tracker = new InputChangeTracker();
    tracker.changed(contextWith("A"), ["codes"]);
    expect(tracker.changed(contextWith("B", ["codes"]), ["codes"])).toBe(true);
    expect(tracker.changed(contextWith("B", ["codes"]), ["codes"])).toBe(false);
  });

  it("compares dates by instant, not identity", () => {
    const tracker = new InputChangeTracker();
    const at = (iso: string) =>
      createMockContext({
        controlName: "Probe",
        strings: {},
        parameters: { windowStart: { raw: new Date(iso) } as never },
      });
    tracker.changed(at("2025-01-01T00:00:00Z"), ["windowStart"]);
    expect(tracker.changed(at("2025-01-01T00:00:00Z"), ["windowStart"])).toBe(false);
    expect(tracker.changed(at("2025-01-02T00:00:00Z"), ["windowStart"])).toBe(true);
  });
});
