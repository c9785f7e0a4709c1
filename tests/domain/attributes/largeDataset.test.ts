import { AttributeTypeChoice } from "../../../domain/tables";
import {
  arrangeRows,
  buildAttributeViewModel,
  displayOf,
  sortByKeyword,
  type RawAttribute,
} from "../../../domain/attributes";

/** 10,000 rows: every third a result, every 97th of unknown type, mixed value kinds. */
function makeRows(count: number): RawAttribute[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `row-${i}`,
    keyword: `key-${String(count - i).padStart(5, "0")}`,
    value: i % 5 === 0 ? `{"index":${i}}` : i % 7 === 0 ? "z".repeat(4000) : `value ${i}`,
    type: i % 97 === 0 ? 1 : i % 3 === 0 ? AttributeTypeChoice.result : AttributeTypeChoice.input,
  }));
}

describe("10,000 attributes", () => {
  const raw = makeRows(10_000);
  const model = buildAttributeViewModel(raw);

  it("keeps every row and classifies once per row", () => {
    expect(model.rows).toHaveLength(10_000);
    expect(model.rows.filter((r) => displayOf(r).kind === "json")).toHaveLength(2000);
    expect(model.rows.filter((r) => displayOf(r).isLong && displayOf(r).kind === "text")).toHaveLength(
      raw.filter((_, i) => i % 5 !== 0 && i % 7 === 0).length,
    );
  });

  it("groups, filters and sorts the whole set correctly", () => {
    const sorted = sortByKeyword(model.rows, "ascending");
    expect(sorted[0].keyword).toBe("key-00001");
    expect(sorted[9_999].keyword).toBe("key-10000");

    const groups = arrangeRows(sorted, "", model.totals).groups;
    const unknownCount = raw.filter((_, i) => i % 97 === 0).length;
    const resultCount = raw.filter((_, i) => i % 97 !== 0 && i % 3 === 0).length;
    expect(groups.map((g) => [g.group.key, g.rows.length])).toEqual([
      ["input", 10_000 - unknownCount - resultCount],
      ["result", resultCount],
      ["unknown:1", unknownCount],
    ]);
    for (const group of groups) {
      const keys = group.rows.map((r) => r.keyword);
      expect(keys).toEqual([...keys].sort());
    }

    // Grouped, so the matches come group by group; which rows match is what counts here.
    const filtered = arrangeRows(sorted, "KEY-0999", model.totals).groups.flatMap((g) => g.rows);
    expect(filtered.map((r) => r.keyword).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `key-0999${i}`));
  });

  it("arranges the whole set filter after filter: every matching row once, in its group, in sorted order", () => {
    const sorted = sortByKeyword(model.rows, "descending");
    for (const text of ["", "k", "ke", "key-0", "key-09", "key-099"]) {
      const arrangement = arrangeRows(sorted, text, model.totals);
      const matching = sorted.filter(
        (r) => r.keyword.toLowerCase().includes(text) || r.value.toLowerCase().includes(text),
      );
      expect(arrangement.count).toBe(matching.length);
      for (const group of arrangement.groups)
        expect(group.rows).toEqual(matching.filter((r) => r.group.key === group.group.key));
    }
  });

  it("puts the first 100 rows in grid order in one pass, as the full sort does", () => {
    for (const direction of ["ascending", "descending"] as const) {
      const full = arrangeRows(sortByKeyword(model.rows, direction), "", model.totals).groups.flatMap(
        (group) => group.rows,
      );
      const partial = sortByKeyword(model.rows, direction, undefined, 100);
      expect(partial.slice(0, 100)).toEqual(full.slice(0, 100));
      expect(new Set(partial).size).toBe(10_000);
    }
  });
});
