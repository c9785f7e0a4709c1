/**
 * The attribute grid at phone width (issue 15, items 2, 4, 5 and 6), checked by element
 * geometry in the preview: at 390 px the rows stack keyword over value, no text of the grid is
 * clipped to nothing, an expanded 4,000-character value scrolls within its own capped height
 * with the keyword and copy button in view, the group header sticks while 10,000 rows scroll,
 * and a new filter goes back to the first match. Screenshots land in
 * test-results/screenshots/grid-narrow-*.png.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { assertHealthy, seriousViolations } from "./checks";
import { waitForIdle } from "./harness";

/** The benchmark page has no control slots for waitForIdle: two frames and a short pause. */
function settleFrames(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100))),
      ),
  );
}
import { AttributeNames as A } from "../../domain/tables/names";
import { expected, session } from "./session";

const phone = 390;
const grid = '[data-control="AttributeGrid"] [role="grid"]';

/**
 * A screenshot of one element. Right to left, a page wider than the viewport overflows to the
 * left, and Chromium's capture then starts at the overflow's edge while element boxes count
 * from the viewport's: the clip is moved by the overflow.
 */
async function screenshotOf(page: Page, selector: string, name: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  assert.ok(box, `${selector} is on the page`);
  // The clip of a full-page screenshot counts from the page's top, the box from the viewport's.
  const shift = await page.evaluate(() => ({
    x:
      getComputedStyle(document.documentElement).direction === "rtl"
        ? document.documentElement.scrollWidth - document.documentElement.clientWidth
        : window.scrollX,
    y: window.scrollY,
  }));
  await page.screenshot({
    path: session.screenshotPath(name),
    fullPage: true,
    clip: { ...box, x: box.x + shift.x, y: box.y + shift.y },
  });
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/** What a row shows, by geometry: its parts' boxes and whether each part's text fits. */
interface RowGeometry {
  keyword: string;
  row: Box;
  keywordBox: Box;
  value: Box;
  copy: Box;
  /** Texts that must show whole (kind, date, buttons): their text and whether it is cut off. */
  whole: { text: string; width: number; cut: boolean }[];
  /** Texts that may end in an ellipsis (keyword, value): the width they get and the width they need. */
  ellipsed: { text: string; width: number; needed: number }[];
}

function rowGeometry(page: Page, scope: string): Promise<RowGeometry[]> {
  return page.evaluate((selector) => {
    const box = (element: Element): Box => {
      const rect = element.getBoundingClientRect();
      return {
        left: rect.left,
        right: rect.right,
        top: rect.top,
        bottom: rect.bottom,
        width: rect.width,
        height: rect.height,
      };
    };
    const root = document.querySelector(selector) as HTMLElement;
    return Array.from(root.querySelectorAll('[role="row"].pdx-ag-row')).map((row) => {
      const keywordCell = row.querySelector(".pdx-ag-kw") as HTMLElement;
      const whole = Array.from(row.querySelectorAll<HTMLElement>(".pdx-ag-kind, .pdx-ag-val > bdi, button")).map(
        (element) => ({
          text: element.textContent ?? "",
          width: element.getBoundingClientRect().width,
          cut: element.scrollWidth > element.clientWidth + 1,
        }),
      );
      const ellipsed = [keywordCell, ...Array.from(row.querySelectorAll<HTMLElement>(".pdx-ag-text"))].map(
        (element) => ({
          text: element.textContent ?? "",
          width: element.getBoundingClientRect().width,
          needed: element.scrollWidth,
        }),
      );
      return {
        keyword: keywordCell.textContent ?? "",
        row: box(row),
        keywordBox: box(keywordCell),
        value: box(row.querySelector(".pdx-ag-val") as Element),
        copy: box(row.querySelector(".pdx-ag-act button") as Element),
        whole,
        ellipsed,
      };
    });
  }, scope);
}

/** Asserts the stacked layout and that nothing in the rows is clipped to nothing. */
function assertStackedAndReadable(rows: RowGeometry[], gridBox: Box): void {
  assert.ok(rows.length > 0, "the grid shows rows");
  for (const row of rows) {
    const name = `row ${row.keyword}`;
    assert.ok(row.keywordBox.bottom <= row.value.top + 1, `${name}: the keyword sits over the value`);
    assert.ok(row.value.width >= gridBox.width - 40, `${name}: the value has the row's whole width`);
    assert.ok(
      row.copy.left >= row.keywordBox.right - 1 || row.copy.right <= row.keywordBox.left + 1,
      `${name}: the copy button is beside the keyword (either side: right to left it is on the left)`,
    );
    assert.ok(
      row.copy.top < row.keywordBox.bottom && row.copy.bottom > row.keywordBox.top,
      `${name}: the copy button is on the keyword's line`,
    );
    assert.ok(row.copy.right <= gridBox.right + 1, `${name}: the copy button is inside the grid`);
    assert.ok(row.copy.width >= 24 && row.copy.height >= 24, `${name}: the copy button is a 24 px target at least`);
    for (const part of row.whole) {
      assert.ok(part.width > 0 && !part.cut, `${name}: "${part.text}" shows whole (${part.width} px)`);
    }
    for (const part of row.ellipsed) {
      // The whole text, or enough of it to read: at least 100 px (some 14 characters).
      assert.ok(
        part.width >= Math.min(part.needed, 100) - 1,
        `${name}: "${part.text.slice(0, 40)}" gets ${part.width} px of the ${part.needed} it needs`,
      );
    }
  }
}

async function gridBox(page: Page, selector: string): Promise<Box> {
  const rect = await page.locator(selector).boundingBox();
  assert.ok(rect, "the grid is on the page");
  return {
    left: rect.x,
    right: rect.x + rect.width,
    top: rect.y,
    bottom: rect.y + rect.height,
    width: rect.width,
    height: rect.height,
  };
}

interface BenchGrid {
  mountGrid(rows: number): Promise<{ loadedRows: number }>;
}

/** The benchmark host's 10,000-row grid, in a box of phone width. */
async function mountBulkGrid(page: Page, width: number): Promise<void> {
  const loaded = await page.evaluate(() =>
    (window as unknown as { __pdxPreview: { bench: BenchGrid } }).__pdxPreview.bench.mountGrid(10_000),
  );
  assert.equal(loaded.loadedRows, 10_000);
  await page.evaluate((boxWidth) => {
    (document.getElementById("bench-grid") as HTMLElement).style.width = `${boxWidth}px`;
  }, width);
  await page.waitForSelector("#bench-grid .pdx-ag-grid.pdx-ag-narrow");
}

/** Where the sticky group header is, and which group header the point under it belongs to. */
function stuckHeader(page: Page, selector: string): Promise<{ top: number; gridTop: number; label: string | null }> {
  return page.evaluate((scope) => {
    const scroller = document.querySelector(`${scope} .pdx-ag-grid`) as HTMLElement;
    const gridTop = scroller.getBoundingClientRect().top;
    // Just below the column header row (40 px), in the middle of the grid's width.
    const rect = scroller.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, gridTop + 40 + 22);
    const header = hit?.closest(".pdx-ag-grouprow");
    return {
      top: header ? header.getBoundingClientRect().top : Number.NaN,
      gridTop,
      label: header ? (header.querySelector("button")?.getAttribute("aria-label") ?? null) : null,
    };
  }, selector);
}

