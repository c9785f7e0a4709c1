/**
 * Counts of deliveries by one text column's value, as a chart or table shows them. A
 * documented value is one bucket whatever its spelling ("complete", "Complete "); any other
 * text is its own bucket named by its text (never dropped, never merged into "other"); no
 * value at all is the empty bucket.
 */
export interface CountBucket {
  /** Stable id: the documented kind, "empty", or "text:<stored text>". */
  key: string;
  /** The documented value, "unrecognised" or "empty". */
  kind: string;
  /** What to show: the documented value's name, the stored text (trimmed), or "". */
  text: string;
  count: number;
  /** The stored texts counted here, for drill-down filters (eq compares exact text). */
  storedTexts: string[];
}

/** What a bucket needs of a value: the classifiers of domain/delivery fit. */
export type BucketClassifier = (raw: string) => { kind: string; text: string };

export function bucketIdentity(value: { kind: string; text: string }): { key: string; kind: string; text: string } {
  if (value.kind === "empty") return { key: "empty", kind: "empty", text: "" };
  if (value.kind === "unrecognised") {
    return { key: `text:${value.text}`, kind: value.kind, text: value.text };
  }
  return { key: value.kind, kind: value.kind, text: value.kind };
}

/** Largest first; equal counts by key, so the order never depends on the order rows came in. */
export function compareBuckets(a: { count: number; key: string }, b: { count: number; key: string }): number {
  return b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export function bucketsOf(counts: ReadonlyMap<string, number>, classify: BucketClassifier): CountBucket[] {
  const buckets = new Map<string, CountBucket>();
  for (const [stored, count] of counts) {
    if (count <= 0) continue;
    const identity = bucketIdentity(classify(stored));
    const bucket = buckets.get(identity.key);
    if (bucket) {
      bucket.count += count;
      bucket.storedTexts.push(stored);
    } else {
      buckets.set(identity.key, { ...identity, count, storedTexts: [stored] });
    }
  }
  const list = [...buckets.values()];
  for (const bucket of list) bucket.storedTexts.sort();
  return list.sort(compareBuckets);
}

export function sumOf(counts: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}
