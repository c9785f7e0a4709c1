import fc from "fast-check";
import { isoTime } from "../../../domain/insights";

describe("isoTime", () => {
  it.each([
    "2026-03-01T09:00:00Z",
    "2026-03-01T09:00:00.5Z",
    "2026-03-01T09:00:00.12Z",
    "2026-03-01T09:00:00.123Z",
    "2026-03-01T09:00:00.1234567Z",
    "2024-02-29T23:59:59.999Z",
    "0050-01-01T00:00:00Z",
    "2025-02-29T00:00:00Z",
    "2026-13-01T00:00:00Z",
    "2026-03-01T24:00:00Z",
    "2026-03-01T09:00:00+01:00",
    "2026-03-01",
    "2026-03-01T09:00:00.Z",
    "2026-03-01T09:00:00.12aZ",
    "not a date",
    "",
  ])("reads %j as Date.parse does", (text) => {
    expect(isoTime(text)).toEqual(Date.parse(text));
  });

  it("agrees with Date.parse on any instant the Web API could write, and on any text", () => {
    const instant = fc.date({
      min: new Date("0001-01-01T00:00:00Z"),
      max: new Date("9999-12-31T23:59:59Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 7 }), (date, digits) => {
        const iso = date.toISOString();
        const text =
          digits === 0
            ? iso.replace(/\.\d{3}Z$/, "Z")
            : iso.replace(/\.(\d{3})Z$/, (_, ms: string) => `.${(ms + "4567").slice(0, digits)}Z`);
        expect(isoTime(text)).toEqual(Date.parse(text));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        expect(isoTime(text)).toEqual(Date.parse(text));
      }),
    );
  });
});
