import type { ITheme } from "@fluentui/react";
import type * as React from "react";

/**
 * The theme's colours as the custom properties AttributeList.css reads, merged into `style`,
 * and the background, which the sticky header rows inherit (the list may sit in a container
 * of the host's with none of its own). Text colour and font are inherited from the
 * ThemeProvider around the control.
 */
export function themeVariables(theme: ITheme, style: React.CSSProperties): React.CSSProperties {
  const colours = theme.semanticColors;
  return Object.assign(style, {
    background: colours.bodyBackground,
    "--pdx-ag-subtle": colours.bodySubtext,
    "--pdx-ag-line": colours.bodyDivider,
    "--pdx-ag-link": colours.link,
    "--pdx-ag-error": colours.errorText,
    "--pdx-ag-input": colours.inputBackground,
    "--pdx-ag-input-line": colours.inputBorder,
    "--pdx-ag-input-hover": colours.inputBorderHovered,
    "--pdx-ag-input-focus": colours.inputFocusBorderAlt,
    // Native parts (the search field's clear button, scroll bars) follow a dark theme too.
    colorScheme: theme.isInverted ? "dark" : "light",
  });
}
