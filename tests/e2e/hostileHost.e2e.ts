/**
 * The controls in a host page with hostile CSS (issue 14, item 3): the delivery form, the
 * contact page and the dashboard, each opened normally and with `&host=hostile`
 * (preview/app/hostileHost.ts: centred text on body and every div, 20 px Georgia with double
 * line height and letter spacing around the slots, content-box sizing for everything). Each
 * control's root sets its own alignment, direction, font and box sizing, so in both pages the
 * root's computed styles are the same, no element of a control reaches past its slot's
 * allocated width (with a 4,000-character attribute value and a 300-character unbroken
 * disposition code typed in), and the key elements' boxes, relative to their slot, agree to
 * within 2 px. Screenshots land in test-results/screenshots/hostile-*.png.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { hostileHostCss } from "../../preview/app/hostileHost";
import { assertHealthy } from "./checks";
import { waitForIdle, type OpenOptions } from "./harness";
import { session } from "./session";

/** A box relative to its slot's content edge, in CSS pixels. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface ControlFacts {
  root: Record<string, string>;
  slotWidth: number;
  rootWidth: number;
  /** Elements of the control whose box reaches past the slot (not clipped by a scroller of the control). */
  overflowing: string[];
  /** Key elements' boxes by selector; null where the selector matched nothing. */
  boxes: Record<string, Box | null>;
  /** text-align of the elements the item names (timeline dates, chips' label, grid keywords). */
  alignments: Record<string, string | null>;
}

interface PageSpec {
  name: string;
  query: Record<string, string>;
  options?: OpenOptions;
  /** Key elements per control, the first match of each selector inside the control's slot. */
  controls: Record<string, readonly string[]>;
  /** Elements whose text must start at the reading start, per control. */
  aligned?: Record<string, readonly string[]>;
  /** Runs on the page before it is measured (in both hosts alike). */
  prepare?(page: Page): Promise<void>;
}

/** An unbroken code far wider than the chips' slot. */
const longCode = `CALLBACK${"X".repeat(292)}`;

const pages: readonly PageSpec[] = [
  {
    name: "delivery form",
    // The record whose attributes include a 4,000-character value.
    query: { record: "long-values" },
    controls: {
      DeliveryTimeline: [".pdx-root", ".pdx-tl-strip", "dl", "dl dt", "dl dd", '[role="status"]'],
      DispositionChips: [".pdx-root", "ul", "ul li", "label", "input"],
      AttributeGrid: [".pdx-root", '[role="grid"]', '[role="row"]:nth-child(2)', '[role="gridcell"]'],
      RelatedRecords: [".pdx-root", "dl", "dl dt", "dl dd"],
    },
    aligned: {
      DeliveryTimeline: ["dl", "dl dt", "dl dd"],
      DispositionChips: ["label"],
      AttributeGrid: ['[role="gridcell"]', '[role="columnheader"]'],
    },
    prepare: async (page) => {
      const field = page.locator('[data-control="DispositionChips"] input').first();
      await field.fill(longCode);
      await field.press("Enter");
      await waitForIdle(page);
      // Show every chip, the long one included, if the control folds them into "+N".
      const more = page.locator('[data-control="DispositionChips"] button[aria-expanded="false"]');
      if ((await more.count()) > 0) {
        await more.first().click();
        await waitForIdle(page);
      }
    },
  },
  {
    name: "contact page",
    query: { page: "contact", record: "contact:200-deliveries" },
    controls: {
      ContactDeliveries: [".pdx-root", ".pdx-cd-summary", ".pdx-cd-item", ".pdx-cd-attributes", '[role="grid"]'],
    },
    aligned: { ContactDeliveries: [".pdx-cd-item", '[role="gridcell"]'] },
  },
  {
    name: "dashboard",
    query: { page: "dashboard" },
    options: { clock: session.now },
    controls: {
      DeliveryInsights: [".pdx-root", ".pdx-insights-toolbar", ".pdx-insights-card", ".pdx-insights-card table"],
    },
  },
];

