/** @jsx h */
import type * as React from "react";
import { h } from "../jsx";

/**
 * A status line in muted text: no attributes, or none that match the filter. The text is
 * isolated (bdi): the line keeps the layout's side, the words (and the filter text in them)
 * their own order.
 */
export function EmptyState({ text }: { text: string }): React.ReactElement {
  return (
    <div role="status" className="pdx-ag-empty">
      <bdi>{text}</bdi>
    </div>
  );
}
