/**
 * One preview server and one headless Chromium for the whole run, and pages opened on a
 * preview address with everything a test checks collected: console errors, uncaught errors,
 * dialogs (an alert would mean injected script ran) and requests that left 127.0.0.1.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { repositoryRoot } from "../../tools/repositoryRoot";
import { startPreviewServer, type PreviewServer } from "../../preview/server/server";
import { launchChromium } from "../../tools/chromium";

export interface OpenedPage {
  page: Page;
  consoleErrors: string[];
  dialogs: string[];
  offHostRequests: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Emulate Windows high contrast (forced colours). */
  forcedColors?: boolean;
  width?: number;
  /**
   * Pins the page's clock (Date.now, new Date) to this instant while timers keep running: for
   * pages whose control takes "now" from the browser (the dashboard's default period), so the
   * period matches the sample data generated around the same instant.
   */
  clock?: string;
}

export class PreviewSession {
  readonly root = repositoryRoot();
  /** Sample data is generated around this instant on both sides, so tests can compute what the page shows. */
  readonly now = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString();
  private server: PreviewServer | undefined;
  private browser: Browser | undefined;
  private context: BrowserContext | undefined;

  async start(): Promise<void> {
    this.server = await startPreviewServer({ log: (line) => console.log(`# ${line}`) });
    if (this.server.failedControls.length > 0)
      throw new Error(`Controls did not build: ${this.server.failedControls.join(", ")}`);
    this.browser = await launchChromium();
    this.context = await this.newContext();
  }

  private newContext(): Promise<BrowserContext> {
    if (!this.browser) throw new Error("session not started");
    return this.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US", timezoneId: "UTC" });
  }

  async stop(): Promise<void> {
    await this.context?.close();
    await this.browser?.close();
    await this.server?.close();
  }

  url(query: Record<string, string>): string {
    if (!this.server) throw new Error("session not started");
    // A short Web API delay keeps loading states in play without slowing the run down. The forms
    // show every tab at once (tab=all), since most files check controls of several tabs on one
    // page; formLayout.e2e.ts opens them as a model-driven form does, one tab at a time (tab="").
    const params = new URLSearchParams({ page: "delivery", now: this.now, latency: "5", tab: "all", ...query });
    return `${this.server.url}?${params.toString()}`;
  }

  /** Opens a preview address and waits until every control is mounted and idle. */
  async open(query: Record<string, string>, options: OpenOptions = {}): Promise<OpenedPage> {
    if (!this.context || !this.server) throw new Error("session not started");
    // Playwright's clock belongs to the context, not the page: a pinned clock gets a context of
    // its own, so pages other tests have open at the same time keep theirs.
    const context = options.clock ? await this.newContext() : this.context;
    const page = await context.newPage();
    if (options.width) await page.setViewportSize({ width: options.width, height: 900 });
    if (options.forcedColors) await page.emulateMedia({ forcedColors: "active" });
    if (options.clock) await page.clock.setFixedTime(new Date(options.clock));
    const close = (): Promise<void> => (context === this.context ? page.close() : context.close());
    const opened: OpenedPage = { page, consoleErrors: [], dialogs: [], offHostRequests: [], close };
    page.on("console", (message) => {
      if (message.type() === "error") opened.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => opened.consoleErrors.push(`uncaught: ${error.message}`));
    page.on("dialog", (dialog) => {
      opened.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const origin = new URL(this.server.url).origin;
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("data:")) opened.offHostRequests.push(url);
    });
    await page.goto(this.url(query));
    await waitForIdle(page);
    return opened;
  }

  /** The benchmark page: no controls until a bench function mounts one. */
  async openBench(query: Record<string, string> = {}): Promise<OpenedPage> {
    if (!this.context) throw new Error("session not started");
    const page = await this.context.newPage();
    const opened: OpenedPage = { page, consoleErrors: [], dialogs: [], offHostRequests: [], close: () => page.close() };
    page.on("console", (message) => {
      if (message.type() === "error") opened.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => opened.consoleErrors.push(`uncaught: ${error.message}`));
    await page.goto(this.url({ page: "bench", latency: "0", ...query }));
    await page.waitForSelector("body[data-bench-ready=true]", { state: "attached" });
    return opened;
  }

  screenshotPath(name: string): string {
    const folder = path.join(this.root, "test-results", "screenshots");
    fs.mkdirSync(folder, { recursive: true });
    return path.join(folder, `${name}.png`);
  }
}

/**
 * Every control slot mounted or failed (a page without controls, such as the app shell's lists,
 * marks itself data-preview-ready instead), no Web API call in flight, and the DOM still for 150 ms.
 */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const slots = Array.from(document.querySelectorAll<HTMLElement>("[data-control]"));
    const api = (window as unknown as { __pdxPreview?: { idle(): boolean } }).__pdxPreview;
    const ready =
      slots.length > 0
        ? slots.every((slot) => slot.dataset.status !== "loading")
        : document.querySelector('[data-preview-ready="true"]') !== null;
    return ready && api?.idle() === true;
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = performance.now();
        const observer = new MutationObserver(() => {
          last = performance.now();
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        const check = (): void => {
          if (performance.now() - last >= 150) {
            observer.disconnect();
            resolve();
          } else {
            setTimeout(check, 25);
          }
        };
        setTimeout(check, 150);
      }),
  );
}

/** The mounted state of each control slot on the page, by control name. */
export function slotStatuses(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll<HTMLElement>("[data-control]")).map((slot) => [
        slot.dataset.control ?? "",
        slot.dataset.status ?? "",
      ]),
    ),
  );
}
