/**
 * The delivery timeline in the browser (issue 15): by element geometry, a short call's mark is
 * at least 8 px wide and never covered by the result's, on the overview and the close-up;
 * every time the control shows names its zone; right-to-left text reads in logical order, in
 * English and German; and the screenshots of the short-call timeline the closing note shows
 * (test-results/screenshots/timeline-*.png).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { minMarkWidth } from "../../domain/delivery/timelineLayout";
import { DeliveryNames as D } from "../../domain/tables";
import type { Row } from "../../preview/data";
import { assertHealthy, lookFileName, pageLooks, seriousViolations } from "./checks";
import { expected, session } from "./session";

const timeline = '[data-control="DeliveryTimeline"]';
const time = (value: unknown): number => (value ? Date.parse(String(value)) : Number.NaN);

/** The call, with its result, takes at most this share of the call window: a sliver on the overview. */
const shortShare = 0.01;

function isShortCall(row: Row): boolean {
  const window = time(row[D.windowEndDate]) - time(row[D.windowStartDate]);
  const start = time(row[D.startDate]);
  const last = Math.max(time(row[D.endDate]), time(row[D.resultDate]));
  return window > 0 && time(row[D.endDate]) > start && (last - start) / window <= shortShare;
}

/**
 * The short-call sample records: the catalogue's (featured and broken) and the first few of
 * the long tail with a 24-hour window, a failed call among them. Worked out from the same
 * sample the page shows, so the set follows the hour the run starts in.
 */
function shortCallRecords(): { record: string; title: string }[] {
  const catalogue = [...expected.data.featured, ...expected.data.broken]
    .filter((entry) => isShortCall(expected.delivery(entry.key)))
    .map((entry) => ({ record: entry.key, title: entry.title }));
  const day = 86_400_000;
  const dayLong = expected.data.deliveries.filter(
    (row) => isShortCall(row) && time(row[D.windowEndDate]) - time(row[D.windowStartDate]) === day,
  );
  const pick = (result: string) => dayLong.find((row) => row[D.result] === result);
  const tail = [pick("CallEnded"), pick("CallFailed"), pick("BotFailed")]
    .filter((row): row is Row => row !== undefined)
    .map((row) => ({
      record: String(row[D.id]),
      title: `${String(row[D.result])}, ${Math.round((time(row[D.endDate]) - time(row[D.startDate])) / 1000)} s call in a 24-hour window`,
    }));
  return [...catalogue, ...tail];
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
}

