/**
 * The Proactive Delivery Insights dashboard in the preview (?page=dashboard): DeliveryInsights
 * over the sample data, the figures the domain's client-side aggregation computes in Node from
 * the same rows, the fallback path giving the same tables, a filter, the keyboard through the
 * charts to a drill-down, and axe in light, dark, high contrast and German right to left.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { createInsightAccumulator } from "../../domain/insights/accumulator";
import { defaultPeriod } from "../../domain/insights/period";
import { insightRowOf } from "../../domain/insights/row";
import { DeliveryNames as D } from "../../domain/tables/names";
import { assertHealthy, injectedMarkup, lookFileName, pageLooks, seriousViolations } from "./checks";
import { expected, session } from "./session";

const root = ".pdx-insights";
/** The control's default period ends at the browser's now: pinned to the instant the sample is generated around. */
const pinned = { clock: session.now };

/** The period's figures as the control must show them, worked out in Node from the same sample. */
function expectedCounts() {
  const period = defaultPeriod(new Date(session.now));
  const rows = expected.data.deliveries.filter((row) => {
    const time = Date.parse(String(row[D.windowStartDate]));
    return time >= period.start.getTime() && time < period.end.getTime();
  });
  return createInsightAccumulator().addPage(rows.map((row) => insightRowOf(row))).counts!;
}

async function settled(page: Page, state = "complete"): Promise<void> {
  await page.waitForSelector(`${root}[data-state="${state}"]`, { timeout: 30_000 });
}

const figure = (page: Page, id: string): Promise<string> =>
  page.locator(`${root} [data-figure="${id}"] .pdx-insights-figure-value`).innerText();

/** Every card switched to its table view, then the text of all cards. */
async function tablesText(page: Page): Promise<string> {
  const toggles = page.locator(`${root} .pdx-insights-card button[aria-pressed="false"]`);
  for (let guard = 0; guard < 20 && (await toggles.count()) > 0; guard += 1) await toggles.first().click();
  return page.locator(`${root} .pdx-insights-cards`).innerText();
}

function hostLog(page: Page): Promise<string> {
  return page
    .locator(".host-log")
    .textContent()
    .then((text) => text ?? "");
}

