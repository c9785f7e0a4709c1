/** @jsx h */
import type * as React from "react";
import { AttributeList } from "../shared/attributeList/AttributeList";
import type { DateFormatter } from "../shared/attributeList/dateFormatter";
import { EmptyState } from "../shared/attributeList/EmptyState";
import { Progress } from "../shared/attributeList/Progress";
import type { StoredDateFormatter } from "../shared/storedDate";
import type { ControlTheme } from "../shared/theme";
import type { ContactDeliveriesStrings } from "./contactDeliveriesStrings";
import type { AttributesState } from "./deliveriesState";
import { ReadMessage } from "./ReadMessage";
import { h } from "../shared/jsx";

export interface AttributesPaneProps {
  attributes: AttributesState;
  /** The chosen delivery's window start, for the heading. */
  windowStart?: Date;
  height?: number;
  strings: ContactDeliveriesStrings;
  theme: ControlTheme;
  collator: Intl.Collator;
  formatDate: DateFormatter;
  formatStoredDate: StoredDateFormatter;
  onOpenAttribute: (id: string) => void;
  onRetry: () => void;
  copyText: (text: string) => Promise<boolean>;
}

/** The chosen delivery's attributes, grouped Input / Result, with search and copy (AttributeList). */
export function AttributesPane(props: AttributesPaneProps): React.ReactElement | null {
  const { attributes, strings, theme } = props;
  if (attributes.kind === "none") return null;
  const heading = props.windowStart
    ? strings.format("Attributes_Heading", props.formatStoredDate(props.windowStart))
    : strings.get("Attributes_Heading_Undated");
  let body: React.ReactNode;
  if (attributes.kind === "loading") {
    body = <Progress text={strings.get("Attributes_Loading")} theme={theme.fluent} />;
  } else if (attributes.kind === "retrying") {
    body = <ReadMessage retrying={attributes} strings={strings} theme={theme} onRetry={props.onRetry} />;
  } else if (attributes.kind === "failed") {
    body = (
      <ReadMessage
        lead={strings.get("Attributes_Failed")}
        failure={attributes.failure}
        strings={strings}
        theme={theme}
        onRetry={props.onRetry}
      />
    );
  } else if (attributes.model.rows.length === 0) {
    body = <EmptyState text={strings.get("Attributes_Empty")} />;
  } else {
    body = (
      <div>
        {attributes.partial && (
          <p className="pdx-cd-message" style={{ color: theme.tones.warning }}>
            {strings.get("Attributes_Partial")}
          </p>
        )}
        <AttributeList
          model={attributes.model}
          strings={strings}
          collator={props.collator}
          height={props.height}
          formatDate={props.formatDate}
          onOpen={props.onOpenAttribute}
          copyText={props.copyText}
        />
      </div>
    );
  }
  return (
    <section className="pdx-cd-attributes" aria-label={heading}>
      <h3 className="pdx-cd-heading" dir="auto">
        {heading}
      </h3>
      {body}
    </section>
  );
}
