import type { Tone } from "../../domain/delivery/tone";
import type { ThemeMode } from "./themeMode";

/** Text colour for each tone, chosen for at least 4.5:1 contrast on the mode's background. */
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

export function toneColoursFor(mode: ThemeMode, tokens: TokenBag | undefined): ToneColours {
  if (mode === "highContrast") {
    return highContrastColours;
  }
  const defaults = mode === "dark" ? darkDefaults : lightDefaults;
  return {
    neutral: tokens?.colorNeutralForeground2 ?? defaults.neutral,
    info: tokens?.colorBrandForeground1 ?? defaults.info,
    success: tokens?.colorStatusSuccessForeground1 ?? defaults.success,
    warning: tokens?.colorStatusWarningForeground1 ?? defaults.warning,
    danger: tokens?.colorStatusDangerForeground1 ?? defaults.danger,
  };
}
