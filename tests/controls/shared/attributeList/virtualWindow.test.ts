import { indexAt, offsetsOf, rangeAt, scrollToShow } from "../../../../controls/shared/attributeList/virtualWindow";

describe("virtual window arithmetic", () => {
  // A header of 44 px, then rows of 40 px; row 3 is expanded to 200 px.
  const heights = [44, 40, 40, 200, 40, 40, 40, 40, 40, 40];
  const offsets = offsetsOf(heights.length, (index) => heights[index]);

  it("places each item after the ones above it and ends with the total height", () => {
    expect(Array.from(offsets)).toEqual([0, 44, 84, 124, 324, 364, 404, 444, 484, 524, 564]);
  });

  it("finds the item at a position", () => {
    expect(indexAt(offsets, 0)).toBe(0);
    expect(indexAt(offsets, 43)).toBe(0);
    expect(indexAt(offsets, 44)).toBe(1);
    expect(indexAt(offsets, 200)).toBe(3);
    expect(indexAt(offsets, 10_000)).toBe(9);
  });

  it("renders the items in the viewport plus the overscan on either side", () => {
    expect(rangeAt(offsets, 130, 100, 0)).toEqual({ start: 3, end: 4 });
    expect(rangeAt(offsets, 130, 100, 2)).toEqual({ start: 1, end: 6 });
    expect(rangeAt(offsets, 0, 100, 2)).toEqual({ start: 0, end: 5 });
  });

  it("treats a scroll position beyond a list that got shorter as its end", () => {
    expect(rangeAt(offsets, 5000, 100, 0)).toEqual({ start: 7, end: 10 });
    expect(
      rangeAt(
        offsetsOf(2, () => 40),
        5000,
        400,
        1,
      ),
    ).toEqual({ start: 0, end: 2 });
  });

  it("scrolls as little as needed to show an item", () => {
    // Already visible: stay.
    expect(scrollToShow(offsets, 5, 300, 200, 0)).toBe(300);
    // Above: its top becomes the top.
    expect(scrollToShow(offsets, 1, 300, 200, 0)).toBe(44);
    // Below: its bottom becomes the bottom.
    expect(scrollToShow(offsets, 9, 0, 200, 0)).toBe(364);
    // Taller than the viewport: its top shows.
    expect(scrollToShow(offsets, 3, 0, 100, 0)).toBe(124);
    expect(scrollToShow(offsets, 3, 400, 100, 0)).toBe(124);
  });

  it("keeps an item clear of a sticky header that covers the top of the viewport", () => {
    // Row 5 starts at 364; 44 px of group header over the top: it is scrolled to 320, not 364.
    expect(scrollToShow(offsets, 5, 400, 200, 44)).toBe(320);
    // Still visible below the header: stay.
    expect(scrollToShow(offsets, 5, 300, 200, 44)).toBe(300);
    // Below: the header changes nothing at the bottom.
    expect(scrollToShow(offsets, 9, 0, 200, 44)).toBe(364);
  });
});
