/**
 * ContactDeliveries' first paint on the preview's contact form, in headless Chromium: how many
 * Web API requests the control makes before its delivery list and the newest delivery's
 * attributes are on screen, and how long that takes from the control's init.
 *
 * The preview timestamps the host's construction (`hosts[...].constructedAt`) but not init, so
 * an init script wraps the constructor's `init` as the bundle registers it through
 * `ComponentFramework.registerControl` (the loader's `registerControl ??=` lands in a setter
 * that wraps it). A `MutationObserver` on the document notes the first DOM change after which
 * the control's container holds `ul.pdx-cd-list` with an `li.pdx-cd-item` and
 * `section.pdx-cd-attributes` with a `.pdx-ag-grid`: the commit that shows both (React 16
 * commits synchronously, so the observer runs right after it). The requests counted are those
 * the sample Web API logged (it logs a request when it answers, with its startedAt) that started
 * between init and that commit.
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
  constructedAt?: number;
  firstPaintAt?: number;
  /** The animation frame after the first-paint commit (the frame that draws it). */
  firstFrameAt?: number;
  itemsAtFirstPaint?: number;
  /** `[role=row]` in the attribute grid: the attributes and their Input / Result group headers. */
  gridRowsAtFirstPaint?: number;
}

export interface FirstPaintRun {
  requestsUntilFirstPaint: number;
  initToFirstPaintMs: number;
  initToFirstFrameMs: number;
  /** From the host's constructedAt (just before the constructor) to init: what the init hook leaves out. */
  constructToInitMs: number;
  itemsAtFirstPaint: number;
  gridRowsAtFirstPaint: number;
  /** Of init → first paint, the time some request counted was waiting for its answer (latency + the sample store's query work). */
  inWebApiMs: number;
  /** Requests that started after first paint, within the settle time. */
  requestsAfterFirstPaint: number;
  requests: string[];
}

export interface ContactFirstPaint {
  url: string;
  latencyMs: number;
  runs: FirstPaintRun[];
  requestsUntilFirstPaint: Summary;
  initToFirstPaint: Summary;
  initToFirstFrame: Summary;
  /** init → first paint minus the time a request was in flight: the control's own work, React and layout. */
  outsideWebApi: Summary;
}

/** The control's name in the manifest, as the bundle registers it. */
const controlName = "ContactDeliveries";

const probeScript = `(() => {
  const probe = {};
  window.__pdxBenchContactProbe = probe;
  ${initProbeSource(controlName)}
  const check = () => {
    if (probe.firstPaintAt !== undefined || probe.initAt === undefined) return;
    const root = document.querySelector('[data-control=${JSON.stringify(controlName)}]');
    if (!root) return;
    const items = root.querySelectorAll("ul.pdx-cd-list li.pdx-cd-item");
    const grid = root.querySelector("section.pdx-cd-attributes .pdx-ag-grid");
    if (items.length === 0 || !grid) return;
    probe.firstPaintAt = performance.now();
    probe.itemsAtFirstPaint = items.length;
    probe.gridRowsAtFirstPaint = grid.querySelectorAll('[role="row"]').length;
    requestAnimationFrame(() => { probe.firstFrameAt = performance.now(); });
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})();`;

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

