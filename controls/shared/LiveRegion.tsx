/** @jsx h */
import type * as React from "react";
import { visuallyHidden } from "./visuallyHidden";
import { h } from "./jsx";

/** Announces changes that happen without a page change (a load finishing, a chip removed). */
export function LiveRegion(props: { message: string | undefined; visible?: boolean }): React.ReactElement {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" style={props.visible ? undefined : visuallyHidden}>
      {props.message ?? ""}
    </div>
  );
}
