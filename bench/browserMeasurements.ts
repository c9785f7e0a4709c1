/**
 * The render measurements, taken in headless Chromium on the preview's benchmark page with the
 * production bundles (see bench/README.md for what each number means).
 */
import type { Browser, Page } from "playwright-core";
import { summarize, type Summary } from "./stats";

interface BenchApi {
  mountGrid(rows: number): Promise<{
    firstRenderMs: number;
    allRowsCommittedMs: number;
    loadedRows: number;
    updateViews: number;
    updateViewMs: number;
  }>;
  mountReference(rows: number): Promise<{ firstRenderMs: number; renderedRows: number }>;
  unmountReference(): void;
  armFilterProbe(boxId?: string): void;
  readFilterProbe(boxId?: string): Promise<{ commitMs: number; settledMs: number }>;
  unmountGrid(): void;
  timelineUpdates(count: number): Promise<number[]>;
}

export interface BrowserResults {
  gridFirstRender: Summary;
  /** Of the first render: time inside updateView and its synchronous render, summed over the calls. */
  gridFirstRenderInUpdateView: Summary;
  /** From construction to the end of the updateView that committed every row. */
  gridAllRowsCommitted: Summary;
  gridUpdateViewCalls: number;
  gridFilterCommit: Summary;
  gridFilterSettled: Summary;
  timelineUpdateView: Summary;
  gridRows: number;
  /** The peer on the same page: Fluent's grouped DetailsList over the same rows (issue 14, item 10). */
  referenceFirstRender: Summary;
  referenceFilterCommit: Summary;
  referenceFilterSettled: Summary;
  /** Per run, the grid's first render over the peer's in that run (below 1: the grid is faster). */
  firstRenderRatios: number[];
  filterCommitRatios: number[];
}

async function openBenchPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector("body[data-bench-ready=true]", { state: "attached" });
  if (errors.length > 0) throw new Error(`The benchmark page logged errors:\n${errors.join("\n")}`);
  return page;
}

/** Calls a function of window.__pdxPreview.bench in the page. */
function bench<K extends keyof BenchApi>(
  page: Page,
  name: K,
  ...args: Parameters<BenchApi[K]>
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    `window.__pdxPreview.bench.${name}(${args.map((arg) => JSON.stringify(arg)).join(",")})`,
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

export async function measureInBrowser(
  browser: Browser,
  benchUrl: string,
  options: { runs: number; gridRows: number; filterKeys: string; timelineUpdates: number },
  log: (line: string) => void,
): Promise<BrowserResults> {
  const firstRender: number[] = [];
  const inUpdateView: number[] = [];
  const allRowsCommitted: number[] = [];
  let updateViewCalls = 0;
  const filterCommit: number[] = [];
  const filterSettled: number[] = [];
  const timeline: number[] = [];
  const referenceFirstRender: number[] = [];
  const referenceFilterCommit: number[] = [];
  const referenceFilterSettled: number[] = [];
  const firstRenderRatios: number[] = [];
  const filterCommitRatios: number[] = [];
  const { gridRows } = options;

  /** Types the filter keys into a box's first input, one probe per key; returns the commit times. */
  const typeFilter = async (page: Page, boxId: string, commits: number[], settles: number[]): Promise<number[]> => {
    const mine: number[] = [];
    await page.locator(`#${boxId} input`).first().focus();
    for (const key of options.filterKeys) {
      await bench(page, "armFilterProbe", boxId);
      await page.keyboard.type(key);
      const probe = await bench(page, "readFilterProbe", boxId);
      commits.push(probe.commitMs);
      settles.push(probe.settledMs);
      mine.push(probe.commitMs);
    }
    return mine;
  };
  const measureReference = async (page: Page): Promise<{ firstRenderMs: number; commits: number[] }> => {
    const mounted = await bench(page, "mountReference", gridRows);
    if (mounted.renderedRows === 0) throw new Error("the DetailsList reference rendered no rows");
    referenceFirstRender.push(mounted.firstRenderMs);
    const commits = await typeFilter(page, "bench-reference", referenceFilterCommit, referenceFilterSettled);
    await bench(page, "unmountReference");
    return { firstRenderMs: mounted.firstRenderMs, commits };
  };

  for (let run = 1; run <= options.runs; run += 1) {
    // A fresh page each run: the control's code starts cold, as when a form opens.
    const page = await openBenchPage(browser, benchUrl);
    try {
      // The peer goes first on even runs, so neither always meets a page the other warmed up.
      const referenceFirst = run % 2 === 0;
      const reference = referenceFirst ? await measureReference(page) : undefined;
      const mounted = await bench(page, "mountGrid", gridRows);
      if (mounted.loadedRows !== gridRows) throw new Error(`the grid loaded ${mounted.loadedRows} of ${gridRows} rows`);
      firstRender.push(mounted.firstRenderMs);
      inUpdateView.push(mounted.updateViewMs);
      allRowsCommitted.push(mounted.allRowsCommittedMs);
      updateViewCalls = mounted.updateViews;

      const gridCommits = await typeFilter(page, "bench-grid", filterCommit, filterSettled);
      await bench(page, "unmountGrid");
      const peer = reference ?? (await measureReference(page));
      firstRenderRatios.push(mounted.firstRenderMs / peer.firstRenderMs);
      filterCommitRatios.push(summarize(gridCommits).median / summarize(peer.commits).median);

      const updates = await bench(page, "timelineUpdates", options.timelineUpdates);
      // The first updates warm the code up; each run contributes its median.
      timeline.push(summarize(updates.slice(Math.min(5, updates.length - 1))).median);
      log(
        `  run ${run}/${options.runs}: grid first render ${mounted.firstRenderMs.toFixed(1)} ms (all rows committed at ${mounted.allRowsCommittedMs.toFixed(1)} ms; ${mounted.updateViewMs.toFixed(1)} ms in ${mounted.updateViews} updateView calls), filter commits ${filterCommit
          .slice(-options.filterKeys.length)
          .map((value) => value.toFixed(1))
          .join(
            "/",
          )} ms, timeline updateView ${timeline[timeline.length - 1].toFixed(2)} ms; DetailsList ${referenceFirst ? "before" : "after"} it: first render ${peer.firstRenderMs.toFixed(1)} ms, filter commits ${peer.commits
          .map((value) => value.toFixed(1))
          .join("/")} ms`,
      );
    } finally {
      await page.close();
    }
  }
  return {
    gridFirstRender: summarize(firstRender),
    gridFirstRenderInUpdateView: summarize(inUpdateView),
    gridAllRowsCommitted: summarize(allRowsCommitted),
    gridUpdateViewCalls: updateViewCalls,
    gridFilterCommit: summarize(filterCommit),
    gridFilterSettled: summarize(filterSettled),
    timelineUpdateView: summarize(timeline),
    gridRows,
    referenceFirstRender: summarize(referenceFirstRender),
    referenceFilterCommit: summarize(referenceFilterCommit),
    referenceFilterSettled: summarize(referenceFilterSettled),
    firstRenderRatios,
    filterCommitRatios,
  };
}
