import type * as React from "react";
import type { HostSettings } from "../../host/controlHost";
import type { PreviewEnvironment } from "../environment";
import type { PreviewState } from "../urlState";

export interface PageProps {
  env: PreviewEnvironment;
  state: PreviewState;
  settings: HostSettings;
  /** Changes part of the state (and the address). */
  navigate(change: Partial<PreviewState>): void;
}

export interface PageDefinition {
  id: string;
  title: string;
  /** Benchmark pages are reachable by address only. */
  hidden?: boolean;
  /** Whether the record switcher applies. */
  usesRecord: boolean;
  component: React.ComponentType<PageProps>;
}
