/**
 * Contrast and targets on the delivery form (issue 15, item 3), computed from the DOM: the
 * colours Chromium computes (getComputedStyle, forced colours included) for the status and
 * result texts, the two text fields' borders unfocused and focused, and the chips' remove
 * buttons and their focus ring, each against the background it is drawn on, in light, dark and
 * high contrast. WCAG 2.2 AA: 4.5:1 for text, 3:1 for borders and focus indicators; targets
 * 24 x 24 px. Screenshots of the dark theme go to test-results/screenshots/contrast-*.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { nonTextContrast, parseColour, ratioOf, textContrast, type Rgb } from "../../controls/shared/contrast";
import { assertHealthy } from "./checks";
import { expected, session } from "./session";

const looks = [
  { name: "light", theme: "light", forcedColors: false },
  { name: "dark", theme: "dark", forcedColors: false },
  { name: "high contrast", theme: "highContrast", forcedColors: true },
] as const;

/** The sample delivery with status Error and result CallFailed (its status and result are danger tones). */
const record = "error";
/** A delivery with several disposition codes, so several chip colours. */
const withCodes = "complete";

/** A colour as computed, with the layers behind it up to the first opaque one (nearest first). */
interface Painted {
  colour: string;
  behind: string[];
}

/** Composites a colour over the layers behind it (alpha blending), down to an opaque colour. */
function flatten(painted: Painted): Rgb {
  const layers = [painted.colour, ...painted.behind].map((layer) => parseColour(layer));
  let result: Rgb = [255, 255, 255];
  for (const layer of layers.reverse()) {
    if (!layer) continue;
    const a = layer.alpha;
    result = [
      layer.rgb[0] * a + result[0] * (1 - a),
      layer.rgb[1] * a + result[1] * (1 - a),
      layer.rgb[2] * a + result[2] * (1 - a),
    ];
  }
  return result;
}

const ratio = (foreground: Painted, background: Painted): number => ratioOf(flatten(foreground), flatten(background));
const fixed = (value: number): string => value.toFixed(2);

/** Runs in the page: the background layers of an element, its own first, up to an opaque one. */
function backgroundsScript(): void {
  (window as unknown as { __pdxBackgrounds(element: Element | null): string[] }).__pdxBackgrounds = (element) => {
    const layers: string[] = [];
    for (let current = element; current; current = current.parentElement) {
      const colour = getComputedStyle(current).backgroundColor;
      const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(colour)?.[1];
      if (alpha === "0" || colour === "transparent") continue;
      layers.push(colour);
      if (alpha === undefined) break;
    }
    layers.push(getComputedStyle(document.documentElement).backgroundColor);
    return layers;
  };
}

interface ToneText {
  text: string;
  colour: Painted;
  background: Painted;
}

/** The status and result values the timeline shows, found by their words. */
async function toneTexts(page: Page, words: string[]): Promise<ToneText[]> {
  return page.evaluate((wanted) => {
    const backgrounds = (window as unknown as { __pdxBackgrounds(element: Element | null): string[] }).__pdxBackgrounds;
    const root = document.querySelector('[data-control="DeliveryTimeline"]');
    const found: {
      text: string;
      colour: { colour: string; behind: string[] };
      background: { colour: string; behind: string[] };
    }[] = [];
    if (!root) return found;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? "";
      const element = node.parentElement;
      if (!element || !wanted.includes(text) || found.some((entry) => entry.text === text)) continue;
      const layers = backgrounds(element);
      found.push({
        text,
        colour: { colour: getComputedStyle(element).color, behind: layers },
        background: { colour: layers[0], behind: layers.slice(1) },
      });
    }
    return found;
  }, words);
}

interface FieldBorders {
  field: string;
  unfocused: Painted;
  focused: Painted;
  background: Painted;
}

/**
 * The two text fields of the form: the chips' add field (Fluent's TextField: a 1 px border on
 * its field group, a 2 px ::after border while focused) and the attribute grid's search (a
 * 1 px border, a 2 px outline while focused). Each measured unfocused, then focused.
 */
