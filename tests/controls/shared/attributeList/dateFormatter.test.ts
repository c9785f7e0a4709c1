import { createDateFormatter } from "../../../../controls/shared/attributeList/dateFormatter";

const instant = Date.UTC(2025, 5, 9, 10, 15);

describe("the attribute list's date and count formats", () => {
  it("writes an instant in UTC and says so, in the user's locale with a numeric date and hour", () => {
    expect(createDateFormatter("en-US").utc.format(instant)).toBe("6/9/2025, 10:15 AM UTC");
    expect(createDateFormatter("de-DE").utc.format(instant)).toBe("9.6.2025, 10:15 UTC");
    expect(createDateFormatter("en-GB").utc.format(instant)).toBe("09/06/2025, 10:15 UTC");
  });

  it("writes the same instant in the user's own zone, naming the zone, for the title", () => {
    expect(createDateFormatter("en-US", "America/New_York").local.format(instant)).toBe("6/9/2025, 6:15 AM EDT");
    expect(createDateFormatter("de-DE", "Europe/Berlin").local.format(instant)).toBe("9.6.2025, 12:15 MESZ");
    // Across midnight the local date is the user's, not UTC's.
    expect(createDateFormatter("en-US", "Asia/Tokyo").local.format(Date.UTC(2025, 5, 9, 20, 0))).toBe(
      "6/10/2025, 5:00 AM GMT+9",
    );
  });

  it("writes a calendar date as its day, with no zone", () => {
    // classifyValue holds a calendar date as local midnight, so the day is the same in every zone.
    expect(createDateFormatter("en-US").day.format(new Date(2026, 2, 1).getTime())).toBe("3/1/2026");
    expect(createDateFormatter("de-DE").day.format(new Date(2026, 2, 1).getTime())).toBe("1.3.2026");
  });

  it("groups the digits of counts as the locale does", () => {
    expect(createDateFormatter("en-US").count(10000)).toBe("10,000");
    expect(createDateFormatter("de-DE").count(10000)).toBe("10.000");
    expect(createDateFormatter("en-US").count(999)).toBe("999");
  });
});
