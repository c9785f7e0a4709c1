import { buildAttributeViewModel, filterRows, groupRows } from "../../../domain/attributes";
import { input, result, typed } from "./fixtures";

describe("groupRows", () => {
  const model = buildAttributeViewModel([
    result("r1", "a"),
    typed(null, "n1", "b"),
    input("i1", "c"),
    typed(42, "u1", "d"),
    input("i2", "e"),
    typed("", "n2", "f"),
    typed(7, "u2", "g"),
  ]);

  it("orders groups input, result, unknown values, no type", () => {
    const groups = groupRows(model.rows, model.totals);
    expect(groups.map((g) => [g.group.key, g.rows.map((r) => r.keyword), g.total])).toEqual([
      ["input", ["i1", "i2"], 2],
      ["result", ["r1"], 1],
      ["unknown:7", ["u2"], 1],
      ["unknown:42", ["u1"], 1],
      ["none", ["n1", "n2"], 2],
    ]);
  });

  it("keeps unfiltered totals and drops groups left empty by a filter", () => {
    const groups = groupRows(filterRows(model.rows, "i1"), model.totals);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ group: { key: "input" }, total: 2 });
    expect(groups[0].rows.map((r) => r.keyword)).toEqual(["i1"]);
  });

  it("returns no groups for no rows", () => {
    expect(groupRows([], model.totals)).toEqual([]);
  });
});