/** The boxes of the call and result marks of each strip of the timeline. */
function markBoxes(page: Page): Promise<Record<string, { call?: Box; result?: Box; strip: Box }>> {
  return page.evaluate((selector) => {
    const box = (element: Element | null): Box | undefined => {
      if (!element) return undefined;
      const rect = element.getBoundingClientRect();
      return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, width: rect.width };
    };
    const strips = Array.from(
      document.querySelectorAll(`${selector} [data-part="overview"], ${selector} [data-part="zoom"]`),
    );
    return Object.fromEntries(
      strips.map((strip) => [
        (strip as HTMLElement).dataset.part ?? "",
        {
          call: box(strip.querySelector('[data-part="call"]')),
          result: box(strip.querySelector('[data-part="result"]')),
          strip: box(strip.querySelector(".pdx-tl-track")) as Box,
        },
      ]),
    );
  }, timeline);
}

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("delivery timeline: a short call is a picture", () => {
  const records = shortCallRecords();

  it("the sample has short-call records to check, a failed one among them", () => {
    assert.ok(records.length >= 3, `short-call records: ${JSON.stringify(records)}`);
    assert.ok(records.some((entry) => entry.title.startsWith("CallFailed")));
  });

  for (const { record, title } of records) {
    it(`${title}: the call is at least ${minMarkWidth} px wide and the result never covers it`, async () => {
      const opened = await session.open({ record });
      try {
        await assertHealthy(opened);
        const boxes = await markBoxes(opened.page);
        assert.deepEqual(Object.keys(boxes).sort(), ["overview", "zoom"], "an overview and a close-up");
        for (const [strip, marks] of Object.entries(boxes)) {
          const { call, result } = marks;
          assert.ok(call && result, `${strip}: a call and a result mark`);
          assert.ok(call.width >= minMarkWidth - 0.01, `${strip}: the call is ${call.width} px wide`);
          assert.ok(
            !overlaps(call, result),
            `${strip}: call ${JSON.stringify(call)} and result ${JSON.stringify(result)} overlap`,
          );
          for (const [name, mark] of [
            ["call", call],
            ["result", result],
          ] as const) {
            assert.ok(
              mark.left >= marks.strip.left - 8 && mark.right <= marks.strip.right + 8,
              `${strip}: the ${name} stays on its strip`,
            );
          }
        }
        // On the close-up the call is drawn to scale: a real share of the strip, not the minimum.
        const zoom = boxes.zoom;
        assert.ok(zoom.call && zoom.call.width > zoom.strip.width * 0.1, "the close-up shows the call's length");
        // Every mark has a name and a tooltip.
        const unnamed = await opened.page.$$eval(
          `${timeline} [role="img"]`,
          (marks) =>
            marks.filter(
              (mark) =>
                !mark.getAttribute("aria-label") || mark.getAttribute("title") !== mark.getAttribute("aria-label"),
            ).length,
        );
        assert.equal(unnamed, 0, "every mark has an accessible name and the same tooltip");
      } finally {
        await opened.close();
      }
    });
  }

  it("a failed call is not drawn green, and the story says when, how long and the result after", async () => {
    const failed = records.find((entry) => entry.title.startsWith("CallFailed"));
    assert.ok(failed);
    const opened = await session.open({ record: failed.record });
    try {
      const colours = await opened.page.$eval(`${timeline} [data-part="zoom"] [data-part="call"]`, (call) => {
        const style = getComputedStyle(call);
        return [style.backgroundColor, style.borderTopColor];
      });
      for (const colour of colours) {
        const [red, green] = (colour.match(/\d+/g) ?? []).map(Number);
        assert.ok(red > green, `the failed call is drawn red, not green (${colour})`);
      }
      const story = (await opened.page.locator(`${timeline} [data-part="story"]`).innerText()).replace(
        /[\u2068\u2069]/g,
        "",
      );
      assert.match(story, /^Called .+ after the window opened · Call lasted \d+ s · Result .+ after the call$/);
    } finally {
      await opened.close();
    }
  });
});

/** Every text of the timeline that shows a time (h:mm), with where it sits. */
function timeTexts(page: Page): Promise<{ text: string; zoned: boolean; where: string }[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector) as HTMLElement;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found: { text: string; zoned: boolean; where: string }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      if (!/\d:\d\d/.test(text)) continue;
      const element = node.parentElement as HTMLElement;
      const axis = element.closest('[data-part="axis"]');
      // A tick says the time of day; its axis's labelled ends say the zone for it.
      const ends = axis?.parentElement?.querySelector(".pdx-tl-ends")?.textContent ?? "";
      const zoned = axis ? (ends.match(/UTC/g) ?? []).length >= 2 : text.includes("UTC");
      found.push({ text, zoned, where: axis ? "tick" : element.closest("dd") ? "date list" : "axis end" });
    }
    for (const mark of Array.from(root.querySelectorAll('[role="img"]'))) {
      const text = mark.getAttribute("title") ?? "";
      found.push({ text, zoned: /\d:\d\d/.test(text) && text.includes("UTC"), where: "mark" });
    }
    return found;
  }, timeline);
}

describe("delivery timeline: every time says its zone", () => {
  for (const [record, query] of [
    ["short call", {}],
    ["short call, German, right to left", { lang: "1031", rtl: "1" }],
    ["in-process", { record: "in-process" }],
    ["expired", { record: "expired" }],
    ["pending", { record: "pending" }],
  ] as const) {
    it(`${record}: each date, axis end, tick's axis and mark names UTC`, async () => {
      const opened = await session.open({ record: shortCallRecords()[0].record, ...query });
      try {
        await assertHealthy(opened);
        const texts = await timeTexts(opened.page);
        assert.ok(texts.filter((text) => text.where === "date list").length >= 2, JSON.stringify(texts));
        // Ticks a day or more apart name the day ("2/14"), not a time.
        assert.ok((await opened.page.locator(`${timeline} [data-part="axis"] bdi`).count()) > 0, "the axis has ticks");
        assert.deepEqual(
          texts.filter((text) => !text.zoned),
          [],
          "every time carries its zone",
        );
      } finally {
        await opened.close();
      }
    });
  }
});

/**
 * Whether an element's text is drawn in its logical order: for each pair of neighbouring
 * characters on a line (spaces and isolate marks aside) the later one sits further right, as
 * English and German read. Returns the pairs drawn the wrong way.
 */
