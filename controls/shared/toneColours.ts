import type { IPalette } from "@fluentui/react";
import type { Tone } from "../../domain/delivery/tone";
import { ensureContrast, textContrast } from "./contrast";
import type { ThemeMode } from "./themeMode";

/**
 * Text colour for each tone, at least 4.5:1 (WCAG 2.2 AA) on every background of the theme.
 * The host's tokens are taken as the starting point and moved towards white (dark) or black
 * (light) only as far as AA needs: Fluent v9's own web dark theme gives colorStatusDangerForeground1
 * #dc626d, 4.16:1 on its colorNeutralBackground1 #292929, so "Error" would fail as the host sends it.
 */
export type ToneColours = Readonly<Record<Tone, string>>;

type TokenBag = Readonly<Record<string, string | undefined>>;

const lightDefaults: ToneColours = {
  neutral: "#424242",
  info: "#0f548c",
  success: "#0e700e",
  warning: "#8a3707",
  danger: "#b10e1c",
};

const darkDefaults: ToneColours = {
  neutral: "#d6d6d6",
  info: "#82c7ff",
  success: "#54b054",
  warning: "#faa06b",
  danger: "#f1707b",
};

// In forced colours the user's palette rules; every tone uses the system text colour.
const highContrastColours: ToneColours = {
  neutral: "CanvasText",
  info: "CanvasText",
  success: "CanvasText",
  warning: "CanvasText",
  danger: "CanvasText",
};

/**
 * The backgrounds text of a control may sit on: the palette's white, neutralLighterAlt and
 * neutralLighter, which the theme bridge fills from the host's three neutral backgrounds (the
 * control's own, cards, the page) or Fluent's defaults.
 */
export function themeBackgrounds(palette: IPalette): string[] {
  return [palette.white, palette.neutralLighterAlt, palette.neutralLighter];
}

/** A colour readable as text (4.5:1) on every one of the backgrounds; dark themes lighten it. */
export function readableOn(colour: string, mode: ThemeMode, backgrounds: readonly string[]): string {
  return ensureContrast(colour, backgrounds, textContrast, mode === "dark");
}

export function toneColoursFor(
  mode: ThemeMode,
  tokens: TokenBag | undefined,
  backgrounds: readonly string[],
): ToneColours {
  if (mode === "highContrast") {
    return highContrastColours;
  }
  const t = tokens || {};
  const defaults = mode === "dark" ? darkDefaults : lightDefaults;
  const readable = (colour: string | undefined, fallback: string): string =>
    readableOn(colour || fallback, mode, backgrounds);
  return {
    neutral: readable(t.colorNeutralForeground2, defaults.neutral),
    info: readable(t.colorBrandForeground1, defaults.info),
    success: readable(t.colorStatusSuccessForeground1, defaults.success),
    warning: readable(t.colorStatusWarningForeground1, defaults.warning),
    danger: readable(t.colorStatusDangerForeground1, defaults.danger),
  };
}
