import { buildAttributeViewModel, filterRows } from "../../../domain/attributes";
import { input, result } from "./fixtures";

describe("filterRows", () => {
  const rows = buildAttributeViewModel([
    input("CustomerName", "Contoso Ltd"),
    result("Outcome", "PromiseToPay"),
    input("Region", "customer west"),
    input("Phone", "+1 425 555 0100"),
  ]).rows;

  it("returns the same list for blank text", () => {
    expect(filterRows(rows, "")).toBe(rows);
    expect(filterRows(rows, "   ")).toBe(rows);
  });

  it("matches keyword or value, ignoring case", () => {
    expect(filterRows(rows, "CUSTOMER").map((r) => r.keyword)).toEqual(["CustomerName", "Region"]);
    expect(filterRows(rows, "promise").map((r) => r.keyword)).toEqual(["Outcome"]);
  });

  it("ignores surrounding spaces in the filter text", () => {
    expect(filterRows(rows, "  555 0100 ").map((r) => r.keyword)).toEqual(["Phone"]);
  });

  it("does not match across keyword and value", () => {
    expect(filterRows(rows, "outcomepromise")).toEqual([]);
  });

  it("returns nothing when no row matches", () => {
    expect(filterRows(rows, "nowhere")).toEqual([]);
  });
});
