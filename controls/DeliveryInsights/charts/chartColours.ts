import type { ControlTheme } from "../../shared/theme";

export interface ChartColours {
  bar: string;
  axis: string;
  text: string;
  focus: string;
}

/**
 * Mark colours from the theme: the brand colour for bars (3:1 against the background in light
 * and dark, Fluent's themePrimary), an outline in the text colour for the focused mark, and the system
 * colours in forced colours so the user's palette rules.
 */
export function chartColoursOf(theme: ControlTheme): ChartColours {
  if (theme.mode === "highContrast") {
    return { bar: "CanvasText", axis: "CanvasText", text: "CanvasText", focus: "Highlight" };
  }
  const palette = theme.fluent.palette;
  return {
    bar: palette.themePrimary,
    axis: palette.neutralSecondary,
    text: palette.neutralPrimary,
    focus: palette.neutralPrimary,
  };
}
