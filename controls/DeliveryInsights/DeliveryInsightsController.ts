import { countFiguresByAggregates } from "../../domain/insights/aggregatePath";
import { createInsightAccumulator, type InsightAccumulator } from "../../domain/insights/accumulator";
import type { CountFigures } from "../../domain/insights/countFigures";
import { defaultRowCap, flatReadPlan, type FlatRead, type FlatReadPlan } from "../../domain/insights/flatQuery";
import type { InsightFilters } from "../../domain/insights/filters";
import type { GroupRow } from "../../domain/insights/groups";
import { distinctIds, nameQueries, namesFrom, type NamedKind, type NameQuery } from "../../domain/insights/names";
import { afterPage, coverageOf, startFlatRead, type FlatReadState } from "../../domain/insights/paging";
import { customDayRange, periodOf, type PeriodChoice, type PeriodOutcome } from "../../domain/insights/period";
import { retryAfterMs } from "../shared/retryAfter";
import { createStore, type Store } from "../shared/useStore";
import { classifyWebApiError, type WebApiFailure } from "../shared/webApiError";
import { filtersOf, optionsOf } from "./filterOptions";
import { readNames, readPage, sendAggregate } from "./insightReads";
import { noOptions, noSelection, type FilterKey, type InsightsState } from "./insightsState";
import { viewUrl } from "./drillDown";

type WebApi = Pick<ComponentFramework.WebApi, "retrieveMultipleRecords">;
type Navigation = Pick<ComponentFramework.Navigation, "openUrl">;

/** A flat read under way: superseded (and so stopped) when another read starts. */
interface ReadRun {
  generation: number;
  read: FlatRead;
  plan: FlatReadPlan;
  state: FlatReadState;
  accumulator: InsightAccumulator;
}

/** Throttled or timed-out pages are tried again after Retry-After, this many times, before the user is asked. */
export const pageRetries = 3;

/** Failures no flat read can avoid: the fallback would meet the same answer. */
const notRefusals = new Set<WebApiFailure>(["throttled", "forbidden", "offline"]);

function initialState(choice: PeriodChoice): InsightsState {
  return {
    choice,
    selection: noSelection,
    filters: {},
    options: noOptions,
    path: "aggregate",
    counts: { kind: "loading" },
    read: { kind: "reading", coverage: { rowsRead: 0, complete: false, capped: false } },
    requests: 0,
    names: { queue: new Map(), configuration: new Map() },
    namesState: { kind: "loading" },
  };
}

/** The state without a period, its problem or time figures: what shows while no valid period is chosen. */
function withoutPeriod(state: InsightsState): InsightsState {
  const kept = { ...state };
  delete kept.period;
  delete kept.problem;
  delete kept.time;
  return kept;
}

function validCap(rowCap: number | null | undefined): number {
  return typeof rowCap === "number" && Number.isInteger(rowCap) && rowCap > 0 ? rowCap : defaultRowCap;
}

/**
 * Reads the insight figures for the chosen period and filters. Counts come from server
 * aggregates, both waves in parallel, while a flat read of the date columns gives the time
 * figures; when the server refuses an aggregate, one flat read of every needed column gives
 * all figures instead. Each page's figures reach the store as it arrives; a failed page keeps
 * them and waits for retry. A newer period or filter makes every older answer stale.
 */
export class DeliveryInsightsController {
  private readonly state = createStore<InsightsState>(initialState({ preset: "last7Days" }));
  readonly store: Store<InsightsState> = this.state;
  private generation = 0;
  private cap = defaultRowCap;
  private started = false;
  private run?: ReadRun;
  private disposed = false;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly asked: Record<NamedKind, Set<string>> = { queue: new Set(), configuration: new Set() };