async function measureOnce(page: Page, url: string, settleMs: number): Promise<FirstPaintRun> {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(probeScript);
  await page.goto(url);
  try {
    await page.waitForFunction("window.__pdxBenchContactProbe.firstFrameAt !== undefined", undefined, {
      timeout: 20_000,
      polling: 50,
    });
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
    const slot = (await page
      .evaluate(`document.querySelector('[data-control=${JSON.stringify(controlName)}]')?.dataset.status`)
      .catch(() => undefined)) as string | undefined;
    const probe = (await page.evaluate("window.__pdxBenchContactProbe").catch(() => ({}))) as Probe;
    throw new Error(
      `${controlName}: no first paint on ${url} within 20 s (slot ${slot ?? "missing"}, init ${probe.initAt === undefined ? "not called" : "called"})${errors.length > 0 ? `; the page logged:\n${errors.join("\n")}` : ""}`,
    );
  }
  // Requests are logged when answered: let the ones in flight at first paint answer.
  await page.waitForTimeout(settleMs);
  const probe = (await page.evaluate("window.__pdxBenchContactProbe")) as Probe;
  const constructedAt = (await page.evaluate(`window.__pdxPreview.hosts["contact-deliveries"]?.constructedAt`)) as
    number | undefined;
  const requests = (await page.evaluate("window.__pdxPreview.requests()")) as LoggedRequest[];
  if (errors.length > 0) throw new Error(`The contact page logged errors:\n${errors.join("\n")}`);
  const { initAt, firstPaintAt, firstFrameAt } = probe;
  if (initAt === undefined || firstPaintAt === undefined || firstFrameAt === undefined)
    throw new Error(`${controlName}: no init or first paint observed on ${url}`);
  const started = (request: LoggedRequest): number => request.startedAt ?? NaN;
  const untilFirstPaint = requests.filter((r) => started(r) >= initAt && started(r) <= firstPaintAt);
  const afterFirstPaint = requests.filter((r) => started(r) > firstPaintAt);
  return {
    requestsUntilFirstPaint: untilFirstPaint.length,
    inWebApiMs: unionLength(untilFirstPaint.map((r) => [started(r), Math.min(r.answeredAt ?? NaN, firstPaintAt)])),
    initToFirstPaintMs: firstPaintAt - initAt,
    initToFirstFrameMs: firstFrameAt - initAt,
    constructToInitMs: constructedAt === undefined ? NaN : initAt - constructedAt,
    itemsAtFirstPaint: probe.itemsAtFirstPaint ?? 0,
    gridRowsAtFirstPaint: probe.gridRowsAtFirstPaint ?? 0,
    requestsAfterFirstPaint: afterFirstPaint.length,
    requests: untilFirstPaint.map(
      (r) =>
        `${r.operation} ${r.entityType}${r.maxPageSize === undefined ? "" : ` maxPageSize ${r.maxPageSize}`} → ${r.error ?? `${String(r.rows)} rows`}`,
    ),
  };
}

/** Opens `url` (the contact page, with its latency) on a fresh page per run. */
export async function measureContactFirstPaint(
  browser: Browser,
  url: string,
  options: { runs: number; latencyMs: number },
  log: (line: string) => void,
): Promise<ContactFirstPaint> {
  const runs: FirstPaintRun[] = [];
  for (let run = 1; run <= options.runs; run += 1) {
    // A fresh page each run: the control's code starts cold, as when a form opens.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const result = await measureOnce(page, url, Math.max(500, options.latencyMs * 5));
      runs.push(result);
      log(
        `  contact run ${run}/${options.runs} at ${options.latencyMs} ms latency: ${result.requestsUntilFirstPaint} requests until first paint, init → first paint ${result.initToFirstPaintMs.toFixed(1)} ms, ${result.inWebApiMs.toFixed(1)} ms of it awaiting the Web API (${result.itemsAtFirstPaint} deliveries, ${result.gridRowsAtFirstPaint} attribute grid rows with group headers; ${result.requestsAfterFirstPaint} requests after it)`,
      );
    } finally {
      await page.close();
    }
  }
  return {
    url,
    latencyMs: options.latencyMs,
    runs,
    requestsUntilFirstPaint: summarize(runs.map((run) => run.requestsUntilFirstPaint)),
    initToFirstPaint: summarize(runs.map((run) => run.initToFirstPaintMs)),
    initToFirstFrame: summarize(runs.map((run) => run.initToFirstFrameMs)),
    outsideWebApi: summarize(runs.map((run) => run.initToFirstPaintMs - run.inWebApiMs)),
  };
}
