import { insightRowOf } from "../../../domain/insights";
import { DeliveryNames as D } from "../../../domain/tables";

describe("insight rows from Web API records", () => {
  it("reads the text columns and parses the ISO dates to their times, with no Date object", () => {
    expect(
      insightRowOf({
        "@odata.etag": 'W/"1"',
        [D.id]: "7d4c1a52-3b7e-4f0a-9c11-2f5e8d6a0b01",
        [D.status]: "Complete",
        [D.result]: null,
        [D.queueId]: "q",
        [D.windowStartDate]: "2026-03-01T09:00:00Z",
        [D.startDate]: null,
      }),
    ).toEqual({
      status: "Complete",
      result: null,
      queueId: "q",
      windowStart: Date.UTC(2026, 2, 1, 9),
      callStart: null,
    });
  });

  it("keeps absent columns absent, makes a bad date NaN and a number text", () => {
    const row = insightRowOf({ [D.endDate]: "yesterday", [D.windowEndDate]: "", [D.channel]: 7, [D.result]: {} });
    expect(row.callEnd).toBeNaN();
    expect(row.windowEnd).toBeNull();
    expect(row.channel).toBe("7");
    expect(row.result).toBeNull();
    expect("status" in row).toBe(false);
  });

  it("reads every column into its own field", () => {
    const record = {
      [D.status]: "s",
      [D.result]: "r",
      [D.dialModeType]: "d",
      [D.channel]: "c",
      [D.configId]: "g",
      [D.queueId]: "q",
      [D.dispositionCodes]: "x",
      [D.windowStartDate]: "2026-03-01T09:00:00Z",
      [D.windowEndDate]: "2026-03-01T10:00:00Z",
      [D.startDate]: "2026-03-01T09:30:00Z",
      [D.endDate]: "2026-03-01T09:31:00.5Z",
    };
    expect(insightRowOf(record)).toEqual({
      status: "s",
      result: "r",
      dialMode: "d",
      channel: "c",
      configurationId: "g",
      queueId: "q",
      dispositionCodes: "x",
      windowStart: Date.UTC(2026, 2, 1, 9),
      windowEnd: Date.UTC(2026, 2, 1, 10),
      callStart: Date.UTC(2026, 2, 1, 9, 30),
      callEnd: Date.UTC(2026, 2, 1, 9, 31, 0, 500),
    });
    expect(insightRowOf({})).toEqual({});
  });
});
