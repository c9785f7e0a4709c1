import { buildAttributeViewModel, defaultCollator, sortByKeyword } from "../../../domain/attributes";
import { input, result, typed } from "./fixtures";

const keywords = (rows: { keyword: string }[]) => rows.map((r) => r.keyword);

describe("sortByKeyword", () => {
  const model = buildAttributeViewModel([
    input("item10", "a"),
    input("Zeta", "b"),
    input("item9", "c"),
    input("alpha", "d"),
    input("Äpfel", "e"),
  ]);

  it("sorts ascending with a locale-aware, numeric collation", () => {
    expect(keywords(sortByKeyword(model.rows, "ascending", defaultCollator("de")))).toEqual([
      "alpha",
      "Äpfel",
      "item9",
      "item10",
      "Zeta",
    ]);
  });

  it("sorts descending", () => {
    expect(keywords(sortByKeyword(model.rows, "descending", defaultCollator("de")))).toEqual([
      "Zeta",
      "item10",
      "item9",
      "Äpfel",
      "alpha",
    ]);
  });

  it("uses the collation of the given locale", () => {
    const swedish = buildAttributeViewModel([input("ö", "1"), input("z", "2")]).rows;
    expect(keywords(sortByKeyword(swedish, "ascending", defaultCollator("de")))).toEqual(["ö", "z"]);
    expect(keywords(sortByKeyword(swedish, "ascending", defaultCollator("sv")))).toEqual(["z", "ö"]);
  });

  it("keeps equal keywords in data-source order in both directions", () => {
    const rows = buildAttributeViewModel([
      input("same", "first"),
      input("other", "x"),
      input("SAME", "second"),
      input("same", "third"),
    ]).rows;
    const values = (list: { value: string }[]) => list.map((r) => r.value);
    expect(values(sortByKeyword(rows, "ascending"))).toEqual(["x", "first", "second", "third"]);
    expect(values(sortByKeyword(rows, "descending"))).toEqual(["first", "second", "third", "x"]);
  });

  it("returns a new array and leaves the input untouched", () => {
    const before = [...model.rows];
    const sorted = sortByKeyword(model.rows, "descending");
    expect(sorted).not.toBe(model.rows);
    expect(model.rows).toEqual(before);
  });
});

describe("sortByKeyword with firstOnly", () => {
  const keywords = (rows: { keyword: string }[]) => rows.map((r) => r.keyword);
  const model = buildAttributeViewModel([
    result("r-b", "1"),
    input("i-d", "2"),
    typed(7, "u-a", "3"),
    input("i-a", "4"),
    result("r-a", "5"),
    input("i-c", "6"),
    input("i-b", "7"),
  ]);

  it("puts the rows that come first in the grid, by group then keyword, in order ahead of the rest", () => {
    const sorted = sortByKeyword(model.rows, "ascending", defaultCollator("en"), 3);
    expect(keywords(sorted.slice(0, 3))).toEqual(["i-a", "i-b", "i-c"]);
    // The others keep their data-source order.
    expect(keywords(sorted.slice(3))).toEqual(["r-b", "i-d", "u-a", "r-a"]);
  });

  it("reaches into the next groups when the first is smaller, and honours the direction", () => {
    const sorted = sortByKeyword(model.rows, "descending", defaultCollator("en"), 6);
    expect(keywords(sorted.slice(0, 6))).toEqual(["i-d", "i-c", "i-b", "i-a", "r-b", "r-a"]);
    expect(keywords(sorted.slice(6))).toEqual(["u-a"]);
  });

  it("sorts everything when there are no more rows than that", () => {
    expect(keywords(sortByKeyword(model.rows, "ascending", defaultCollator("en"), 7))).toEqual(
      keywords(sortByKeyword(model.rows, "ascending", defaultCollator("en"))),
    );
  });
});
