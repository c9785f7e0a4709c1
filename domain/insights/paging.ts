import { nextPageQuery } from "../deliveries/query";
import type { FlatReadPlan } from "./flatQuery";

/**
 * Where a flat read stands, as a reducer: each page that arrives gives the next state and
 * how many of its rows to add to the accumulator. A failed page changes nothing, so the
 * caller keeps the figures read so far on screen and retries `next` as it is.
 */
export interface FlatReadState {
  cap: number;
  rowsRead: number;
  pagesRead: number;
  /** The options of the page to read next; undefined once the read has stopped. */
  next?: string;
  /** Why the read stopped: every row read, or the cap reached with rows left. */
  stopped?: "complete" | "cap";
}

export function startFlatRead(plan: Pick<FlatReadPlan, "options" | "cap">): FlatReadState {
  return { cap: plan.cap, rowsRead: 0, pagesRead: 0, next: plan.options };
}

export interface PageOutcome {
  state: FlatReadState;
  /** Rows of this page to aggregate: all of them, or those up to the cap. */
  accept: number;
}

export function afterPage(state: FlatReadState, page: { rowCount: number; nextLink?: string | null }): PageOutcome {
  if (state.next === undefined) throw new Error("The read has stopped: no page was asked for");
  if (!Number.isInteger(page.rowCount) || page.rowCount < 0) throw new RangeError(`Not a row count: ${page.rowCount}`);
  const accept = Math.min(page.rowCount, state.cap - state.rowsRead);
  const rowsRead = state.rowsRead + accept;
  const base = { cap: state.cap, rowsRead, pagesRead: state.pagesRead + 1 };
  // Rows left out of this page, or a next page, mean the period holds more than the cap.
  const more = accept < page.rowCount || !!page.nextLink;
  if (!more) return { state: { ...base, stopped: "complete" }, accept };
  if (rowsRead >= state.cap) return { state: { ...base, stopped: "cap" }, accept };
  return { state: { ...base, next: nextPageQuery(page.nextLink!) }, accept };
}

/**
 * How much of the period the figures rest on. `total` is the number of deliveries of the
 * period when known: the rows read once the read completed, or the count from the
 * aggregates (CountFigures.deliveries) when they answered. "based on 100,000 of 412,337"
 * is rowsRead of total.
 */
export interface Coverage {
  rowsRead: number;
  total?: number;
  /** Every delivery of the period was read. */
  complete: boolean;
  /** Stopped at the cap with more deliveries left. */
  capped: boolean;
  /** 0..1, when total is known (1 for an empty period). */
  share?: number;
}

export function coverageOf(state: FlatReadState, knownTotal?: number): Coverage {
  const complete = state.stopped === "complete";
  const total = complete
    ? state.rowsRead
    : knownTotal !== undefined && Number.isFinite(knownTotal)
      ? Math.max(knownTotal, state.rowsRead)
      : undefined;
  return {
    rowsRead: state.rowsRead,
    ...(total === undefined ? {} : { total, share: total === 0 ? 1 : state.rowsRead / total }),
    complete,
    capped: state.stopped === "cap",
  };
}
