/** @jsx h */
import type * as React from "react";
import type { ControlTheme } from "../shared/theme";
import type { ContactDeliveriesStrings } from "./contactDeliveriesStrings";
import { canRetry, type ReadFailure } from "./deliveriesState";
import { failureText } from "./deliveriesText";
import { h } from "../shared/jsx";

export interface ReadMessageProps {
  /** What was being read, e.g. "The attributes could not be read." */
  lead?: string;
  failure?: ReadFailure;
  retrying?: { attempt: number; of: number; seconds: number };
  strings: ContactDeliveriesStrings;
  theme: ControlTheme;
  onRetry: () => void;
}

/**
 * A read waiting to retry (the service is busy) or one that failed, in words, with Retry when
 * trying again can help. role="alert" for failures, "status" while retrying.
 */
export function ReadMessage(props: ReadMessageProps): React.ReactElement | null {
  const { strings, theme, failure, retrying } = props;
  if (retrying) {
    return (
      <p role="status" className="pdx-cd-message" style={{ color: theme.tones.warning }}>
        {strings.format("Retrying", retrying.seconds, retrying.attempt, retrying.of)}
      </p>
    );
  }
  if (!failure) return null;
  return (
    <div role="alert" className="pdx-cd-message pdx-cd-failure" style={{ color: theme.tones.danger }}>
      <span>
        {props.lead ? `${props.lead} ` : ""}
        {failureText(failure, strings)}
      </span>
      {canRetry(failure) && (
        <button type="button" className="pdx-cd-button" onClick={props.onRetry}>
          {strings.get("Retry")}
        </button>
      )}
    </div>
  );
}
