/** @jsx h */
import { ThemeProvider } from "@fluentui/react";
import type * as React from "react";
import { ErrorBoundary } from "./ErrorBoundary";
import type { BaseTheme } from "./theme";
import { h } from "./jsx";

export interface ControlRootProps {
  theme: BaseTheme;
  /** Localised message for the error boundary. */
  errorMessage: string;
  /** Accessible name of the control's region. */
  label: string;
  className?: string;
  children?: React.ReactNode;
}

/** The frame every control renders in: theme, reading direction, error boundary. */
export function ControlRoot(props: ControlRootProps): React.ReactElement {
  const { theme } = props;
  return (
    <ThemeProvider theme={theme.fluent}>
      <div
        dir={theme.fluent.rtl ? "rtl" : "ltr"}
        role="group"
        aria-label={props.label}
        data-theme-mode={theme.mode}
        className={props.className}
        style={{ color: theme.fluent.palette.neutralPrimary, background: theme.fluent.palette.white }}
      >
        <ErrorBoundary message={props.errorMessage}>{props.children}</ErrorBoundary>
      </div>
    </ThemeProvider>
  );
}