async function fieldBorders(page: Page): Promise<FieldBorders[]> {
  const fields = [
    {
      field: "disposition code field",
      input: '[data-control="DispositionChips"] input',
      frame: ".ms-TextField-fieldGroup",
      focus: "after",
    },
    {
      field: "attribute search",
      input: '[data-control="AttributeGrid"] input[type="search"]',
      frame: ".pdx-ag-search",
      focus: "outline",
    },
  ] as const;
  const measured: FieldBorders[] = [];
  for (const field of fields) {
    const read = (focused: boolean) =>
      page.evaluate(
        ({ input, frame, focus, focused }) => {
          const backgrounds = (window as unknown as { __pdxBackgrounds(element: Element | null): string[] })
            .__pdxBackgrounds;
          const element = document.querySelector(input)?.closest(frame) ?? null;
          if (!element) return undefined;
          const style = getComputedStyle(element);
          const after = getComputedStyle(element, "::after");
          const colour = !focused
            ? style.borderTopColor
            : focus === "after"
              ? after.borderTopColor
              : style.outlineColor;
          const width = !focused
            ? parseFloat(style.borderTopWidth)
            : focus === "after"
              ? parseFloat(after.borderTopWidth)
              : parseFloat(style.outlineWidth);
          // The border sits on the field's own background inside and the page's outside: the
          // background beside it is the parent's (the field's own is the same in every theme here).
          return { colour, width, behind: backgrounds(element.parentElement) };
        },
        { input: field.input, frame: field.frame, focus: field.focus, focused },
      );
    const unfocused = await read(false);
    await page.locator(field.input).first().focus();
    await page.waitForTimeout(50);
    const focused = await read(true);
    await page.locator(field.input).first().blur();
    assert.ok(unfocused && focused, `${field.field} is on the form`);
    assert.ok(focused.width >= 2, `${field.field}: the focus border is at least 2 px (${focused.width})`);
    measured.push({
      field: field.field,
      unfocused: { colour: unfocused.colour, behind: unfocused.behind },
      focused: { colour: focused.colour, behind: focused.behind },
      background: { colour: focused.behind[0], behind: focused.behind.slice(1) },
    });
  }
  return measured;
}

/** The chips' remove buttons (the "+N" chip is a button too, with aria-expanded). */
const removeSelector = '[data-control="DispositionChips"] li button[aria-label]:not([aria-expanded])';

interface RemoveButton {
  code: string;
  width: number;
  height: number;
  text: Painted;
  chip: Painted;
  /** The focus ring's colours (outline and box-shadow), as computed while the button has keyboard focus. */
  rings: string[];
}

/** Every chip's remove button: its size, the chip's colours and its focus ring after Tab reached it. */
async function removeButtons(page: Page): Promise<RemoveButton[]> {
  const count = await page.locator(removeSelector).count();
  const buttons: RemoveButton[] = [];
  for (let index = 0; index < count; index += 1) {
    const button = page.locator(removeSelector).nth(index);
    // Keyboard focus, so :focus-visible applies as it does for a keyboard user.
    await button.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    const measured = await button.evaluate((element) => {
      const backgrounds = (window as unknown as { __pdxBackgrounds(element: Element | null): string[] })
        .__pdxBackgrounds;
      const chip = element.closest("li") as HTMLElement;
      const style = getComputedStyle(element);
      const rings: string[] = [];
      if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) rings.push(style.outlineColor);
      for (const match of style.boxShadow.matchAll(/rgba?\([^)]*\)/g)) rings.push(match[0]);
      const box = element.getBoundingClientRect();
      const layers = backgrounds(chip);
      return {
        focused: document.activeElement === element,
        code: chip.textContent ?? "",
        width: box.width,
        height: box.height,
        text: { colour: getComputedStyle(chip).color, behind: layers },
        chip: { colour: layers[0], behind: layers.slice(1) },
        rings,
      };
    });
    assert.ok(measured.focused, `the remove button of ${measured.code} takes keyboard focus`);
    buttons.push(measured);
  }
  return buttons;
}

