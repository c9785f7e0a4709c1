/**
 * WCAG 2.2 AA at the source (issue 15, item 3): every tone colour, link, error text and focus
 * colour the theme bridge hands the controls, computed against every background of the look,
 * in light and dark (with the host's tokens, without them, and with other brand ramps), and the
 * system colours of high contrast. 4.5:1 for text, 3:1 for borders and focus indicators.
 */
import { codeColour, codeHueRange, codeHueStart } from "../../../domain/delivery/codeColour";
import { hslToHex } from "../../../domain/delivery/colour";
import {
  contrastOf,
  ensureContrast,
  nonTextContrast,
  parseColour,
  ratioOf,
  textContrast,
} from "../../../controls/shared/contrast";
import { createControlTheme, type ControlTheme } from "../../../controls/shared/theme";
import { themeBackgrounds } from "../../../controls/shared/toneColours";
import { fluentDesign } from "../../support/pcfContext";

type Design = ComponentFramework.FluentDesignState;

/** A made-up brand ramp: 16 steps of one hue from dark (10) to light (160). */
function ramp(hue: number, saturation: number): Record<number, string> {
  const steps: Record<number, string> = {};
  for (let index = 1; index <= 16; index += 1) steps[index * 10] = hslToHex(hue, saturation, 6 + index * 5.5);
  return steps;
}

/** A ramp whose steps are out of order (70 lighter than 80), as some brands' ramps are. */
function unevenRamp(): Record<number, string> {
  const steps = ramp(18, 90);
  const seventy = steps[70];
  steps[70] = steps[110];
  steps[110] = seventy;
  return steps;
}

const withBrand = (design: Design, brand: Record<number, string>): Design =>
  ({ ...design, brand: brand as unknown as ComponentFramework.BrandVariants }) as Design;

const looks: [string, Design | undefined][] = [
  ["light (Fluent's web light tokens)", fluentDesign("light")],
  ["dark (Fluent's web dark tokens)", fluentDesign("dark")],
  ["light, no design state", undefined],
  ["dark, no tokens", { isDarkTheme: true } as Design],
  ["light, purple brand", withBrand(fluentDesign("light"), ramp(265, 55))],
  ["dark, purple brand", withBrand(fluentDesign("dark"), ramp(265, 55))],
  ["light, uneven orange brand", withBrand(fluentDesign("light"), unevenRamp())],
  ["dark, uneven orange brand", withBrand(fluentDesign("dark"), unevenRamp())],
  ["light, teal brand", withBrand(fluentDesign("light"), ramp(180, 70))],
  ["dark, teal brand", withBrand(fluentDesign("dark"), ramp(180, 70))],
];

/** The pairs whose ratio is under the minimum (an empty list passes), rounded for the message. */
function under(pairs: [string, number][], minimum: number): string[] {
  return pairs.filter(([, ratio]) => !(ratio >= minimum)).map(([what, ratio]) => `${what}: ${ratio.toFixed(2)}:1`);
}

/** Every colour a control shows as text, with its name, and those drawn as borders or focus. */
function textColours(theme: ControlTheme): [string, string][] {
  const semantic = theme.fluent.semanticColors;
  return [
    ...Object.entries(theme.tones).map(([tone, colour]): [string, string] => [`tone ${tone}`, colour]),
    ["link", semantic.link],
    ["link hovered", semantic.linkHovered],
    ["error text", semantic.errorText],
    ["body text", semantic.bodyText],
  ];
}

describe.each(looks)("%s", (_, design) => {
  const theme = createControlTheme(design, false);
  const backgrounds = themeBackgrounds(theme.fluent.palette);
  const semantic = theme.fluent.semanticColors;

  it("has three number backgrounds", () => {
    for (const background of backgrounds) expect(parseColour(background)).toBeDefined();
  });

  it.each(textColours(theme))("%s (%s) is 4.5:1 on every background", (_name, colour) => {
    expect(
      under(
        backgrounds.map((background) => [background, contrastOf(colour, background)]),
        textContrast,
      ),
    ).toEqual([]);
  });

  it("draws text field borders 3:1, and focus 3:1 and never fainter than the border", () => {
    const borders = backgrounds.map((background): [string, number] => [
      background,
      contrastOf(semantic.inputBorder, background),
    ]);
    expect(under(borders, nonTextContrast)).toEqual([]);
    const faded = backgrounds.filter(
      (background, index) =>
        !(contrastOf(semantic.inputFocusBorderAlt, background) >= Math.max(borders[index][1], nonTextContrast)),
    );
    expect(faded).toEqual([]);
  });

  it("has a two-tone focus ring whose tones are 3:1 apart, one of them 3:1 on every chip colour and background", () => {
    expect(contrastOf(theme.focus.outer, theme.focus.inner)).toBeGreaterThanOrEqual(nonTextContrast);
    const dark = theme.mode === "dark";
    const grounds = [...backgrounds, ...sampleCodes.map((code) => codeColour(code, dark).background)];
    const best = grounds.map((ground): [string, number] => [
      ground,
      Math.max(contrastOf(theme.focus.outer, ground), contrastOf(theme.focus.inner, ground)),
    ]);
    expect(under(best, nonTextContrast)).toEqual([]);
  });
});