function misordered(page: Page, selector: string): Promise<{ text: string; wrong: string[] }[]> {
  return page.evaluate((css) => {
    return Array.from(document.querySelectorAll(css)).map((element) => {
      const text = element.textContent ?? "";
      const positions: { char: string; x: number; y: number }[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.textContent ?? "";
        for (let index = 0; index < value.length; index += 1) {
          if (/[\s\u2068\u2069]/.test(value[index])) continue;
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = range.getBoundingClientRect();
          positions.push({ char: value[index], x: rect.left + rect.width / 2, y: rect.top });
        }
      }
      const wrong: string[] = [];
      for (let index = 1; index < positions.length; index += 1) {
        const [before, after] = [positions[index - 1], positions[index]];
        // Only neighbours on one line: a wrapped text starts its next line at the start again.
        if (Math.abs(after.y - before.y) < 4 && after.x < before.x) wrong.push(before.char + after.char);
      }
      return { text, wrong };
    });
  }, selector);
}

describe("delivery timeline: right to left reads in logical order", () => {
  for (const [language, lang, sample] of [
    ["English", "1033", { now: "The window opens in", status: "Status:" }],
    ["German", "1031", { now: "Das Zeitfenster öffnet in", status: "Status:" }],
  ] as const) {
    it(`${language}, right to left: dates, durations, sentences and terms keep their order`, async () => {
      for (const record of [shortCallRecords()[0].record, "pending"]) {
        const opened = await session.open({ record, lang, rtl: "1" });
        try {
          await assertHealthy(opened);
          assert.equal(await opened.page.getAttribute(`${timeline} [role="group"]`, "dir"), "rtl");
          const checked = await misordered(
            opened.page,
            [
              `${timeline} dl:first-of-type dt`,
              `${timeline} .pdx-tl-dates dt > bdi`,
              `${timeline} .pdx-tl-dates dd`,
              `${timeline} .pdx-tl-ends > bdi`,
              `${timeline} .pdx-tl-axis > bdi`,
              `${timeline} [data-part="story"]`,
              `${timeline} .pdx-tl-note`,
            ].join(", "),
          );
          assert.ok(checked.length >= 10, `checked ${checked.length} texts`);
          assert.deepEqual(
            checked.filter((item) => item.wrong.length > 0),
            [],
            "every text is drawn in the order it is written",
          );
          // The text content is in logical order too: a term ends in its colon, a sentence starts with its words.
          const texts = checked.map((item) => item.text.replace(/[\u2068\u2069]/g, ""));
          assert.ok(texts.includes(sample.status), `the status term reads "${sample.status}"`);
          if (record === "pending") {
            assert.ok(
              texts.some((text) => text.startsWith(sample.now)),
              `the time to the window reads "${sample.now} …": ${JSON.stringify(texts)}`,
            );
          }
          assert.ok(
            texts.every((text) => !/^[,.:]/.test(text)),
            "no text starts with the punctuation that ends it",
          );
        } finally {
          await opened.close();
        }
      }
    });
  }
});

describe("delivery timeline: screenshots of the short call", () => {
  for (const look of pageLooks) {
    it(`short call, ${look.name}: screenshot, no serious or critical axe violations`, async () => {
      const records = shortCallRecords();
      const failed = records.find((entry) => entry.title.startsWith("CallFailed")) ?? records[0];
      for (const [name, record] of [
        ["short-call", records[0].record],
        ["short-call-failed", failed.record],
      ] as const) {
        const opened = await session.open({ record, ...look.query }, { forcedColors: look.forcedColors });
        try {
          await assertHealthy(opened);
          await opened.page
            .locator(timeline)
            .screenshot({ path: session.screenshotPath(`timeline-${name}-${lookFileName(look.name)}`) });
          assert.deepEqual(await seriousViolations(opened.page), []);
        } finally {
          await opened.close();
        }
      }
    });
  }

  it("a call in progress is drawn to now: screenshot", async () => {
    const opened = await session.open({ record: "in-process" });
    try {
      await assertHealthy(opened);
      const ongoing = await opened.page.locator(`${timeline} [data-part="call"].pdx-tl-ongoing`).count();
      assert.ok(ongoing >= 1, "the call in progress is drawn striped to now");
      await opened.page.locator(timeline).screenshot({ path: session.screenshotPath("timeline-in-process") });
    } finally {
      await opened.close();
    }
  });
});
