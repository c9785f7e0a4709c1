import { buildAttributeViewModel, displayOf, matchesFilter, prepareSearch } from "../../../domain/attributes";
import { input, result, typed } from "./fixtures";

describe("buildAttributeViewModel", () => {
  it("maps raw rows to display rows in data-source order", () => {
    const model = buildAttributeViewModel([input("Region", "West"), result("Outcome", '{"ok":true}')]);
    expect(model.rows.map((r) => [r.keyword, r.group.kind, displayOf(r).kind, r.order])).toEqual([
      ["Region", "input", "text", 0],
      ["Outcome", "result", "json", 1],
    ]);
  });

  it("turns missing keyword and value into empty strings", () => {
    const model = buildAttributeViewModel([{ id: "a", keyword: null, value: undefined, type: null }]);
    expect(model.rows[0]).toMatchObject({ keyword: "", value: "", group: { kind: "none" } });
    expect(displayOf(model.rows[0]).kind).toBe("empty");
  });

  it("makes the lower-cased search texts on first use, once, not while building", () => {
    const [row] = buildAttributeViewModel([input("CustomerName", "Ünal ÇELİK")]).rows;
    expect(row.searchKeyword).toBeUndefined();
    expect(matchesFilter(row, "çeli")).toBe(true);
    expect(row.searchKeyword).toBe("customername");
    expect(row.searchValue).toBe("Ünal ÇELİK".toLowerCase());
    const kept = row.searchValue;
    prepareSearch(row);
    expect(row.searchValue).toBe(kept);
  });

  it("counts rows per group", () => {
    const model = buildAttributeViewModel([input("a", "1"), input("b", "2"), result("c", "3"), typed(5, "d", "4")]);
    expect(Object.fromEntries(model.totals)).toEqual({ input: 2, result: 1, "unknown:5": 1 });
  });

  it("hands over the rows of the previous model that did not change", () => {
    const raw = [input("a", "1"), input("b", "2")];
    const first = buildAttributeViewModel(raw);
    const next = buildAttributeViewModel([...raw, input("c", "3")], first);
    expect(next.rows[0]).toBe(first.rows[0]);
    expect(next.rows[1]).toBe(first.rows[1]);
    expect(next.rows.map((r) => r.keyword)).toEqual(["a", "b", "c"]);
    expect(Object.fromEntries(next.totals)).toEqual({ input: 3 });
  });

  it("builds a new row when its values or its position changed", () => {
    const a = input("a", "1");
    const b = input("b", "2");
    const first = buildAttributeViewModel([a, b]);
    const changed = buildAttributeViewModel([{ ...a, value: "9" }, b], first);
    expect(changed.rows[0]).not.toBe(first.rows[0]);
    expect(changed.rows[0].value).toBe("9");
    expect(changed.rows[1]).toBe(first.rows[1]);
    const retyped = buildAttributeViewModel([a, { ...b, type: 3 }], first);
    expect(retyped.rows[1]).not.toBe(first.rows[1]);
    const moved = buildAttributeViewModel([b, a], first);
    expect(moved.rows[0]).not.toBe(first.rows[1]);
    expect(moved.rows.map((r) => r.order)).toEqual([0, 1]);
  });

  it("returns the previous model itself when nothing changed", () => {
    const raw = [input("a", "1"), result("b", "2")];
    const first = buildAttributeViewModel(raw);
    expect(
      buildAttributeViewModel(
        raw.map((r) => ({ ...r })),
        first,
      ),
    ).toBe(first);
    expect(buildAttributeViewModel(raw.slice(0, 1), first)).not.toBe(first);
  });
});
