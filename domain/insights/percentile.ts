/**
 * Nearest-rank percentiles: the p-th percentile of n sorted values is the value at rank
 * ceil(p / 100 * n). It is always one of the data's own values (never an interpolation
 * between two), so a median call duration is a duration some call really had.
 */
export function nearestRank(sorted: ArrayLike<number>, percent: number): number | undefined {
  if (sorted.length === 0 || !(percent > 0) || percent > 100) return undefined;
  const rank = Math.ceil((percent / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface Distribution {
  count: number;
  min?: number;
  median?: number;
  p90?: number;
  max?: number;
}

function distributionOfSorted(sorted: Float64Array): Distribution {
  if (sorted.length === 0) return { count: 0 };
  return {
    count: sorted.length,
    min: sorted[0],
    median: nearestRank(sorted, 50),
    p90: nearestRank(sorted, 90),
    max: sorted[sorted.length - 1],
  };
}

/** The figures of a list of finite numbers; the list is not changed. */
export function distributionOf(values: readonly number[]): Distribution {
  // A typed array sorts numerically and fast.
  return distributionOfSorted(Float64Array.from(values).sort());
}

/**
 * Values kept sorted as batches arrive: each batch is sorted on its own and merged in, so a
 * page costs its own sort plus one linear merge, and reading the figures after every page
 * never sorts everything read so far again.
 */
export class SortedValues {
  private sorted = new Float64Array(0);

  add(batch: readonly number[]): void {
    if (batch.length === 0) return;
    const incoming = Float64Array.from(batch).sort();
    const current = this.sorted;
    const merged = new Float64Array(current.length + incoming.length);
    let a = 0;
    let b = 0;
    let out = 0;
    while (a < current.length && b < incoming.length) {
      merged[out++] = current[a] <= incoming[b] ? current[a++] : incoming[b++];
    }
    while (a < current.length) merged[out++] = current[a++];
    while (b < incoming.length) merged[out++] = incoming[b++];
    this.sorted = merged;
  }

  get count(): number {
    return this.sorted.length;
  }

  distribution(): Distribution {
    return distributionOfSorted(this.sorted);
  }
}
