/** @jsx h */
import type * as React from "react";
import { h } from "../jsx";

/** A status line in muted text: no attributes, or none that match the filter. */
export function EmptyState({ text }: { text: string }): React.ReactElement {
  return (
    <div role="status" className="pdx-ag-empty">
      {text}
    </div>
  );
}
