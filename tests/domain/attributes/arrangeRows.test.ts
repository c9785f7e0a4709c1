import {
  arrangeRows,
  buildAttributeViewModel,
  isGroupItem,
  listItemsOf,
  sortByKeyword,
} from "../../../domain/attributes";
import { input, result, typed } from "./fixtures";

describe("arrangeRows", () => {
  const model = buildAttributeViewModel([
    result("Outcome", "PromiseToPay"),
    input("Region", "customer west"),
    typed(null, "Note", "call back"),
    input("CustomerName", "Contoso Ltd"),
    typed(42, "Legacy", "x"),
  ]);
  const sorted = sortByKeyword(model.rows, "ascending");
  const keywords = (arrangement: ReturnType<typeof arrangeRows>) =>
    arrangement.groups.map((g) => [g.group.key, g.rows.map((r) => r.keyword), g.total]);

  it("groups sorted rows in group order, keeping the sort inside each group", () => {
    const arrangement = arrangeRows(sorted, "", model.totals);
    expect(keywords(arrangement)).toEqual([
      ["input", ["CustomerName", "Region"], 2],
      ["result", ["Outcome"], 1],
      ["unknown:42", ["Legacy"], 1],
      ["none", ["Note"], 1],
    ]);
    expect(arrangement.count).toBe(5);
  });

  it("filters keyword or value, ignoring case and surrounding spaces, and keeps unfiltered totals", () => {
    const arrangement = arrangeRows(sorted, "  CUSTOMER ", model.totals);
    expect(keywords(arrangement)).toEqual([["input", ["CustomerName", "Region"], 2]]);
    expect(arrangement.count).toBe(2);
    expect(arrangeRows(sorted, "west", model.totals).count).toBe(1);
  });

  it("does not match across keyword and value", () => {
    expect(arrangeRows(sorted, "outcomepromise", model.totals).groups).toEqual([]);
  });

  it("leaves out groups a filter empties and gives nothing for no match or no rows", () => {
    expect(keywords(arrangeRows(sorted, "promise", model.totals))).toEqual([["result", ["Outcome"], 1]]);
    expect(arrangeRows(sorted, "nowhere", model.totals)).toEqual({ groups: [], count: 0 });
    expect(arrangeRows([], "", model.totals)).toEqual({ groups: [], count: 0 });
  });

  it("keeps the order it is given: a descending list stays descending in every group", () => {
    const descending = sortByKeyword(model.rows, "descending");
    expect(arrangeRows(descending, "", model.totals).groups[0].rows.map((r) => r.keyword)).toEqual([
      "Region",
      "CustomerName",
    ]);
  });
});

describe("listItemsOf", () => {
  const model = buildAttributeViewModel([input("a", "1"), result("b", "2"), input("c", "3")]);
  const groups = arrangeRows(sortByKeyword(model.rows, "ascending"), "", model.totals).groups;
  const describe = (items: ReturnType<typeof listItemsOf>) =>
    items.map((item) => (isGroupItem(item) ? `[${item.group.key}]` : item.keyword));

  it("lists each group's header followed by its rows", () => {
    expect(describe(listItemsOf(groups, new Set()))).toEqual(["[input]", "a", "c", "[result]", "b"]);
  });

  it("leaves out the rows of collapsed groups but keeps their headers", () => {
    expect(describe(listItemsOf(groups, new Set(["input"])))).toEqual(["[input]", "[result]", "b"]);
  });
});
