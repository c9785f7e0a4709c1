/**
 * DeliveryInsights on the preview's dashboard over the large sample, in headless Chromium: the
 * Web API requests and the time from the control's init to its first figures and to its last,
 * on the aggregate path and on the fallback path (`&aggregates=refuse`).
 *
 * The control's contract: its root `.pdx-insights` carries `data-state` (`loading` until a
 * figure is on screen, `partial` while reads continue, `complete`, `failed`) and `data-path`
 * (`aggregate` | `fallback`). A `MutationObserver` installed before the page's scripts notes the
 * first DOM change after which `data-state` is no longer `loading` (first figures: React 16
 * commits synchronously, so it runs right after that commit) and the one after which it is
 * `complete` (or `failed`). The clock starts when the control's `init` is called: the same init
 * script wraps the constructor's `init` as the bundle hands it to
 * `ComponentFramework.registerControl` (as bench/contactFirstPaint.ts does).
 *
 * The page's `Date` is fixed at the data's `now` (an init script; `performance.now()` keeps
 * running), so the control's default period, the 7 days before its `new Date()`, is exactly the
 * one the large sample filled: it holds exactly `deliveries` rows.
 *
 * Requests: the sample Web API's own log (`window.__pdxPreview.requests()`, each with its
 * `startedAt` and `answeredAt`), read after the control is complete and a settle time, those
 * that started from init on: until first figures and until complete, by kind (aggregate,
 * flat page, name query) and as one line each.
 */
import type { Browser, Page } from "playwright-core";
import { initProbeSource } from "./initProbe";
import { summarize, type Summary } from "./stats";

interface LoggedRequest {
  operation: string;
  entityType: string;
  options?: string;
  maxPageSize?: number;
  rows?: number;
  startedAt?: number;
  answeredAt?: number;
  error?: string;
}

interface Probe {
  initAt?: number;
  firstFiguresAt?: number;
  firstState?: string;
  firstPath?: string;
  doneAt?: number;
  doneState?: string;
  donePath?: string;
  /** `data-state` values in the order they appeared. */
  states: string[];
}

export type InsightsPath = "aggregate" | "fallback";

export interface InsightsRun {
  path: string;
  state: string;
  /** `data-state` right after the first figures: partial or complete. */
  firstState: string;
  initToFirstFiguresMs: number;
  initToCompleteMs: number;
  requestsUntilFirstFigures: number;
  requestsUntilComplete: number;
  /** Requests started after complete, within the settle time (none expected). */
  requestsAfterComplete: number;
  /** Of init → complete, the time some request was waiting for its answer (latency + the sample store's query work). */
  inWebApiMs: number;
  byKind: Record<string, number>;
  refused: number;
  requests: string[];
}

export interface InsightsMeasurement {
  url: string;
  path: InsightsPath;
  latencyMs: number;
  deliveries: number;
  runs: InsightsRun[];
  initToFirstFigures: Summary;
  initToComplete: Summary;
  outsideWebApi: Summary;
}

const controlName = "DeliveryInsights";

function probeScript(fixedNow: number): string {
  return `(() => {
  // The control's clock at the data's now: Date is fixed, performance.now() runs on.
  const RealDate = Date;
  const fixed = ${JSON.stringify(fixedNow)};
  function FixedDate(...args) {
    if (!new.target) return new RealDate(fixed).toString();
    return args.length === 0 ? new RealDate(fixed) : new RealDate(...args);
  }
  FixedDate.prototype = RealDate.prototype;
  FixedDate.now = () => fixed;
  FixedDate.parse = RealDate.parse;
  FixedDate.UTC = RealDate.UTC;
  window.Date = FixedDate;

  const probe = { states: [] };
  window.__pdxBenchInsightsProbe = probe;
  ${initProbeSource(controlName)}
  const check = () => {
    if (probe.initAt === undefined || probe.doneAt !== undefined) return;
    const root = document.querySelector('[data-control=${JSON.stringify(controlName)}] .pdx-insights');
    if (!root) return;
    const state = root.getAttribute("data-state") || "";
    if (probe.states[probe.states.length - 1] !== state) probe.states.push(state);
    const now = performance.now();
    if (probe.firstFiguresAt === undefined && state !== "" && state !== "loading") {
      probe.firstFiguresAt = now;
      probe.firstState = state;
      probe.firstPath = root.getAttribute("data-path") || "";
    }
    if (state === "complete" || state === "failed") {
      probe.doneAt = now;
      probe.doneState = state;
      probe.donePath = root.getAttribute("data-path") || "";
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})();`;
}