describe("dashboard: Proactive Delivery Insights", () => {
  it("shows the period's figures from aggregates, every card, no markup from the data", async () => {
    const opened = await session.open({ page: "dashboard" }, pinned);
    const { page } = opened;
    try {
      await settled(page);
      await assertHealthy(opened);
      assert.equal(await page.locator(root).getAttribute("data-path"), "aggregate");
      const counts = expectedCounts();
      assert.equal(await figure(page, "deliveries"), counts.deliveries.toLocaleString("en-US"));
      assert.equal(await figure(page, "processed"), counts.processed.toLocaleString("en-US"));
      const cards = await page
        .locator(`${root} .pdx-insights-card`)
        .evaluateAll((elements) => elements.map((element) => element.getAttribute("data-table")));
      assert.deepEqual(cards, [
        "status",
        "result",
        "dialMode",
        "day",
        "configuration",
        "queue",
        "codes",
        "hour",
        "timing",
      ]);
      const statusBars = await page
        .locator(`${root} [data-table="status"] .pdx-insights-bar-row`)
        .evaluateAll((rows) => rows.map((row) => row.textContent));
      assert.equal(statusBars.length, counts.byStatus.length);
      assert.deepEqual(await injectedMarkup(page), []);
      await page.screenshot({ path: session.screenshotPath("dashboard-light"), fullPage: true });
    } finally {
      await opened.close();
    }
  });

  it("gives the same tables when the server refuses every aggregate", async () => {
    const answered = await session.open({ page: "dashboard" }, pinned);
    let reference: string;
    try {
      await settled(answered.page);
      reference = await tablesText(answered.page);
    } finally {
      await answered.close();
    }
    const refused = await session.open({ page: "dashboard", aggregates: "refuse" }, pinned);
    try {
      await settled(refused.page);
      await assertHealthy(refused);
      assert.equal(await refused.page.locator(root).getAttribute("data-path"), "fallback");
      assert.equal(await tablesText(refused.page), reference);
      const line = await refused.page.locator(`${root} .pdx-insights-status-line`).innerText();
      assert.match(line, /^The server refused a count, so every figure comes from reading the deliveries row by row\./);
    } finally {
      await refused.close();
    }
  });

  it("narrows to a dial mode by keyboard, and opens the deliveries behind a bar from the keyboard", async () => {
    const opened = await session.open({ page: "dashboard" }, pinned);
    const { page } = opened;
    try {
      await settled(page);
      const all = await figure(page, "deliveries");
      const dialMode = page.getByRole("combobox", { name: /^Dial mode/ });
      await dialMode.focus();
      await page.keyboard.press("Enter");
      // A multiple choice: Space ticks the focused option, Escape closes the list.
      const option = page.getByRole("option", { name: "Preview" });
      await option.focus();
      await page.keyboard.press("Space");
      await page.keyboard.press("Escape");
      await settled(page);
      assert.notEqual(await figure(page, "deliveries"), all);
      const modes = await page
        .locator(`${root} [data-table="dialMode"] .pdx-insights-bar-label`)
        .evaluateAll((labels) => labels.map((label) => label.textContent));
      assert.deepEqual(modes, ["Preview"]);
      await page.locator(`${root} button.pdx-insights-clear`).click();
      await settled(page);
      assert.equal(await figure(page, "deliveries"), all);

      // Tab from the toolbar's last control reaches the figures, then each chart in one tab stop.
      const firstBar = page.locator(`${root} [data-table="status"] .pdx-insights-bar-row`).first();
      await page.locator(`${root} button.pdx-insights-clear`).focus();
      for (let guard = 0; guard < 30; guard += 1) {
        await page.keyboard.press("Tab");
        if (await firstBar.evaluate((element) => element === document.activeElement)) break;
      }
      assert.ok(
        await firstBar.evaluate((element) => element === document.activeElement),
        "Tab reaches the status chart",
      );
      await page.keyboard.press("ArrowDown");
      const second = page.locator(`${root} [data-table="status"] .pdx-insights-bar-row`).nth(1);
      assert.ok(
        await second.evaluate((element) => element === document.activeElement),
        "ArrowDown moves to the next bar",
      );
      const name = (await second.textContent()) ?? "";
      await page.keyboard.press("Enter");
      assert.ok(
        (await hostLog(page)).includes("openUrl: /main.aspx?pagetype=entitylist&etn=msdyn_proactive_delivery&viewid="),
        `Enter on "${name}" asks the host to open a delivery view`,
      );
    } finally {
      await opened.close();
    }
  });

  for (const look of pageLooks) {
    it(`has no serious or critical axe violations: ${look.name}`, async () => {
      const opened = await session.open(
        { page: "dashboard", ...look.query },
        { ...pinned, forcedColors: look.forcedColors === true },
      );
      try {
        await settled(opened.page);
        await assertHealthy(opened);
        await opened.page.screenshot({
          path: session.screenshotPath(`dashboard-${lookFileName(look.name)}`),
          fullPage: true,
        });
        assert.deepEqual(await seriousViolations(opened.page), []);
      } finally {
        await opened.close();
      }
    });
  }

  it("stays within a phone's width", async () => {
    const opened = await session.open({ page: "dashboard" }, { ...pinned, width: 390 });
    try {
      await settled(opened.page);
      const overflow = await opened.page.locator(root).evaluate((element) => element.scrollWidth - element.clientWidth);
      assert.ok(overflow <= 0, `the dashboard is ${overflow} px wider than its place`);
      await opened.page.screenshot({ path: session.screenshotPath("dashboard-phone"), fullPage: true });
    } finally {
      await opened.close();
    }
  });
});
