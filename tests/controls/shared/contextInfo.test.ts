import { hostRecordOf } from "../../../controls/shared/contextInfo";
import { createMockContext } from "../../support/pcfContext";

describe("hostRecordOf", () => {
  it("returns the row id without braces", () => {
    const context = createMockContext({
      controlName: "Probe",
      strings: {},
      entityId: "{7D4C1A52-3B7E-4F0A-9C11-2F5E8D6A0B01}",
    });
    expect(hostRecordOf(context)).toEqual({
      entityId: "7D4C1A52-3B7E-4F0A-9C11-2F5E8D6A0B01",
      entityTypeName: "msdyn_proactive_delivery",
    });
  });

  it("has no id on a new record (empty or all-zero id)", () => {
    expect(
      hostRecordOf(createMockContext({ controlName: "Probe", strings: {}, entityId: null })).entityId,
    ).toBeUndefined();
    const zero = createMockContext({
      controlName: "Probe",
      strings: {},
      entityId: "00000000-0000-0000-0000-000000000000",
    });
    expect(hostRecordOf(zero).entityId).toBeUndefined();
  });

  it("copes with a host that has no contextInfo at all", () => {
    const context = createMockContext({ controlName: "Probe", strings: {} });
    delete (context.mode as unknown as { contextInfo?: unknown }).contextInfo;
    expect(hostRecordOf(context)).toEqual({ entityId: undefined, entityTypeName: undefined });
  });
});
