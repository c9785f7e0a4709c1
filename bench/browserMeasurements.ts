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
  armFilterProbe(): void;
  readFilterProbe(): Promise<{ commitMs: number; settledMs: number }>;
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
  const { gridRows } = options;

  for (let run = 1; run <= options.runs; run += 1) {
    // A fresh page each run: the control's code starts cold, as when a form opens.
    const page = await openBenchPage(browser, benchUrl);
    try {
      const mounted = await bench(page, "mountGrid", gridRows);
      if (mounted.loadedRows !== gridRows) throw new Error(`the grid loaded ${mounted.loadedRows} of ${gridRows} rows`);
      firstRender.push(mounted.firstRenderMs);
      inUpdateView.push(mounted.updateViewMs);
      allRowsCommitted.push(mounted.allRowsCommittedMs);
      updateViewCalls = mounted.updateViews;

      const input = page.locator("#bench-grid input").first();
      await input.focus();
      for (const key of options.filterKeys) {
        await bench(page, "armFilterProbe");
        await page.keyboard.type(key);
        const probe = await bench(page, "readFilterProbe");
        filterCommit.push(probe.commitMs);
        filterSettled.push(probe.settledMs);
      }
      await bench(page, "unmountGrid");

      const updates = await bench(page, "timelineUpdates", options.timelineUpdates);
      // The first updates warm the code up; each run contributes its median.
      timeline.push(summarize(updates.slice(Math.min(5, updates.length - 1))).median);
      log(
        `  run ${run}/${options.runs}: grid first render ${mounted.firstRenderMs.toFixed(1)} ms (all rows committed at ${mounted.allRowsCommittedMs.toFixed(1)} ms; ${mounted.updateViewMs.toFixed(1)} ms in ${mounted.updateViews} updateView calls), filter commits ${filterCommit
          .slice(-options.filterKeys.length)
          .map((value) => value.toFixed(1))
          .join("/")} ms, timeline updateView ${timeline[timeline.length - 1].toFixed(2)} ms`,
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
  };
}
