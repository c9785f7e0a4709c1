import { buildAttributeViewModel, defaultCollator, sortByKeyword } from "../../../domain/attributes";
import { input } from "./fixtures";

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