describe("attribute grid at phone width (390 px)", () => {
  it("stacks keyword over value with nothing clipped to nothing, dates in UTC with the user's time as title", async () => {
    const opened = await session.open({ record: "long-values" }, { width: phone });
    const { page } = opened;
    try {
      await assertHealthy(opened);
      await page.waitForSelector(`${grid}.pdx-ag-narrow`);
      const box = await gridBox(page, grid);
      assert.ok(box.width <= phone, `the grid fits the phone (${box.width} px)`);
      const rows = await rowGeometry(page, grid);
      assertStackedAndReadable(rows, box);
      // Stacked rows are 60 px, as the virtualized list counts them.
      assert.ok(
        rows.every((row) => Math.abs(row.row.height - 60) < 0.5),
        `rows are 60 px (${rows.map((row) => row.row.height).join(", ")})`,
      );
      // Every instant in a value says UTC, with the user's own time as its title.
      const dates = await page
        .locator(`${grid} .pdx-ag-val > bdi[title]`)
        .evaluateAll((elements) =>
          elements.map((element) => ({ text: element.textContent ?? "", title: element.getAttribute("title") ?? "" })),
        );
      assert.ok(dates.length > 0, "the sample has dates with a time");
      for (const date of dates) {
        assert.match(date.text, /^\(\d{1,2}\/\d{1,2}\/\d{4}, \d{1,2}:\d{2} [AP]M UTC\)$/);
        assert.match(date.title, /\d{1,2}:\d{2} [AP]M UTC$/, "the user's time (the browser's zone: UTC here)");
      }
      await screenshotOf(page, '[data-control="AttributeGrid"]', "grid-narrow-390-stacked");
      assert.deepEqual(await seriousViolations(page), []);
    } finally {
      await opened.close();
    }
  });

  it("caps an expanded 4,000-character value with its own scroll, keyword and copy button in view", async () => {
    const opened = await session.open({ record: "long-values" }, { width: phone });
    const { page } = opened;
    try {
      await page.waitForSelector(`${grid}.pdx-ag-narrow`);
      const longest = expected.attributes("long-values").find((row) => String(row[A.value] ?? "").length === 4000);
      assert.ok(longest, "the sample has a 4,000-character value");
      const longRow = page
        .locator(`${grid} [role="row"].pdx-ag-row`)
        .filter({ has: page.locator(".pdx-ag-kw", { hasText: String(longest[A.keyword]) }) });
      await longRow.getByRole("button", { name: "Show all" }).click();
      await waitForIdle(page);
      const open = page.locator(`${grid} [role="row"].pdx-ag-open`);
      assert.equal(await open.count(), 1);
      const geometry = await open.evaluate((row) => {
        const text = row.querySelector(".pdx-ag-text") as HTMLElement;
        const scroller = row.closest(".pdx-ag-grid") as HTMLElement;
        const visible = (element: Element): boolean => {
          const rect = element.getBoundingClientRect();
          const view = scroller.getBoundingClientRect();
          return rect.top >= view.top && rect.bottom <= view.bottom && rect.height > 0;
        };
        return {
          rowHeight: row.getBoundingClientRect().height,
          length: text.textContent?.length ?? 0,
          textHeight: text.clientHeight,
          textScrollHeight: text.scrollHeight,
          keywordInView: visible(row.querySelector(".pdx-ag-kw") as Element),
          copyInView: visible(row.querySelector(".pdx-ag-act button") as Element),
          toggleBelowText:
            (row.querySelector(".pdx-ag-toggle") as Element).getBoundingClientRect().top >=
            text.getBoundingClientRect().bottom - 1,
          focusable: text.hasAttribute("tabindex"),
          rowInView: visible(row),
        };
      });
      assert.equal(geometry.length, 4000, "the whole value is there");
      assert.ok(geometry.textHeight <= 240, `the value is capped at 240 px (${geometry.textHeight})`);
      assert.ok(geometry.textScrollHeight > geometry.textHeight, "and scrolls within itself");
      assert.ok(geometry.rowHeight < 400, `the row stays short (${geometry.rowHeight} px, 3,915 before)`);
      assert.ok(geometry.keywordInView && geometry.copyInView, "the keyword and copy button stay in view");
      assert.ok(geometry.toggleBelowText, "Show less follows the capped text, outside its scroll");
      assert.ok(geometry.focusable, "the keyboard can reach the scrolling text");
      assert.ok(geometry.rowInView, "the expanded row moved wholly into the grid's view");
      await screenshotOf(page, '[data-control="AttributeGrid"]', "grid-narrow-390-expanded");
      assert.deepEqual(await seriousViolations(page), [], "a scrolling value is a focusable region");
    } finally {
      await opened.close();
    }
  });

  it("reads dates and counts in order right to left (German)", async () => {
    const opened = await session.open({ record: "long-values", lang: "1031", rtl: "1" }, { width: phone });
    const { page } = opened;
    try {
      await assertHealthy(opened);
      await page.waitForSelector(`${grid}.pdx-ag-narrow`);
      assertStackedAndReadable(await rowGeometry(page, grid), await gridBox(page, grid));
      const isolated = await page
        .locator('[data-control="AttributeGrid"] .pdx-ag-bar > bdi, [data-control="AttributeGrid"] .pdx-ag-val > bdi')
        .evaluateAll((elements) =>
          elements.map((element) => ({
            text: element.textContent ?? "",
            direction: getComputedStyle(element).direction,
            bidi: getComputedStyle(element).unicodeBidi,
          })),
        );
      assert.ok(isolated.length > 1, "the count and the dates are isolated");
      for (const part of isolated) {
        assert.equal(part.direction, "ltr", `"${part.text}" reads left to right inside the right-to-left row`);
        assert.equal(part.bidi, "isolate");
      }
      // The date's characters lie left to right on screen in the order they are written.
      const inOrder = await page
        .locator(`${grid} .pdx-ag-val > bdi[title]`)
        .first()
        .evaluate((element) => {
          const node = element.firstChild as Text;
          const range = document.createRange();
          const lefts: number[] = [];
          for (let index = 0; index < (node.textContent ?? "").length; index += 1) {
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            lefts.push(range.getBoundingClientRect().left);
          }
          return lefts.every((left, index) => index === 0 || left >= lefts[index - 1]);
        });
      assert.ok(inOrder, "the date is not scrambled");
      await screenshotOf(page, '[data-control="AttributeGrid"]', "grid-narrow-390-German-right-to-left");
    } finally {
      await opened.close();
    }
  });

  it("keeps the group header in view while 10,000 rows scroll, and a new filter goes back to the first match", async () => {
    const opened = await session.openBench();
    const { page } = opened;
    try {
      await page.setViewportSize({ width: phone, height: 900 });
      await mountBulkGrid(page, phone);
      const scroller = "#bench-grid .pdx-ag-grid";
      assertStackedAndReadable(await rowGeometry(page, "#bench-grid"), await gridBox(page, scroller));

      // Far down the input group: its header sticks under the column headers.
      await page.locator(scroller).evaluate((element) => {
        element.scrollTop = 60 * 3000;
      });
      await settleFrames(page);
      const stuck = await stuckHeader(page, "#bench-grid");
      assert.ok(
        stuck.label?.startsWith("Input ("),
        `the input group's header is under the column headers (${stuck.label})`,
      );
      assert.ok(Math.abs(stuck.top - (stuck.gridTop + 40)) < 1, `stuck at the top (${stuck.top - stuck.gridTop} px)`);
      assertStackedAndReadable(await rowGeometry(page, "#bench-grid"), await gridBox(page, scroller));
      await screenshotOf(page, "#bench-grid", "grid-narrow-390-sticky-header");

      // Into the result group: its header takes over.
      await page.locator(scroller).evaluate((element) => {
        element.scrollTop = element.scrollHeight - element.clientHeight - 60 * 200;
      });
      await settleFrames(page);
      const result = await stuckHeader(page, "#bench-grid");
      assert.ok(result.label?.startsWith("Result ("), `the result group's header takes over (${result.label})`);

      // Filter near the end: the view goes back to the top and shows the first match under its header.
      await page.locator("#bench-grid input[type=search]").fill("Cus");
      await settleFrames(page);
      const after = await page.locator(scroller).evaluate((element) => {
        const firstRow = element.querySelector('[role="row"].pdx-ag-row') as HTMLElement;
        const header = element.querySelector(".pdx-ag-grouprow") as HTMLElement;
        const view = element.getBoundingClientRect();
        return {
          scrollTop: element.scrollTop,
          firstText: firstRow.textContent ?? "",
          firstTop: firstRow.getBoundingClientRect().top - view.top,
          headerTop: header.getBoundingClientRect().top - view.top,
        };
      });
      assert.equal(after.scrollTop, 0, "scrolled back to the top");
      assert.ok(/cus/i.test(after.firstText), `the first row is a match (${after.firstText.slice(0, 60)})`);
      assert.ok(Math.abs(after.headerTop - 40) < 1, "under its group's header");
      assert.ok(Math.abs(after.firstTop - 84) < 1, "the first match is right below it");
      await screenshotOf(page, "#bench-grid", "grid-narrow-390-filtered");
      assert.deepEqual(opened.consoleErrors, []);
    } finally {
      await opened.close();
    }
  });

  it("keeps the wide layout above 480 px", async () => {
    const opened = await session.open({ record: "long-values" }, { width: 1280 });
    try {
      await assertHealthy(opened);
      assert.equal(await opened.page.locator(`${grid}.pdx-ag-narrow`).count(), 0);
      const heights = await opened.page
        .locator(`${grid} [role="row"].pdx-ag-row`)
        .evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));
      assert.ok(
        heights.every((height) => Math.abs(height - 40) < 0.5),
        "rows are 40 px",
      );
    } finally {
      await opened.close();
    }
  });
});
