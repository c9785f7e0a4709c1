import { estimateChipWidth, visibleChipCount } from "../../../domain/delivery";

describe("visibleChipCount", () => {
  const codes = Array.from({ length: 30 }, (_, index) => `Code${String(index).padStart(2, "0")}`);

  it("shows everything when it fits", () => {
    expect(visibleChipCount(["A", "B"], { availableWidth: 300 })).toBe(2);
    expect(visibleChipCount([], { availableWidth: 300 })).toBe(0);
  });

  it("collapses what does not fit in the rows, leaving room for the +N chip", () => {
    // A "Code00" chip is 58 px; four with 4 px gaps take 244 px.
    expect(estimateChipWidth("Code00", false)).toBe(58);
    // 300 px: four per row, and the 44 px "+N" still fits after the fourth on row two.
    expect(visibleChipCount(codes, { availableWidth: 300, maxRows: 2 })).toBe(8);
    // 250 px: four per row, but "+N" pushes the fourth chip of row two out.
    expect(visibleChipCount(codes, { availableWidth: 250, maxRows: 2 })).toBe(7);
    expect(visibleChipCount(codes, { availableWidth: 250, maxRows: 1 })).toBe(3);
  });

  it("shows more in a wider field and fewer when chips carry remove buttons", () => {
    const narrow = visibleChipCount(codes, { availableWidth: 300 });
    expect(visibleChipCount(codes, { availableWidth: 900 })).toBeGreaterThan(narrow);
    expect(visibleChipCount(codes, { availableWidth: 300, removable: true })).toBeLessThan(narrow);
  });

  it("assumes a narrow field when the host gives no width", () => {
    expect(visibleChipCount(codes, { availableWidth: -1 })).toBe(visibleChipCount(codes, { availableWidth: 300 }));
  });

  it("never shows a negative count, even for one very long code in a tiny field", () => {
    expect(visibleChipCount(["X".repeat(500), "Y"], { availableWidth: 50, maxRows: 1 })).toBe(0);
  });
});
