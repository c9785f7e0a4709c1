/** @jsx h */
import { IconButton, Link } from "@fluentui/react";
import type * as React from "react";
import type { RelatedKind } from "../../domain/related/relatedTables";
import type { ToneColours } from "../shared/toneColours";
import type { ReferenceState } from "./relatedState";
import type { RelatedRecordsStrings } from "./relatedRecordsStrings";
import { labelOf, reasonText } from "./relatedText";
import { h } from "../shared/jsx";

export interface RelatedRowProps {
  kind: RelatedKind;
  state: ReferenceState;
  strings: RelatedRecordsStrings;
  tones: ToneColours;
  onOpen: (kind: RelatedKind) => void;
  onCopy: (kind: RelatedKind, text: string) => void;
}

const rowStyle: React.CSSProperties = { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "0 8px" };
const termStyle: React.CSSProperties = { fontWeight: 600, minWidth: 120 };
const valueStyle: React.CSSProperties = {
  margin: 0,
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: "0 8px",
  minWidth: 0,
};
// Forms may switch selection off around a field; the raw id is there to be selected.
const idStyle: React.CSSProperties = { userSelect: "text", fontFamily: "monospace", overflowWrap: "anywhere" };

function Value(props: RelatedRowProps): React.ReactElement {
  const { state, strings, tones, kind } = props;
  switch (state.kind) {
    case "empty":
      return <span style={{ color: tones.neutral }}>{strings.get("Value_Empty")}</span>;
    case "resolving":
      return <span style={{ color: tones.neutral }}>{strings.get("Resolving")}</span>;
    case "resolved": {
      const name = state.name || strings.get("Name_Empty");
      // Text children, never markup: React escapes whatever the name holds.
      return (
        <Link onClick={() => props.onOpen(kind)} title={strings.format("Open_Label", labelOf(kind, strings), name)}>
          <span dir="auto">{name}</span>
        </Link>
      );
    }
    case "failed":
      return (
        <span>
          <span style={idStyle}>{state.text}</span>{" "}
          <span style={{ color: tones.warning }}>{reasonText(state.reason, kind, strings)}</span>
        </span>
      );
  }
}

/** One related row: its label, its name as a link (or the id and why there is no name), and a copy button. */
export function RelatedRow(props: RelatedRowProps): React.ReactElement {
  const { kind, state, strings } = props;
  const label = labelOf(kind, strings);
  const copyLabel = strings.format("Copy_Label", label);
  return (
    <div style={rowStyle}>
      <dt style={termStyle}>{label}</dt>
      <dd style={valueStyle}>
        <Value {...props} />
        {state.kind !== "empty" && (
          <IconButton
            iconProps={{ iconName: "Copy" }}
            ariaLabel={copyLabel}
            title={copyLabel}
            onClick={() => props.onCopy(kind, state.text)}
            styles={{ root: { height: 24, width: 24 } }}
          />
        )}
      </dd>
    </div>
  );
}
