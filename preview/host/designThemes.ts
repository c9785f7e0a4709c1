/** The looks the preview offers, and the colours of the page around the controls in each. */
import type { FluentThemeName } from "../../pcf-host/designStates";

export type ThemeName = FluentThemeName;

export const themeNames: readonly ThemeName[] = ["light", "dark", "highContrast"];

/** What the page around the controls uses, so the preview chrome follows the same look. */
export const pageColours: Record<
  ThemeName,
  { background: string; surface: string; text: string; subtle: string; border: string; accent: string }
> = {
  light: {
    background: "#f5f5f5",
    surface: "#ffffff",
    text: "#242424",
    subtle: "#616161",
    border: "#d1d1d1",
    accent: "#0f6cbd",
  },
  dark: {
    background: "#141414",
    surface: "#292929",
    text: "#ffffff",
    subtle: "#adadad",
    border: "#666666",
    accent: "#479ef5",
  },
  highContrast: {
    background: "Canvas",
    surface: "Canvas",
    text: "CanvasText",
    subtle: "CanvasText",
    border: "CanvasText",
    accent: "LinkText",
  },
};
