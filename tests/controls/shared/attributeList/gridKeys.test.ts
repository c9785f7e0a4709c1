import { groupKeyChange, targetIndex } from "../../../../controls/shared/attributeList/gridKeys";

describe("grid keys", () => {
  it("moves by one with the arrow keys and stops at the ends", () => {
    expect(targetIndex("ArrowDown", 3, 10)).toBe(4);
    expect(targetIndex("ArrowDown", 9, 10)).toBe(9);
    expect(targetIndex("ArrowUp", 3, 10)).toBe(2);
    expect(targetIndex("ArrowUp", 0, 10)).toBe(0);
  });

  it("leads from the column header row (-1) into the list, never back to it", () => {
    expect(targetIndex("ArrowDown", -1, 10)).toBe(0);
    expect(targetIndex("ArrowUp", -1, 10)).toBe(-1);
    expect(targetIndex("End", -1, 10)).toBe(9);
  });

  it("moves to the ends with Home and End", () => {
    expect(targetIndex("Home", 7, 10)).toBe(0);
    expect(targetIndex("End", 2, 10)).toBe(9);
  });

  it("ignores other keys", () => {
    expect(targetIndex("Enter", 3, 10)).toBeUndefined();
    expect(targetIndex("a", 3, 10)).toBeUndefined();
  });

  it("opens a group with the key pointing into it and closes it with the other, in either direction", () => {
    expect(groupKeyChange("ArrowRight", true, false)).toBe(true);
    expect(groupKeyChange("ArrowLeft", true, false)).toBe(false);
    expect(groupKeyChange("ArrowLeft", false, false)).toBe(true);
    expect(groupKeyChange("ArrowRight", false, false)).toBe(false);
    expect(groupKeyChange("ArrowLeft", true, true)).toBe(true);
    expect(groupKeyChange("ArrowRight", false, true)).toBe(true);
    expect(groupKeyChange("ArrowDown", true, false)).toBe(false);
  });
});
