import { createTheme, type IPalette, type ISemanticColors, type ITheme } from "@fluentui/react";
import { contrastOf, luminanceOf, nonTextContrast } from "./contrast";
import { themeModeOf, type ThemeMode } from "./themeMode";
import { readableOn, themeBackgrounds, toneColoursFor, type ToneColours } from "./toneColours";

/**
 * Bridges the host's Fluent v9 design state (context.fluentDesignLanguage) to the Fluent v8
 * theme our React views use, so controls follow the app's brand, dark and high contrast
 * themes. Without a design state (older hosts, the test harness) Fluent's default light
 * theme applies.
 */
export interface BaseTheme {
  fluent: ITheme;
  mode: ThemeMode;
}

export interface FocusRing {
  outer: string;
  inner: string;
}

/** With text colours per tone, for controls that show a status or a code in colour. */
export interface ControlTheme extends BaseTheme {
  tones: ToneColours;
  /**
   * A two-tone focus ring for controls drawn on their own colours (a chip's remove button): an
   * outer and an inner ring at least 3:1 apart, so one of them shows on any colour behind them.
   */
  focus: FocusRing;
}

type ThemeBuilder<T> = (design: ComponentFramework.FluentDesignState | undefined, isRTL: boolean) => T;

type TokenBag = Readonly<Record<string, string | undefined>>;
type BrandRamp = Readonly<Record<number, string | undefined>>;

function pick(entries: Partial<IPalette>): Partial<IPalette> {
  const defined: Partial<IPalette> = {};
  for (const slot of Object.keys(entries) as (keyof IPalette)[]) {
    const colour = entries[slot];
    if (colour) {
      defined[slot] = colour;
    }
  }
  return defined;
}

// The v9 brand ramp runs dark (10) to light (160); v8's theme slots are named for the light
// theme, so a dark theme reads the ramp from the other end.
function brandSlots(brand: BrandRamp | undefined, isDark: boolean): Partial<IPalette> {
  if (!brand) {
    return {};
  }
  const step = (light: number, dark: number): string | undefined => brand[isDark ? dark : light];
  return pick({
    themeDarker: step(30, 140),
    themeDark: step(40, 130),
    themeDarkAlt: step(70, 110),
    themePrimary: step(80, 100),
    themeSecondary: step(90, 90),
    themeTertiary: step(120, 60),
    themeLight: step(140, 40),
    themeLighter: step(150, 30),
    themeLighterAlt: step(160, 20),
  });
}

// A host that says "dark" but sends no tokens still gets readable dark neutrals.
const darkNeutralDefaults: Partial<IPalette> = {
  white: "#1f1f1f",
  neutralLighterAlt: "#292929",
  neutralLighter: "#333333",
  neutralLight: "#3d3d3d",
  neutralQuaternaryAlt: "#525252",
  neutralTertiary: "#adadad",
  neutralSecondary: "#d6d6d6",
  neutralPrimary: "#ffffff",
  neutralDark: "#ffffff",
  black: "#ffffff",
  themePrimary: "#479ef5",
};

function neutralSlots(t: TokenBag, isDark: boolean): Partial<IPalette> {
  const defaults = isDark ? darkNeutralDefaults : {};
  return {
    ...defaults,
    ...pick({
      white: t.colorNeutralBackground1,
      neutralLighterAlt: t.colorNeutralBackground2,
      neutralLighter: t.colorNeutralBackground3,
      neutralLight: t.colorNeutralStroke2,
      neutralQuaternaryAlt: t.colorNeutralStroke1,
      neutralTertiary: t.colorNeutralForeground3,
      neutralSecondary: t.colorNeutralForeground2,
      neutralPrimary: t.colorNeutralForeground1,
      neutralDark: t.colorNeutralForeground1,
      black: t.colorNeutralForeground1,
      themePrimary: t.colorBrandBackground,
    }),
  };
}

/**
 * Text field borders (TextField, the attribute search). v8 draws the unfocused border in
 * neutralSecondary and the 2 px focus border in themePrimary, which the host maps to its brand
 * *background* (#115ea3 in dark: 2.18:1, dimmer than the 10:1 border around it). The border
 * becomes v9's accessible stroke (colorNeutralStrokeAccessible, made for 3:1), and the focus
 * border the first step of the host's brand ramp, from its stroke step (100 dark, 80 light, the
 * steps v9's colorCompoundBrandStroke takes) outwards, that is at least as strong as the border:
 * as light as it in dark, as dark as it in light. Stronger than a 3:1 border on the same background is 3:1 too,
 * so focusing a field never fades it. Luminance alone decides, which keeps AttributeGrid's
 * bundle within its budget.
 */