describe("contrast and targets on the delivery form (issue 15, item 3)", () => {
  for (const look of looks) {
    it(`${look.name}: status and result texts 4.5:1, text field borders and focus 3:1 (focus never dimmer), chip remove buttons 24 x 24 with a focus ring 3:1 on every chip`, async () => {
      const opened = await session.open({ record, theme: look.theme }, { forcedColors: look.forcedColors });
      const { page } = opened;
      try {
        await assertHealthy(opened);
        await page.evaluate(backgroundsScript);
        const report: string[] = [`${look.name}:`];
        const failures: string[] = [];
        const check = (ok: boolean, message: string): void => {
          if (!ok) failures.push(message);
        };

        const words = [expected.statusText(record), expected.text("DeliveryTimeline", "Result_CallFailed")];
        const tones = await toneTexts(page, words);
        assert.deepEqual(
          tones.map((tone) => tone.text).sort(),
          [...words].sort(),
          "the timeline shows the status and the result",
        );
        for (const tone of tones) {
          const value = ratio(tone.colour, tone.background);
          report.push(`  "${tone.text}" ${tone.colour.colour} on ${tone.background.colour}: ${fixed(value)}:1`);
          check(value >= textContrast, `${look.name}: "${tone.text}" is ${fixed(value)}:1, under 4.5:1`);
        }

        for (const field of await fieldBorders(page)) {
          const unfocused = ratio(field.unfocused, field.background);
          const focused = ratio(field.focused, field.background);
          report.push(
            `  ${field.field}: border ${field.unfocused.colour} ${fixed(unfocused)}:1, focused ${field.focused.colour} ${fixed(focused)}:1`,
          );
          check(unfocused >= nonTextContrast, `${look.name}: ${field.field} border is ${fixed(unfocused)}:1`);
          check(focused >= nonTextContrast, `${look.name}: ${field.field} focus border is ${fixed(focused)}:1`);
          // In forced colours the user's palette decides (Highlight marks focus); elsewhere focus must not fade.
          check(
            look.forcedColors || focused >= unfocused - 0.01,
            `${look.name}: ${field.field} focus border (${fixed(focused)}:1) is dimmer than its border (${fixed(unfocused)}:1)`,
          );
        }

        const chipsPage = await session.open(
          { record: withCodes, theme: look.theme },
          { forcedColors: look.forcedColors },
        );
        await chipsPage.page.evaluate(backgroundsScript);
        let buttons: RemoveButton[] = [];
        try {
          await assertHealthy(chipsPage);
          buttons = await removeButtons(chipsPage.page);
          if (look.name === "dark") {
            await chipsPage.page.screenshot({
              path: session.screenshotPath("contrast-delivery-form-complete-dark"),
              fullPage: true,
            });
            const chips = chipsPage.page.locator('[data-control="DispositionChips"]');
            await chipsPage.page.locator(removeSelector).first().focus();
            await chipsPage.page.keyboard.press("Shift+Tab");
            await chipsPage.page.keyboard.press("Tab");
            await chips.screenshot({ path: session.screenshotPath("contrast-chip-remove-focus-dark") });
          }
        } finally {
          await chipsPage.close();
        }
        check(buttons.length > 0, "the record has chips with remove buttons");
        for (const button of buttons) {
          check(
            button.width >= 24 && button.height >= 24,
            `${look.name}: the remove button of ${button.code} is ${button.width} x ${button.height} px`,
          );
          const text = ratio(button.text, button.chip);
          check(text >= textContrast, `${look.name}: chip ${button.code} text is ${fixed(text)}:1`);
          const rings = button.rings.map((ring) => ratio({ colour: ring, behind: [] }, button.chip));
          const best = Math.max(0, ...rings);
          report.push(
            `  chip ${button.code} (${button.chip.colour}): remove ${button.width} x ${button.height}, text ${fixed(text)}:1, focus ring ${button.rings.join(" + ")} → ${rings.map(fixed).join(" / ")}:1`,
          );
          check(best >= nonTextContrast, `${look.name}: chip ${button.code} focus ring is at most ${fixed(best)}:1`);
          if (!look.forcedColors) {
            // Two tones, so one of them shows on any chip colour (forced colours drop box-shadow).
            check(button.rings.length >= 2, `${look.name}: chip ${button.code} focus ring has two tones`);
            if (button.rings.length < 2) continue;
            const between = ratioOf(
              flatten({ colour: button.rings[0], behind: [] }),
              flatten({ colour: button.rings[1], behind: [] }),
            );
            check(between >= nonTextContrast, `${look.name}: the two tones are ${fixed(between)}:1 apart`);
          }
        }
        console.log(report.join("\n"));

        if (look.name === "dark") {
          await page.screenshot({ path: session.screenshotPath("contrast-delivery-form-error-dark"), fullPage: true });
          await page.locator('[data-control="DeliveryTimeline"]').screenshot({
            path: session.screenshotPath("contrast-status-result-dark"),
          });
          await page.locator('[data-control="DispositionChips"] input').first().focus();
          await page.locator('[data-control="DispositionChips"]').screenshot({
            path: session.screenshotPath("contrast-code-field-focus-dark"),
          });
        }
        assert.deepEqual(failures, [], `${look.name}: under WCAG 2.2 AA`);
      } finally {
        await opened.close();
      }
    });
  }
});
