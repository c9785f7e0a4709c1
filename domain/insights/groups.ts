import { parseRecordId } from "../related/recordId";
import { compareBuckets } from "./buckets";
import { successRate } from "./rules";

/**
 * Delivery metrics per configuration or per queue: total, processed, success rate. The
 * columns hold ids as text, so one id stored in several spellings ({ABC...}, abc...) is one
 * row, keyed by the id as the Web API takes it (lower case, no braces); text that is no id is
 * its own row, named by its text; no id is the empty row.
 */
export interface GroupRow {
  /** The id in lower case without braces, "text:<stored text>" for a malformed id, or "empty". */
  key: string;
  kind: "id" | "malformed" | "empty";
  /** The id (kind id) to resolve a name for; undefined otherwise. */
  id?: string;
  /** What to show until a name is known: the id, the malformed text, or "". */
  text: string;
  /** Every spelling counted here, for drill-down filters. */
  storedTexts: string[];
  total: number;
  processed: number;
  successful: number;
  /** successful / processed; undefined when nothing was processed. */
  successRate?: number;
}

export function groupIdentity(stored: string): Pick<GroupRow, "key" | "kind" | "id" | "text"> {
  const parsed = parseRecordId(stored);
  if (parsed.kind === "empty") return { key: "empty", kind: "empty", text: "" };
  if (parsed.kind === "malformed") return { key: `text:${parsed.text}`, kind: "malformed", text: parsed.text };
  return { key: parsed.id, kind: "id", id: parsed.id, text: parsed.id };
}

export interface GroupCounts {
  total: ReadonlyMap<string, number>;
  processed: ReadonlyMap<string, number>;
  successful: ReadonlyMap<string, number>;
}

/** How a stored id is read: groupIdentity, or a tally's memo of it (memo.ts). */
export type GroupIdentityReader = (stored: string) => Pick<GroupRow, "key" | "kind" | "id" | "text">;

export function groupRowsOf(counts: GroupCounts, identityOf: GroupIdentityReader = groupIdentity): GroupRow[] {
  const rows = new Map<string, GroupRow>();
  const field = (map: ReadonlyMap<string, number>, name: "total" | "processed" | "successful"): void => {
    for (const [stored, count] of map) {
      if (count <= 0) continue;
      const identity = identityOf(stored);
      let row = rows.get(identity.key);
      if (!row) {
        row = { ...identity, storedTexts: [], total: 0, processed: 0, successful: 0 };
        rows.set(identity.key, row);
      }
      row[name] += count;
      if (!row.storedTexts.includes(stored)) row.storedTexts.push(stored);
    }
  };
  field(counts.total, "total");
  field(counts.processed, "processed");
  field(counts.successful, "successful");
  const list = [...rows.values()];
  for (const row of list) {
    row.storedTexts.sort();
    const rate = successRate(row.successful, row.processed);
    if (rate !== undefined) row.successRate = rate;
  }
  return list.sort((a, b) => compareBuckets({ count: a.total, key: a.key }, { count: b.total, key: b.key }));
}
