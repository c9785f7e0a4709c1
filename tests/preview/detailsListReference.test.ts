import { referenceItemsOf } from "../../preview/app/pages/DetailsListReference";
import { generateBulkAttributes } from "../../preview/data/generate";
import { AttributeNames as A, AttributeTypeChoice } from "../../domain/tables";

describe("the bench's DetailsList reference (bench-only peer of AttributeGrid)", () => {
  it("lists the records in the grid's order: input before result, keywords by numeric collation", () => {
    const records = [
      { [A.id]: "c", [A.keyword]: "item 10", [A.value]: "x", [A.type]: AttributeTypeChoice.result },
      { [A.id]: "a", [A.keyword]: "item 9", [A.value]: "y", [A.type]: AttributeTypeChoice.result },
      { [A.id]: "b", [A.keyword]: "Zed", [A.value]: "Z", [A.type]: AttributeTypeChoice.input },
      { [A.id]: "d", [A.keyword]: "odd", [A.value]: null, [A.type]: 7 },
    ];
    const items = referenceItemsOf(records);
    expect(items.map((item) => [item.group.kind, item.keyword])).toEqual([
      ["input", "Zed"],
      ["result", "item 9"],
      ["result", "item 10"],
      ["unknown", "odd"],
    ]);
    expect(items[0].search).toBe("zed\u0000z");
    expect(items[3].value).toBe("");
  });

  it("makes one item per generated attribute, with distinct keys", () => {
    const records = generateBulkAttributes("7d4c1a52-3b7e-4f0a-9c11-2f5e8d6a0b01", 2_000);
    const items = referenceItemsOf(records);
    expect(items).toHaveLength(2_000);
    expect(new Set(items.map((item) => item.key)).size).toBe(2_000);
  });
});
