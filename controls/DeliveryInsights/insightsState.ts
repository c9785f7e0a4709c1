import type { CountFigures } from "../../domain/insights/countFigures";
import type { InsightFilters } from "../../domain/insights/filters";
import type { Coverage } from "../../domain/insights/paging";
import type { InsightPeriod, PeriodChoice, PeriodProblem } from "../../domain/insights/period";
import type { TimeFigures } from "../../domain/insights/timeMetrics";
import type { WebApiFailure } from "../shared/webApiError";

/** Where the count figures (status, result, dial mode, per queue and configuration, codes) come from. */
export type CountPath = "aggregate" | "fallback";

/** The count figures: asked of the server, answered, or failed (a failure the fallback cannot help). */
export type CountsState =
  { kind: "loading" } | { kind: "ready"; figures: CountFigures } | { kind: "failed"; failure: WebApiFailure };

/** A paged flat read: the time read, or on the fallback path the read that gives every figure. */
export type ReadState =
  | { kind: "reading"; coverage: Coverage }
  | { kind: "done"; coverage: Coverage }
  | { kind: "failed"; coverage: Coverage; failure: WebApiFailure };

export type NamesState = { kind: "loading" } | { kind: "ready" } | { kind: "failed"; failure: WebApiFailure };

/** What the filter lists offer: the breakdowns of the period with no filter applied. */
export interface FilterOption {
  key: string;
  /** The stored texts the option stands for (InsightFilters take stored texts). */
  storedTexts: string[];
  /** What to show: a name, an id, a documented value's kind, or a stored text. */
  kind: string;
  text: string;
  id?: string;
}

export type FilterKey = "queue" | "configuration" | "dialMode" | "channel";

export type FilterOptions = Readonly<Record<FilterKey, readonly FilterOption[]>>;

export type FilterSelection = Readonly<Record<FilterKey, readonly string[]>>;

export interface InsightsState {
  choice: PeriodChoice;
  /** Undefined while the choice is no valid period (problem says why). */
  period?: InsightPeriod;
  problem?: PeriodProblem;
  /** Option keys chosen per filter. */
  selection: FilterSelection;
  filters: InsightFilters;
  options: FilterOptions;
  path: CountPath;
  counts: CountsState;
  /** The time figures (and on the fallback path the counts) from the flat read. */
  time?: TimeFigures;
  read: ReadState;
  /** Aggregate requests and flat pages sent for the current period and filters. */
  requests: number;
  /** Queue and configuration names by id (lower case), from one batched query per table. */
  names: { queue: ReadonlyMap<string, string>; configuration: ReadonlyMap<string, string> };
  namesState: NamesState;
}

export const noSelection: FilterSelection = { queue: [], configuration: [], dialMode: [], channel: [] };

export const noOptions: FilterOptions = { queue: [], configuration: [], dialMode: [], channel: [] };

/** The phase a page (and the bench) reads off the control's root: loading, partial, complete or failed. */
export type InsightsPhase = "loading" | "partial" | "complete" | "failed";

export function phaseOf(state: InsightsState): InsightsPhase {
  if (state.period === undefined) return "failed";
  const failed = state.counts.kind === "failed" || state.read.kind === "failed" || state.namesState.kind === "failed";
  if (failed) return "failed";
  const shown = state.counts.kind === "ready" || state.time !== undefined;
  if (!shown) return "loading";
  const done = state.counts.kind === "ready" && state.read.kind === "done" && state.namesState.kind === "ready";
  return done ? "complete" : "partial";
}
