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
  /** Localised text of the error boundary's retry button. */
  retry: string;
  /** Accessible name of the control's region. */
  label: string;
  className?: string;
  children?: React.ReactNode;
}

/**
 * The frame every control renders in: theme (with its font), reading direction, the root
 * styles that keep a host's stylesheet out (.pdx-root in ControlRoot.css), error boundary.
 */
export function ControlRoot(props: ControlRootProps): React.ReactElement {
  const { theme } = props;
  return (
    <ThemeProvider theme={theme.fluent}>
      <div
        dir={theme.fluent.rtl ? "rtl" : "ltr"}
        role="group"
        aria-label={props.label}
        data-theme-mode={theme.mode}
        className={"pdx-root " + (props.className || "")}
        style={{ color: theme.fluent.palette.neutralPrimary, background: theme.fluent.palette.white }}
      >
        <ErrorBoundary message={props.errorMessage} retry={props.retry}>
          {props.children}
        </ErrorBoundary>
      </div>
    </ThemeProvider>
  );
}