function fieldColours(mode: ThemeMode, t: TokenBag, brand: BrandRamp | undefined): Partial<ISemanticColors> {
  if (mode === "highContrast") return {};
  const isDark = mode === "dark";
  const border = t.colorNeutralStrokeAccessible || (isDark ? "#adadad" : "#616161");
  const line = luminanceOf(border);
  // NaN (no hex colour) compares false either way, so it never qualifies.
  const strong = (colour: string | undefined): boolean =>
    isDark ? luminanceOf(colour) >= line : luminanceOf(colour) <= line;
  let focus: string | undefined;
  for (let step = isDark ? 100 : 80; !strong(focus) && step >= 10 && step <= 160; step += isDark ? 10 : -10) {
    focus = brand && brand[step];
  }
  // Without a brand ramp the focus border is the border's own colour, twice as wide.
  return { inputBorder: border, inputFocusBorderAlt: strong(focus) ? focus : border };
}

/**
 * Links: v8 colours them with themePrimary, the host's brand *background*, which fails contrast
 * on a dark background, so they take the v9 link foreground tokens instead (the control theme
 * then makes them, and v8's own error text under a field, 4.5:1 on the mode's backgrounds).
 */
function linkColours(mode: ThemeMode, t: TokenBag): Partial<ISemanticColors> {
  const link = t.colorBrandForegroundLink || t.colorBrandForeground1 || (mode === "dark" ? "#479ef5" : undefined);
  return link ? { link, linkHovered: t.colorBrandForegroundLinkHover || t.colorBrandForeground2 || link } : {};
}

function themeOf(design: ComponentFramework.FluentDesignState | undefined, isRTL: boolean): BaseTheme {
  const mode = themeModeOf(design);
  const t = ((design && design.tokenTheme) || {}) as TokenBag;
  const isDark = mode === "dark";
  const brand = design && (design.brand as BrandRamp | undefined);
  const fluent = createTheme({
    palette: { ...brandSlots(brand, isDark), ...neutralSlots(t, isDark) },
    semanticColors: { ...fieldColours(mode, t, brand), ...linkColours(mode, t) },
    isInverted: isDark,
    rtl: isRTL,
    defaultFontStyle: t.fontFamilyBase ? { fontFamily: t.fontFamilyBase } : undefined,
  });
  return { fluent, mode };
}

/** Palette and text field borders: for a control that shows no tone, link or field error (AttributeGrid). */
export const createBaseTheme: ThemeBuilder<BaseTheme> = themeOf;

// Fluent v9's colorStrokeFocus2 (outer) and colorStrokeFocus1 (inner) of each look.
const focusDefaults: Record<ThemeMode, FocusRing> = {
  light: { outer: "#000000", inner: "#ffffff" },
  dark: { outer: "#ffffff", inner: "#000000" },
  highContrast: { outer: "Highlight", inner: "Canvas" },
};

function focusRing(mode: ThemeMode, t: TokenBag): FocusRing {
  const ring = { outer: t.colorStrokeFocus2 || "", inner: t.colorStrokeFocus1 || "" };
  // Two tones that do not stand apart (or are missing) are one tone: the look's own pair then.
  return contrastOf(ring.outer, ring.inner) >= nonTextContrast ? ring : focusDefaults[mode];
}

// A separate builder, so a control that never colours by tone (AttributeGrid) does not
// bundle the tone tables.
export const createControlTheme: ThemeBuilder<ControlTheme> = (design, isRTL) => {
  const base = themeOf(design, isRTL);
  const t = ((design && design.tokenTheme) || {}) as TokenBag;
  const mode = base.mode;
  const semantic = base.fluent.semanticColors;
  const backgrounds = themeBackgrounds(base.fluent.palette);
  if (mode !== "highContrast") {
    // Before any render reads the theme: links and field errors readable (4.5:1) on every background.
    for (const slot of ["link", "linkHovered", "errorText"] as const)
      semantic[slot] = readableOn(semantic[slot], mode, backgrounds);
  }
  return { ...base, tones: toneColoursFor(mode, t, backgrounds), focus: focusRing(mode, t) };
};

/**
 * Remembers the last theme so updateView, which the host calls on every resize and value
 * change, does not rebuild the theme and restyle the tree when nothing about it changed.
 */
export function createThemeCache<T>(build: ThemeBuilder<T>): (context: ComponentFramework.Context<unknown>) => T {
  let lastDesign: ComponentFramework.FluentDesignState | undefined;
  let lastRTL: boolean | undefined;
  let last: T | undefined;
  return (context) => {
    const design = context.fluentDesignLanguage;
    const isRTL = !!(context.userSettings && context.userSettings.isRTL);
    if (!last || design !== lastDesign || isRTL !== lastRTL) {
      last = build(design, isRTL);
      lastDesign = design;
      lastRTL = isRTL;
    }
    return last;
  };
}