  constructor(
    private readonly webAPI: WebApi,
    private readonly navigation: Navigation,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** From updateView: the first call starts the read; a changed row cap reads again; anything else costs nothing. */
  show(rowCap: number | null | undefined): void {
    const cap = validCap(rowCap);
    if (this.started && cap === this.cap) return;
    this.started = true;
    this.cap = cap;
    this.load();
  }

  choosePreset = (preset: Exclude<PeriodChoice["preset"], "custom">): void => {
    this.update({ choice: { preset } });
    this.load();
  };

  /** A custom range of whole UTC days, "yyyy-MM-dd" each, both included. */
  chooseDays = (firstDay: string, lastDay: string): void => {
    const outcome = customDayRange(firstDay, lastDay);
    if (!outcome.ok) {
      this.generation += 1;
      this.run = undefined;
      this.state.set({ ...withoutPeriod(this.state.get()), problem: outcome.problem });
      return;
    }
    this.update({ choice: { preset: "custom", start: outcome.period.start, end: outcome.period.end } });
    this.load();
  };

  chooseFilter = (key: FilterKey, optionKeys: readonly string[]): void => {
    const selection = { ...this.state.get().selection, [key]: [...optionKeys] };
    this.update({ selection });
    this.load();
  };

  clearFilters = (): void => {
    this.update({ selection: noSelection });
    this.load();
  };

  /** Tries again what failed: the counts, the read from its failed page, or the names. */
  retry = (): void => {
    const current = this.state.get();
    const generation = this.generation;
    if (current.period === undefined) return;
    if (current.counts.kind === "failed") {
      this.update({ counts: { kind: "loading" } });
      void this.readCounts(generation);
    }
    const run = this.run;
    if (current.read.kind === "failed" && run && run.generation === generation) {
      this.update({ read: { kind: "reading", coverage: current.read.coverage } });
      void this.continueRead(run);
    }
    if (current.namesState.kind === "failed" && current.counts.kind === "ready") {
      void this.resolveNames(generation, current.counts.figures);
    }
  };

  /** Opens one of the experience's delivery views (a drill-down from a figure). */
  openView = (viewId: string): void => {
    this.navigation.openUrl(viewUrl(viewId));
  };

  dispose(): void {
    this.disposed = true;
    this.generation += 1;
    this.run = undefined;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private update(change: Partial<InsightsState>): void {
    this.state.set({ ...this.state.get(), ...change });
  }

  private isCurrent(generation: number): boolean {
    return !this.disposed && generation === this.generation;
  }

  private countRequest(generation: number, requests = 1): void {
    if (this.isCurrent(generation)) this.update({ requests: this.state.get().requests + requests });
  }

  private load(): void {
    const generation = ++this.generation;
    this.run = undefined;
    const current = this.state.get();
    const outcome: PeriodOutcome = periodOf(current.choice, this.now());
    const filters: InsightFilters = filtersOf(current.selection, current.options);
    if (!outcome.ok) {
      this.state.set({ ...withoutPeriod(current), problem: outcome.problem });
      return;
    }
    this.state.set({
      ...initialState(current.choice),
      selection: current.selection,
      options: current.options,
      names: current.names,
      filters,
      period: outcome.period,
    });
    void this.readCounts(generation);
    void this.startRead(generation, "time");
  }

  private async readCounts(generation: number): Promise<void> {
    const { period, filters } = this.state.get();
    if (period === undefined) return;
    const send = sendAggregate(this.webAPI);
    try {
      const result = await countFiguresByAggregates(period, filters, (query) => {
        this.countRequest(generation);
        return send(query);
      });
      if (!this.isCurrent(generation)) return;
      this.countsReady(generation, result.figures);
    } catch (error) {
      if (!this.isCurrent(generation)) return;
      const failure = classifyWebApiError(error);
      if (notRefusals.has(failure)) {
        this.update({ counts: { kind: "failed", failure } });
        return;
      }
      // The server refused a count (an error, or the aggregate row limit): one flat read of
      // every column a figure needs gives them all, the time figures included.
      this.update({ path: "fallback" });
      void this.startRead(generation, "fallback");
    }
  }

  private countsReady(generation: number, figures: CountFigures): void {
    const current = this.state.get();
    const unfiltered = Object.keys(current.filters).length === 0;
    this.update({
      counts: { kind: "ready", figures },
      ...(unfiltered ? { options: optionsOf(figures) } : {}),
      read: this.run ? this.readState(this.run, figures) : current.read,
    });
    void this.resolveNames(generation, figures);
  }

  private readState(run: ReadRun, known?: CountFigures): InsightsState["read"] {
    const counts = known ?? (this.state.get().counts.kind === "ready" ? this.countFigures() : undefined);
    const total = run.read === "fallback" ? undefined : counts?.deliveries;
    const coverage = coverageOf(run.state, total);
    return run.state.next === undefined ? { kind: "done", coverage } : { kind: "reading", coverage };
  }

  private countFigures(): CountFigures | undefined {
    const counts = this.state.get().counts;
    return counts.kind === "ready" ? counts.figures : undefined;
  }

  private async startRead(generation: number, read: FlatRead): Promise<void> {
    const { period, filters } = this.state.get();
    if (period === undefined || !this.isCurrent(generation)) return;
    const plan = flatReadPlan(read, period, filters, { cap: this.cap });
    const run: ReadRun = {
      generation,
      read,
      plan,
      state: startFlatRead(plan),
      accumulator: createInsightAccumulator({ counts: read === "fallback" }),
    };
    this.run = run;
    const kept = { ...this.state.get() };
    delete kept.time;
    this.state.set({ ...kept, read: { kind: "reading", coverage: coverageOf(run.state) } });
    await this.continueRead(run);
  }

  private async continueRead(run: ReadRun, attempt = 0): Promise<void> {
    const live = () => this.run === run && this.isCurrent(run.generation);
    while (run.state.next !== undefined) {
      if (!live()) return;
      const state = run.state;
      const options = state.next!;
      let page;
      try {
        this.countRequest(run.generation);
        page = await readPage(this.webAPI, run.plan, options, (rowCount) =>
          Math.min(rowCount, state.cap - state.rowsRead),
        );
      } catch (error) {
        if (!live()) return;
        const failure = classifyWebApiError(error);
        if ((failure === "throttled" || failure === "offline") && attempt < pageRetries) {
          await this.wait(failure === "throttled" ? retryAfterMs(error) : 1000);
          return this.continueRead(run, attempt + 1);
        }
        const coverage = coverageOf(run.state, run.read === "fallback" ? undefined : this.countFigures()?.deliveries);
        this.update({ read: { kind: "failed", coverage, failure } });
        return;
      }
      if (!live()) return;
      attempt = 0;
      run.state = afterPage(run.state, { rowCount: page.rowCount, nextLink: page.nextLink }).state;
      const figures = run.accumulator.addPage(page.rows);
      const change: Partial<InsightsState> = { time: figures.time };
      if (figures.counts) {
        change.counts = { kind: "ready", figures: figures.counts };
        if (Object.keys(this.state.get().filters).length === 0) change.options = optionsOf(figures.counts);
      }
      change.read = this.readState(run, figures.counts);
      // One store change a page: one render of the dashboard per page read.
      this.update(change);
    }
    const counts = this.countFigures();
    if (run.read === "fallback" && counts) void this.resolveNames(run.generation, counts);
  }

  private wait(milliseconds: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, milliseconds);
      this.timers.add(timer);
    });
  }

  private async resolveNames(generation: number, figures: CountFigures): Promise<void> {
    // Each id is asked for once a session: a name found is kept, an id that resolves to
    // nothing stays shown as its id without being asked for again.
    const unasked = (kind: NamedKind, rows: readonly GroupRow[]): string[] =>
      distinctIds(rows.flatMap((row) => row.storedTexts)).filter((id) => !this.asked[kind].has(id));
    const queries: NameQuery[] = [
      ...nameQueries("queue", unasked("queue", figures.perQueue)),
      ...nameQueries("configuration", unasked("configuration", figures.perConfiguration)),
    ];
    if (queries.length === 0) {
      this.update({ namesState: { kind: "ready" } });
      return;
    }
    this.update({ namesState: { kind: "loading" } });
    this.countRequest(generation, queries.length);
    try {
      const answers = await Promise.all(
        queries.map(async (query) => ({ query, records: await readNames(this.webAPI, query) })),
      );
      for (const { query } of answers) for (const id of query.ids) this.asked[query.kind].add(id);
      const names = this.state.get().names;
      const queue = new Map(names.queue);
      const configuration = new Map(names.configuration);
      for (const { query, records } of answers) {
        const target = query.kind === "queue" ? queue : configuration;
        for (const [id, name] of namesFrom(query.kind, records)) target.set(id, name);
      }
      // Names are the session's, not the period's: kept even when the period changed meanwhile.
      this.update({
        names: { queue, configuration },
        ...(this.isCurrent(generation) ? { namesState: { kind: "ready" as const } } : {}),
      });
    } catch (error) {
      if (!this.isCurrent(generation)) return;
      this.update({ namesState: { kind: "failed", failure: classifyWebApiError(error) } });
    }
  }
}