/** Total length covered by the intervals (requests in flight at the same time count once). */
function unionLength(intervals: Array<[number, number]>): number {
  const sorted = intervals.filter(([start, end]) => end >= start).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = -Infinity;
  for (const [start, end] of sorted) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/** What a request was, for the per-kind counts. */
export function requestKind(request: Pick<LoggedRequest, "entityType" | "options">): string {
  const options = request.options ?? "";
  if (request.entityType !== "msdyn_proactive_delivery") return `names ${request.entityType}`;
  if (/^\??fetchXml=/.test(options)) return "aggregate";
  return /\$skiptoken=/.test(options) ? "flat page" : "flat read";
}

async function measureOnce(page: Page, url: string, fixedNow: number, settleMs: number): Promise<InsightsRun> {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(probeScript(fixedNow));
  await page.goto(url);
  try {
    await page.waitForFunction(
      `window.__pdxBenchInsightsProbe.doneAt !== undefined || document.querySelector('[data-control=${JSON.stringify(controlName)}]')?.dataset.status === "failed"`,
      undefined,
      { timeout: 180_000, polling: 100 },
    );
  } catch (error) {
    const probe = (await page.evaluate("window.__pdxBenchInsightsProbe").catch(() => ({}))) as Partial<Probe>;
    throw new Error(
      `${controlName}: not complete on ${url} within 180 s (init ${probe.initAt === undefined ? "not called" : "called"}, states ${JSON.stringify(probe.states ?? [])})${errors.length > 0 ? `; the page logged:\n${errors.join("\n")}` : ""}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const slot = (await page.evaluate(
    `document.querySelector('[data-control=${JSON.stringify(controlName)}]')?.dataset.status`,
  )) as string | undefined;
  if (slot === "failed") throw new Error(`${controlName} did not load on ${url}:\n${errors.join("\n")}`);
  await page.waitForTimeout(settleMs);
  const probe = (await page.evaluate("window.__pdxBenchInsightsProbe")) as Probe;
  const requests = (await page.evaluate("window.__pdxPreview.requests()")) as LoggedRequest[];
  // A refused aggregate is an error the control expects; anything else the page logs is not.
  const unexpected = errors.filter((line) => !/Aggregates are not supported|AggregateQueryRecordLimit/.test(line));
  if (unexpected.length > 0) throw new Error(`The dashboard page logged errors:\n${unexpected.join("\n")}`);
  const { initAt, firstFiguresAt, doneAt } = probe;
  if (initAt === undefined || firstFiguresAt === undefined || doneAt === undefined)
    throw new Error(`${controlName}: no init, first figures or completion observed on ${url}`);
  const started = (request: LoggedRequest): number => request.startedAt ?? NaN;
  const fromInit = requests.filter((r) => started(r) >= initAt);
  const untilFirst = fromInit.filter((r) => started(r) <= firstFiguresAt);
  const untilDone = fromInit.filter((r) => started(r) <= doneAt);
  const byKind: Record<string, number> = {};
  for (const request of untilDone) byKind[requestKind(request)] = (byKind[requestKind(request)] ?? 0) + 1;
  return {
    path: probe.donePath ?? "",
    state: probe.doneState ?? "",
    firstState: probe.firstState ?? "",
    initToFirstFiguresMs: firstFiguresAt - initAt,
    initToCompleteMs: doneAt - initAt,
    requestsUntilFirstFigures: untilFirst.length,
    requestsUntilComplete: untilDone.length,
    requestsAfterComplete: fromInit.length - untilDone.length,
    inWebApiMs: unionLength(untilDone.map((r) => [started(r), Math.min(r.answeredAt ?? NaN, doneAt)])),
    byKind,
    refused: untilDone.filter((r) => r.error !== undefined).length,
    requests: untilDone.map(
      (r) =>
        `${requestKind(r)}${r.maxPageSize === undefined ? "" : ` maxPageSize ${r.maxPageSize}`} → ${r.error ?? `${String(r.rows)} rows`}`,
    ),
  };
}

/**
 * Opens the dashboard over the large sample on a fresh page per run, on one path.
 * `baseUrl` is the preview server's; `now` the instant the data is generated around.
 */
export async function measureInsightsDashboard(
  browser: Browser,
  baseUrl: string,
  options: { runs: number; latencyMs: number; deliveries: number; now: string; path: InsightsPath },
  log: (line: string) => void,
): Promise<InsightsMeasurement> {
  const params = new URLSearchParams({
    page: "dashboard",
    deliveries: String(options.deliveries),
    now: options.now,
    latency: String(options.latencyMs),
    ...(options.path === "fallback" ? { aggregates: "refuse" } : {}),
  });
  const url = `${baseUrl}?${params.toString()}`;
  const fixedNow = Date.parse(options.now);
  const runs: InsightsRun[] = [];
  for (let run = 1; run <= options.runs; run += 1) {
    // A fresh page each run: the control's code starts cold, as when the dashboard opens.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const result = await measureOnce(page, url, fixedNow, Math.max(500, options.latencyMs * 5));
      if (result.state !== "complete") throw new Error(`${controlName} ended ${result.state} on ${url}`);
      if (result.path !== options.path)
        throw new Error(`${controlName} took the ${result.path} path on ${url}, not the ${options.path} path`);
      runs.push(result);
      log(
        `  insights ${options.path} run ${run}/${options.runs}: first figures (${result.firstState}) ${result.initToFirstFiguresMs.toFixed(0)} ms after ${result.requestsUntilFirstFigures} requests, complete ${result.initToCompleteMs.toFixed(0)} ms after ${result.requestsUntilComplete} (${Object.entries(
          result.byKind,
        )
          .map(([kind, count]) => `${count} ${kind}`)
          .join(", ")}; ${result.refused} refused)`,
      );
    } finally {
      await page.close();
    }
  }
  return {
    url,
    path: options.path,
    latencyMs: options.latencyMs,
    deliveries: options.deliveries,
    runs,
    initToFirstFigures: summarize(runs.map((run) => run.initToFirstFiguresMs)),
    initToComplete: summarize(runs.map((run) => run.initToCompleteMs)),
    outsideWebApi: summarize(runs.map((run) => run.initToCompleteMs - run.inWebApiMs)),
  };
}
