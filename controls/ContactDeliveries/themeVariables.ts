import type { ITheme } from "@fluentui/react";
import type * as React from "react";
import type { ControlTheme } from "../shared/theme";

/** The theme's colours as the custom properties ContactDeliveries.css reads. */
export function deliveriesThemeVariables(theme: ControlTheme): React.CSSProperties {
  const fluent: ITheme = theme.fluent;
  const colours = fluent.semanticColors;
  const highContrast = theme.mode === "highContrast";
  return {
    "--pdx-cd-subtle": highContrast ? "CanvasText" : colours.bodySubtext,
    "--pdx-cd-line": highContrast ? "CanvasText" : colours.bodyDivider,
    // Tone colours are chosen for 4.5:1 on the background; the lightest neutrals keep that, a
    // brand tint does not, so selection is a neutral fill with an accent bar.
    "--pdx-cd-hover": highContrast ? "Canvas" : fluent.palette.neutralLighterAlt,
    "--pdx-cd-selected": highContrast ? "Canvas" : fluent.palette.neutralLighter,
    "--pdx-cd-selected-text": highContrast ? "CanvasText" : fluent.palette.neutralPrimary,
    "--pdx-cd-focus": highContrast ? "CanvasText" : fluent.palette.neutralPrimary,
    "--pdx-cd-accent": highContrast ? "Highlight" : fluent.palette.themePrimary,
    "--pdx-cd-warning": theme.tones.warning,
    "--pdx-cd-danger": theme.tones.danger,
    colorScheme: fluent.isInverted ? "dark" : "light",
  } as React.CSSProperties;
}
