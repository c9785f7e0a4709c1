import { createTheme, type IPalette, type ITheme } from "@fluentui/react";
import { themeModeOf, type ThemeMode } from "./themeMode";
import { toneColoursFor, type ToneColours } from "./toneColours";

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

/** With text colours per tone, for controls that show a status or a code in colour. */
export interface ControlTheme extends BaseTheme {
  tones: ToneColours;
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

function neutralSlots(tokens: TokenBag | undefined, isDark: boolean): Partial<IPalette> {
  const defaults = isDark ? darkNeutralDefaults : {};
  return {
    ...defaults,
    ...pick({
      white: tokens?.colorNeutralBackground1,
      neutralLighterAlt: tokens?.colorNeutralBackground2,
      neutralLighter: tokens?.colorNeutralBackground3,
      neutralLight: tokens?.colorNeutralStroke2,
      neutralQuaternaryAlt: tokens?.colorNeutralStroke1,
      neutralTertiary: tokens?.colorNeutralForeground3,
      neutralSecondary: tokens?.colorNeutralForeground2,
      neutralPrimary: tokens?.colorNeutralForeground1,
      neutralDark: tokens?.colorNeutralForeground1,
      black: tokens?.colorNeutralForeground1,
      themePrimary: tokens?.colorBrandBackground,
    }),
  };
}

// v8 colours links with themePrimary, which the host maps to a brand *background*; on a dark
// background that fails contrast, so links take the v9 link foreground tokens instead.
function linkColours(tokens: TokenBag | undefined, isDark: boolean): { link?: string; linkHovered?: string } {
  const link =
    tokens?.colorBrandForegroundLink ??
    tokens?.colorBrandForeground1 ??
    (isDark ? darkNeutralDefaults.themePrimary : undefined);
  const hovered = tokens?.colorBrandForegroundLinkHover ?? tokens?.colorBrandForeground2 ?? link;
  return link ? { link, linkHovered: hovered } : {};
}

export const createBaseTheme: ThemeBuilder<BaseTheme> = (design, isRTL) => {
  const mode = themeModeOf(design);
  const tokens = design?.tokenTheme as TokenBag | undefined;
  const isDark = mode === "dark";
  const palette = { ...brandSlots(design?.brand, isDark), ...neutralSlots(tokens, isDark) };
  const fluent = createTheme({
    palette,
    semanticColors: linkColours(tokens, isDark),
    isInverted: isDark,
    rtl: isRTL,
    defaultFontStyle: tokens?.fontFamilyBase ? { fontFamily: tokens.fontFamilyBase } : undefined,
  });
  return { fluent, mode };
};

// A separate builder, so a control that never colours by tone (AttributeGrid) does not
// bundle the tone tables.
export const createControlTheme: ThemeBuilder<ControlTheme> = (design, isRTL) => {
  const base = createBaseTheme(design, isRTL);
  return { ...base, tones: toneColoursFor(base.mode, design?.tokenTheme as TokenBag | undefined) };
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
    const isRTL = !!context.userSettings?.isRTL;
    if (!last || design !== lastDesign || isRTL !== lastRTL) {
      last = build(design, isRTL);
      lastDesign = design;
      lastRTL = isRTL;
    }
    return last;
  };
}
