/** @jsx h */
import type * as React from "react";
import { h } from "../shared/jsx";

/** Notes about the stored text (malformed, too long, repeated codes); already localised. */
export function ProblemNotes(props: { notes: readonly string[]; colour: string }): React.ReactElement | null {
  if (props.notes.length === 0) {
    return null;
  }
  return (
    <ul style={{ margin: "4px 0 0", paddingInlineStart: 18, color: props.colour, fontSize: 12 }}>
      {props.notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
