/** @jsx h */
import * as React from "react";
import { h } from "./jsx";

export interface ErrorBoundaryProps {
  /** Already localised text shown instead of the view when rendering fails. */
  message: string;
  children?: React.ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
}

/**
 * Keeps a rendering bug inside one control from blanking the whole form: the control shows
 * a readable message in place of its view and the rest of the page keeps working.
 */
export class ErrorBoundary extends React.Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error): void {
    // The host has no other channel for control errors; the console keeps the stack for support.
    console.error(error);
  }

  override render(): React.ReactNode {
    if (this.state.failed) {
      return <div role="alert">{this.props.message}</div>;
    }
    return this.props.children ?? null;
  }
}
