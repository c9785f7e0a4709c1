import { countSpecs, emptyRawCounts, type CountSpec, type CountSpecId, type RawCounts } from "./countSpecs";
import { countFiguresOf, type CountFigures } from "./countFigures";
import { memoized } from "./memo";
import type { InsightRow } from "./row";
import { isProcessedStatus, isSuccessResult } from "./rules";

/**
 * Raw counts filled incrementally, from aggregate answers (add) or from rows (addRows). A
 * row is put in each subset it belongs to and counted under its stored text for every
 * breakdown of that subset, exactly as the aggregate for that subset and breakdown would
 * count it.
 */
export interface CountTally {
  /** Adds `count` deliveries whose grouped column holds `value` (null or missing: no value). */
  add(id: CountSpecId, value: string | null | undefined, count: number): void;
  addRows(rows: readonly InsightRow[]): void;
  /** The counts so far; a copy, so later additions do not change it. */
  raw(): RawCounts;
  figures(): CountFigures;
}

type RowField = keyof Pick<
  InsightRow,
  "status" | "result" | "dialMode" | "channel" | "configurationId" | "queueId" | "dispositionCodes"
>;

const rowFieldOf: Readonly<Record<CountSpec["breakdown"], RowField>> = {
  status: "status",
  result: "result",
  dialMode: "dialMode",
  channel: "channel",
  configuration: "configurationId",
  queue: "queueId",
  disposition: "dispositionCodes",
};

export function createCountTally(): CountTally {
  const counts = emptyRawCounts();
  const processed = memoized(isProcessedStatus);
  const success = memoized(isSuccessResult);
  // Per subset, each breakdown's map and the row field it counts, looked up once.
  const plan = (subset: CountSpec["subset"]) =>
    countSpecs
      .filter((entry) => entry.subset === subset)
      .map((entry) => ({ map: counts.get(entry.id)!, field: rowFieldOf[entry.breakdown] }));
  const plans = {
    all: plan("all"),
    processed: plan("processed"),
    successful: plan("successful"),
    withoutCallStart: plan("withoutCallStart"),
    unattempted: plan("unattempted"),
  };
  const bump = (map: Map<string, number>, text: string, count: number): void => {
    map.set(text, (map.get(text) ?? 0) + count);
  };
  const addRowTo = (subset: keyof typeof plans, row: InsightRow): void => {
    for (const { map, field } of plans[subset]) bump(map, row[field] ?? "", 1);
  };
  return {
    add(id, value, count) {
      const map = counts.get(id);
      if (!map) throw new Error(`No count spec ${id}`);
      if (!Number.isFinite(count) || count < 0) throw new RangeError(`Not a count of deliveries: ${count}`);
      if (count > 0) bump(map, value ?? "", count);
    },
    addRows(rows) {
      for (const row of rows) {
        addRowTo("all", row);
        // Only a missing start is "no call start": an invalid date is a value the server would not call null.
        if (row.callStart === null || row.callStart === undefined) {
          addRowTo("withoutCallStart", row);
          if (row.sentDate === null || row.sentDate === undefined) addRowTo("unattempted", row);
        }
        if (!processed(row.status ?? "")) continue;
        addRowTo("processed", row);
        if (success(row.result ?? "")) addRowTo("successful", row);
      }
    },
    raw() {
      return new Map([...counts].map(([id, map]) => [id, new Map(map)]));
    },
    figures() {
      return countFiguresOf(counts);
    },
  };
}
