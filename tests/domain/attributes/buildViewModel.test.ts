import { buildAttributeViewModel } from "../../../domain/attributes";
import { input, result, typed } from "./fixtures";

describe("buildAttributeViewModel", () => {
  it("maps raw rows to display rows in data-source order", () => {
    const model = buildAttributeViewModel([input("Region", "West"), result("Outcome", "{\"ok\":true}")]);
    expect(model.rows.map((r) => [r.keyword, r.group.kind, r.display.kind, r.order])).toEqual([
      ["Region", "input", "text", 0],
      ["Outcome", "result", "json", 1],
    ]);
  });

  it("turns missing keyword and value into empty strings", () => {
    const model = buildAttributeViewModel([{ id: "a", keyword: null, value: undefined, type: null }]);
    expect(model.rows[0]).toMatchObject({ keyword: "", value: "", display: { kind: "empty" }, group: { kind: "none" } });
  });

  it("prepares lower-cased search keys once", () => {
    const [row] = buildAttributeViewModel([input("CustomerName", "Ünal ÇELİK")]).rows;
    expect(row.searchKeyword).toBe("customername");
    expect(row.searchValue).toBe("Ünal ÇELİK".toLowerCase());
  });

  it("counts rows per group", () => {
    const model = buildAttributeViewModel([input("a", "1"), input("b", "2"), result("c", "3"), typed(5, "d", "4")]);
    expect(Object.fromEntries(model.totals)).toEqual({ input: 2, result: 1, "unknown:5": 1 });
  });

  it("formats dates with the given formatter and leaves other kinds alone", () => {
    const formatDate = jest.fn((date: Date, hasTime: boolean) => `${date.toISOString()}|${hasTime}`);
    const model = buildAttributeViewModel([input("when", "2026-01-02T03:04:05Z"), input("n", "42")], { formatDate });
    expect(model.rows[0].dateText).toBe("2026-01-02T03:04:05.000Z|true");
    expect(model.rows[1].dateText).toBeUndefined();
    expect(formatDate).toHaveBeenCalledTimes(1);
  });

  it("leaves date text empty without a formatter", () => {
    expect(buildAttributeViewModel([input("when", "2026-01-02")]).rows[0].dateText).toBeUndefined();
  });
});
