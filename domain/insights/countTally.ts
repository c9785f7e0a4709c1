import {
  countSpecs,
  emptyRawCounts,
  type CountBreakdown,
  type CountSpecId,
  type CountSubset,
  type RawCounts,
} from "./countSpecs";
import { countFiguresOf, type CountFigures, type FigureReaders } from "./countFigures";
import { parseDispositionCodes } from "../delivery/dispositionParse";
import { groupIdentity } from "./groups";
import { memoized } from "./memo";
import type { InsightRow } from "./row";
import { isProcessedStatus, isSuccessResult } from "./rules";

/**
 * Raw counts filled incrementally, from aggregate answers (add) or from rows (addRows). A
 * row is put in each subset it belongs to and counted under its stored text for every
 * breakdown, exactly as the aggregate for that subset and breakdown would count it; raw()
 * hands out the counts of the specs (countSpecs.ts) only.
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

const rowFieldOf: Readonly<Record<CountBreakdown, RowField>> = {
  status: "status",
  result: "result",
  dialMode: "dialMode",
  channel: "channel",
  configuration: "configurationId",
  queue: "queueId",
  disposition: "dispositionCodes",
};

/**
 * One stored text's counts in every subset, changed in place. A row looks its text up once
 * per breakdown and adds to the subsets it is in: 7 map lookups a row instead of a get and a
 * set for each of the 14 specs.
 */
type Cell = Record<CountSubset, number>;

const breakdowns = Object.keys(rowFieldOf) as CountBreakdown[];

export function createCountTally(): CountTally {
  const cells = new Map<CountBreakdown, Map<string, Cell>>(breakdowns.map((breakdown) => [breakdown, new Map()]));
  const processed = memoized(isProcessedStatus);
  const success = memoized(isSuccessResult);
  const readers: FigureReaders = {
    parseDispositions: memoized(parseDispositionCodes),
    groupIdentity: memoized(groupIdentity),
  };
  const columns = breakdowns.map((breakdown) => ({ map: cells.get(breakdown)!, field: rowFieldOf[breakdown] }));
  const cellOf = (map: Map<string, Cell>, text: string): Cell => {
    let cell = map.get(text);
    if (!cell) {
      cell = { all: 0, processed: 0, successful: 0, withoutCallStart: 0, unattempted: 0 };
      map.set(text, cell);
    }
    return cell;
  };
  const raw = (): RawCounts => {
    const counts = emptyRawCounts();
    for (const entry of countSpecs) {
      const target = counts.get(entry.id)!;
      for (const [text, cell] of cells.get(entry.breakdown)!) {
        if (cell[entry.subset] > 0) target.set(text, cell[entry.subset]);
      }
    }
    return counts;
  };
  return {
    add(id, value, count) {
      const entry = countSpecs.find((candidate) => candidate.id === id);
      if (!entry) throw new Error(`No count spec ${id}`);
      if (!Number.isFinite(count) || count < 0) throw new RangeError(`Not a count of deliveries: ${count}`);
      if (count > 0) cellOf(cells.get(entry.breakdown)!, value ?? "")[entry.subset] += count;
    },
    addRows(rows) {
      for (const row of rows) {
        // Only a missing start is "no call start": an invalid date is a value the server would not call null.
        const withoutCallStart = row.callStart === null || row.callStart === undefined ? 1 : 0;
        // Neither a call started nor a message sent: nothing was attempted.
        const unattempted = withoutCallStart && (row.sentDate === null || row.sentDate === undefined) ? 1 : 0;
        const isProcessed = processed(row.status ?? "");
        const isSuccessful = isProcessed && success(row.result ?? "") ? 1 : 0;
        for (const { map, field } of columns) {
          const cell = cellOf(map, row[field] ?? "");
          cell.all += 1;
          cell.withoutCallStart += withoutCallStart;
          cell.unattempted += unattempted;
          if (isProcessed) cell.processed += 1;
          cell.successful += isSuccessful;
        }
      }
    },
    raw,
    figures() {
      return countFiguresOf(raw(), readers);
    },
  };
}
