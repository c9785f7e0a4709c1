/** @jsx h */
import * as React from "react";
import { relatedKinds, type RelatedKind } from "../../domain/related/relatedTables";
import { ControlRoot } from "../shared/ControlRoot";
import { LiveRegion } from "../shared/LiveRegion";
import type { ControlTheme } from "../shared/theme";
import { useCopyStatus } from "../shared/useCopyStatus";
import { useStore, type Store } from "../shared/useStore";
import type { RelatedState } from "./relatedState";
import type { RelatedRecordsStrings } from "./relatedRecordsStrings";
import { RelatedRow } from "./RelatedRow";
import { labelOf } from "./relatedText";
import { h } from "../shared/jsx";

export interface RelatedRecordsViewProps {
  store: Store<RelatedState>;
  onOpen: (kind: RelatedKind) => void;
  copyText: (text: string) => Promise<boolean>;
  strings: RelatedRecordsStrings;
  theme: ControlTheme;
}

function RelatedList(props: RelatedRecordsViewProps): React.ReactElement {
  const { strings, theme } = props;
  const state = useStore(props.store);
  const copier = useCopyStatus(props.copyText);
  const copyId = copier.copy;
  const copy = React.useCallback(
    (kind: RelatedKind, text: string) =>
      copyId(text, (copied) => strings.format(copied ? "Copied" : "Copy_Failed", labelOf(kind, strings))),
    [copyId, strings],
  );
  const status = copier.status;
  return (
    <div>
      <dl style={{ margin: 0, display: "grid", gap: 4 }}>
        {relatedKinds.map((kind) => (
          <RelatedRow
            key={kind}
            kind={kind}
            state={state[kind]}
            strings={strings}
            tones={theme.tones}
            onOpen={props.onOpen}
            onCopy={copy}
          />
        ))}
      </dl>
      <div style={{ color: status && status.failed ? theme.tones.danger : theme.tones.neutral, fontSize: 12 }}>
        <LiveRegion message={status && status.text} visible />
      </div>
    </div>
  );
}

/** The delivery's contact, conversation, queue and configuration by name, each opening its record. */
export function RelatedRecordsView(props: RelatedRecordsViewProps): React.ReactElement {
  return (
    <ControlRoot
      theme={props.theme}
      label={props.strings.get("Region_Label")}
      errorMessage={props.strings.get("Error_Render")}
      retry={props.strings.get("Error_Retry")}
    >
      <RelatedList {...props} />
    </ControlRoot>
  );
}