/** 2,000 codes: sample words, numbered variants and hashes of every kind. */
const sampleCodes = [
  "PromiseToPay",
  "DoNotCall",
  "donotcall",
  "AppointmentRescheduled",
  "LanguageBarrier",
  "WrongNumber",
  "CallBackLater",
  ...Array.from({ length: 1993 }, (_, index) => `Code${index}-${(index * 7919) % 1000}`),
];

/** The hue of a hex colour, in degrees. */
function hueOf(hex: string): number {
  const rgb = parseColour(hex)?.rgb.map((channel) => channel / 255) ?? [0, 0, 0];
  const max = Math.max(...rgb);
  const min = Math.min(...rgb);
  if (max === min) return 0;
  const delta = max - min;
  const hue =
    max === rgb[0]
      ? ((rgb[1] - rgb[2]) / delta) % 6
      : max === rgb[1]
        ? (rgb[2] - rgb[0]) / delta + 2
        : (rgb[0] - rgb[1]) / delta + 4;
  return (hue * 60 + 360) % 360;
}

describe("chip colours", () => {
  it.each([false, true])("reach 4.5:1 for their text and keep clear of the status hues (dark: %s)", (dark) => {
    const colours = sampleCodes.map((code) => ({ code, ...codeColour(code, dark) }));
    expect(
      under(
        colours.map((c): [string, number] => [c.code, contrastOf(c.background, c.foreground)]),
        textContrast,
      ),
    ).toEqual([]);
    // Red (danger), orange and yellow (warning) and green (success) are left to the status tones;
    // rounding to whole channels moves a hue by a degree or two.
    const offHue = colours
      .map((c) => ({ code: c.code, hue: hueOf(c.background) }))
      .filter((c) => c.hue < codeHueStart - 2 || c.hue > codeHueStart + codeHueRange + 2);
    expect(offHue).toEqual([]);
  });

  it("never reuse the status tones' hues: nothing redder than 170° or past 322°", () => {
    expect(codeHueStart).toBeGreaterThanOrEqual(170);
    expect(codeHueStart + codeHueRange).toBeLessThanOrEqual(322);
  });
});

describe("high contrast", () => {
  const theme = createControlTheme(fluentDesign("highContrast"), false);

  it("leaves text and focus to the system colours", () => {
    expect(new Set(Object.values(theme.tones))).toEqual(new Set(["CanvasText"]));
    expect(theme.focus).toEqual({ outer: "Highlight", inner: "Canvas" });
  });

  // Windows' own high contrast themes (Settings → Contrast themes), as system colours resolve there.
  it.each([
    ["Aquatic", { Canvas: "#202020", CanvasText: "#ffffff", Highlight: "#8ee3f0" }],
    ["Desert", { Canvas: "#fffaef", CanvasText: "#3d3d3d", Highlight: "#903909" }],
    ["Dusk", { Canvas: "#2d3236", CanvasText: "#b6f6f0", Highlight: "#a1bfde" }],
    ["Night sky", { Canvas: "#000000", CanvasText: "#ffffff", Highlight: "#d6b4fd" }],
  ])("%s: text 4.5:1 and the focus ring 3:1 on Canvas", (_name, system) => {
    expect(contrastOf(system.CanvasText, system.Canvas)).toBeGreaterThanOrEqual(textContrast);
    expect(contrastOf(system.Highlight, system.Canvas)).toBeGreaterThanOrEqual(nonTextContrast);
  });
});

describe("the arithmetic", () => {
  it("matches WCAG's reference values", () => {
    expect(contrastOf("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastOf("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(ratioOf([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastOf("CanvasText", "Canvas")).toBeNaN();
  });

  it("reads the colours computed styles give", () => {
    expect(parseColour("rgb(220, 98, 109)")).toEqual({ rgb: [220, 98, 109], alpha: 1 });
    expect(parseColour("rgba(5, 0, 73, 0.8)")).toEqual({ rgb: [5, 0, 73], alpha: 0.8 });
    expect(parseColour("#abc")).toEqual({ rgb: [170, 187, 204], alpha: 1 });
    expect(parseColour("Highlight")).toBeUndefined();
  });

  it("moves a colour only as far as the ratio needs, towards white on dark and black on light", () => {
    expect(ensureContrast("#0e700e", ["#ffffff"], textContrast, false)).toBe("#0e700e");
    const lighter = ensureContrast("#dc626d", ["#292929"], textContrast, true);
    expect(contrastOf(lighter, "#292929")).toBeGreaterThanOrEqual(textContrast);
    expect(contrastOf(lighter, "#292929")).toBeLessThan(4.7);
    const darker = ensureContrast("#ff9900", ["#ffffff", "#f5f5f5"], textContrast, false);
    expect(Math.min(contrastOf(darker, "#ffffff"), contrastOf(darker, "#f5f5f5"))).toBeGreaterThanOrEqual(textContrast);
    expect(ensureContrast("CanvasText", ["Canvas"], textContrast, true)).toBe("CanvasText");
    expect(ensureContrast("#808080", ["#7f7f7f"], 21, true)).toBe("#ffffff");
  });
});
