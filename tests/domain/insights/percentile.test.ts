import { distributionOf, nearestRank } from "../../../domain/insights";

describe("nearest-rank percentiles", () => {
  it("take the value at rank ceil(p / 100 * n)", () => {
    const sorted = [15, 20, 35, 40, 50];
    expect(nearestRank(sorted, 5)).toBe(15);
    expect(nearestRank(sorted, 30)).toBe(20);
    expect(nearestRank(sorted, 40)).toBe(20);
    expect(nearestRank(sorted, 50)).toBe(35);
    expect(nearestRank(sorted, 90)).toBe(50);
    expect(nearestRank(sorted, 100)).toBe(50);
    expect(nearestRank([7], 50)).toBe(7);
    expect(nearestRank([1, 2], 50)).toBe(1);
  });

  it("have none for no data or a percent outside (0, 100]", () => {
    expect(nearestRank([], 50)).toBeUndefined();
    for (const percent of [0, -1, 101, Number.NaN]) expect(nearestRank([1, 2, 3], percent)).toBeUndefined();
  });

  it("sort numerically, not as text, and leave the input as it was", () => {
    const values = [100, 9, 20, 3];
    expect(distributionOf(values)).toEqual({ count: 4, min: 3, median: 9, p90: 100, max: 100 });
    expect(values).toEqual([100, 9, 20, 3]);
    expect(distributionOf([])).toEqual({ count: 0 });
  });
});
