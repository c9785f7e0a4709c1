/** @jsx h */
import { DefaultButton } from "@fluentui/react";
import * as React from "react";
import { h } from "./jsx";

export interface ErrorBoundaryProps {
  /** Already localised text shown instead of the view when rendering fails. */
  message: string;
  /** Already localised text of the button that renders the view again. */
  retry: string;
  children?: React.ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
}

/**
 * Keeps a rendering bug inside one control from blanking the whole form: the control shows
 * a readable message and a retry button in place of its view, the rest of the page keeps
 * working, and retry mounts the view again from scratch (a failure its own state caused
 * does not come back with it).
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
      return (
        <div role="alert">
          {this.props.message}{" "}
          <DefaultButton text={this.props.retry} onClick={() => this.setState({ failed: false })} />
        </div>
      );
    }
    // React unmounted the failed subtree to show the message, so after a retry the view
    // mounts afresh: new component state, effects and store subscriptions.
    return this.props.children || null;
  }
}