function factsOf(page: Page, spec: PageSpec): Promise<Record<string, ControlFacts>> {
  return page.evaluate(
    ({ controls, aligned }) => {
      const describe = (element: Element): string =>
        `${element.tagName.toLowerCase()}${element.className && typeof element.className === "string" ? `.${element.className.trim().split(/\s+/).join(".")}` : ""}`;
      const result: Record<string, ControlFacts> = {};
      for (const [control, selectors] of Object.entries(controls)) {
        const slot = document.querySelector<HTMLElement>(`[data-control="${control}"]`);
        const root = slot?.querySelector<HTMLElement>(".pdx-root");
        if (!slot || !root) throw new Error(`${control}: no slot or no .pdx-root`);
        const slotBox = slot.getBoundingClientRect();
        const style = getComputedStyle(slot);
        const contentLeft = slotBox.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
        const contentRight = slotBox.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
        const rootStyle = getComputedStyle(root);
        // An element inside a scroller of the control is clipped there, not drawn past the slot.
        const clipped = (element: Element): boolean => {
          for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
            const overflow = getComputedStyle(parent);
            if (overflow.overflowX !== "visible" || overflow.overflowY !== "visible") return true;
          }
          return false;
        };
        const overflowing = Array.from(root.querySelectorAll("*"))
          .filter((element) => {
            const box = element.getBoundingClientRect();
            if (box.width === 0 || box.height === 0 || box.width <= 1) return false;
            return (box.right > contentRight + 1 || box.left < contentLeft - 1) && !clipped(element);
          })
          .map((element) => `${describe(element)} (${Math.round(element.getBoundingClientRect().width)} px)`)
          .slice(0, 10);
        const boxes: Record<string, Box | null> = {};
        for (const selector of selectors) {
          const element = slot.querySelector(selector);
          const box = element?.getBoundingClientRect();
          boxes[selector] = box
            ? { x: box.left - contentLeft, y: box.top - slotBox.top, width: box.width, height: box.height }
            : null;
        }
        const alignments: Record<string, string | null> = {};
        for (const selector of aligned[control] ?? []) {
          const element = slot.querySelector(selector);
          alignments[selector] = element ? getComputedStyle(element).textAlign : null;
        }
        result[control] = {
          root: {
            textAlign: rootStyle.textAlign,
            direction: rootStyle.direction,
            fontSize: rootStyle.fontSize,
            fontFamily: rootStyle.fontFamily,
            boxSizing: rootStyle.boxSizing,
            lineHeight: rootStyle.lineHeight,
            letterSpacing: rootStyle.letterSpacing,
            maxWidth: rootStyle.maxWidth,
          },
          slotWidth: contentRight - contentLeft,
          rootWidth: root.getBoundingClientRect().width,
          overflowing,
          boxes,
          alignments,
        };
      }
      return result;
    },
    { controls: spec.controls as Record<string, string[]>, aligned: (spec.aligned ?? {}) as Record<string, string[]> },
  );
}

async function measure(spec: PageSpec, host: "normal" | "hostile"): Promise<Record<string, ControlFacts>> {
  const opened = await session.open({ ...spec.query, ...(host === "hostile" ? { host } : {}) }, spec.options);
  try {
    await assertHealthy(opened);
    const hostile = await opened.page.evaluate(() => document.documentElement.dataset.host ?? "");
    assert.equal(hostile, host === "hostile" ? "hostile" : "", "the host stylesheet is there only when asked for");
    await spec.prepare?.(opened.page);
    const facts = await factsOf(opened.page, spec);
    await opened.page.screenshot({
      path: session.screenshotPath(`hostile-${spec.name.replace(/ /g, "-")}-${host}`),
      fullPage: true,
    });
    return facts;
  } finally {
    await opened.close();
  }
}

const near = (a: number, b: number, tolerance = 2): boolean => Math.abs(a - b) <= tolerance;

describe("controls in a host page with hostile CSS", () => {
  it("the hostile sheet is what the item describes", () => {
    for (const rule of ["text-align: center", "font-size: 20px", "box-sizing: content-box", "line-height: 2"])
      assert.ok(hostileHostCss.includes(rule), rule);
  });

  for (const spec of pages) {
    it(`${spec.name}: every control looks the same as on the normal page and stays within its slot`, async () => {
      const normal = await measure(spec, "normal");
      const hostile = await measure(spec, "hostile");
      for (const control of Object.keys(spec.controls)) {
        const a = normal[control];
        const b = hostile[control];
        // The root's own styles: the same in both hosts, and the ones the control sets.
        assert.deepEqual(b.root, a.root, `${control}: root styles in the hostile host`);
        assert.equal(a.root.textAlign, "start", `${control}: text-align`);
        assert.equal(a.root.boxSizing, "border-box", `${control}: box-sizing`);
        assert.equal(a.root.direction, "ltr", `${control}: direction`);
        assert.equal(a.root.fontSize, "14px", `${control}: the theme's font size`);
        assert.match(a.root.fontFamily, /Segoe UI/, `${control}: the theme's font family`);
        // Never wider than the allocated width (the slot's content box), in either host.
        for (const [name, facts] of [
          ["normal", a],
          ["hostile", b],
        ] as const) {
          assert.ok(
            facts.rootWidth <= facts.slotWidth + 1,
            `${control} (${name}): root ${facts.rootWidth} px in a ${facts.slotWidth} px slot`,
          );
          assert.deepEqual(facts.overflowing, [], `${control} (${name}): elements past the slot`);
        }
        assert.ok(
          near(a.slotWidth, b.slotWidth, 1),
          `${control}: the slot keeps its width (${a.slotWidth} / ${b.slotWidth})`,
        );
        // The key elements where they are on the normal page, to within 2 px.
        for (const [selector, box] of Object.entries(a.boxes)) {
          const other = b.boxes[selector];
          assert.ok(box, `${control}: ${selector} is on the normal page`);
          assert.ok(other, `${control}: ${selector} is on the hostile page`);
          assert.ok(
            near(box.x, other.x) &&
              near(box.y, other.y) &&
              near(box.width, other.width) &&
              near(box.height, other.height),
            `${control}: ${selector} at ${JSON.stringify(box)} normally, ${JSON.stringify(other)} in the hostile host`,
          );
        }
        // The elements the item found centred: aligned to the reading start in both hosts.
        for (const [selector, align] of Object.entries(b.alignments)) {
          assert.ok(align !== null, `${control}: ${selector} is on the hostile page`);
          assert.ok(align === "start" || align === "left", `${control}: ${selector} is aligned ${align}`);
          assert.equal(align, a.alignments[selector], `${control}: ${selector} as on the normal page`);
        }
      }
    });
  }
});
