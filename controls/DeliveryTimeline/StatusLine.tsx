/** @jsx h */
/** @jsxFrag Fragment */
import { DefaultButton } from "@fluentui/react";
import type * as React from "react";
import type { DeliveryResult } from "../../domain/delivery/result";
import type { DialMode } from "../../domain/delivery/dialMode";
import { LiveRegion } from "../shared/LiveRegion";
import type { ToneColours } from "../shared/toneColours";
import type { StatusState } from "./statusState";
import { valueText } from "../shared/deliveryText/deliveryText";
import { failureText } from "./timelineText";
import type { DeliveryTimelineStrings } from "./deliveryTimelineStrings";
import { Fragment, h } from "../shared/jsx";

export interface StatusLineProps {
  status: StatusState;
  result: DeliveryResult;
  dialMode: DialMode;
  strings: DeliveryTimelineStrings;
  tones: ToneColours;
  onRetry: () => void;
}

const rowStyle: React.CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  gap: "4px 16px",
  alignItems: "baseline",
  margin: 0,
};
const termStyle: React.CSSProperties = { fontWeight: 600 };
const valueStyle: React.CSSProperties = { margin: 0, fontWeight: 600 };

function StatusValue(props: StatusLineProps): React.ReactElement {
  const { status, strings, tones } = props;
  switch (status.kind) {
    case "loading":
      return <span style={{ color: tones.neutral }}>{strings.get("Status_Loading")}</span>;
    case "newRecord":
      return <span style={{ color: tones.neutral }}>{strings.get("Status_NewRecord")}</span>;
    case "wrongTable":
      return <span style={{ color: tones.neutral }}>{strings.get("Status_WrongTable")}</span>;
    case "loaded":
      return (
        <span style={{ ...valueStyle, color: tones[status.status.tone] }}>
          {valueText("Status", status.status, strings)}
        </span>
      );
    case "failed":
      return (
        <span role="alert" style={{ color: tones.danger }}>
          {failureText(status.failure, strings)}{" "}
          <DefaultButton
            text={strings.get("Status_Retry")}
            onClick={props.onRetry}
            styles={{ root: { height: 24, minWidth: 0 } }}
          />
        </span>
      );
  }
}

function announcement(props: StatusLineProps): string | undefined {
  return props.status.kind === "loaded"
    ? props.strings.format("Status_Loaded_Announcement", valueText("Status", props.status.status, props.strings))
    : undefined;
}

/**
 * Status, result and dial mode as labelled text in their tone's colour (never colour alone).
 * Result and dial mode are translated; their title keeps the stored code that views and
 * filters show. Each term and value is isolated (inline, dir="auto"), so "Status:" keeps its
 * colon at its end and a stored code its order in a right-to-left layout; a space, not a
 * margin, parts them, since an isolated term's own direction may differ from the line's.
 */
export function StatusLine(props: StatusLineProps): React.ReactElement {
  const { strings, tones, result, dialMode } = props;
  return (
    <>
      <dl style={rowStyle}>
        <div>
          <dt dir="auto" style={{ ...termStyle, display: "inline" }}>
            {strings.get("Status_Label")}:
          </dt>{" "}
          <dd dir="auto" style={{ display: "inline", margin: 0 }}>
            <StatusValue {...props} />
          </dd>
        </div>
        <div>
          <dt dir="auto" style={{ ...termStyle, display: "inline" }}>
            {strings.get("Result_Label")}:
          </dt>{" "}
          <dd dir="auto" style={{ ...valueStyle, display: "inline", color: tones[result.tone] }} title={result.text}>
            {valueText("Result", result, strings)}
          </dd>
        </div>
        <div>
          <dt dir="auto" style={{ ...termStyle, display: "inline" }}>
            {strings.get("DialMode_Label")}:
          </dt>{" "}
          <dd dir="auto" style={{ display: "inline", margin: 0 }} title={dialMode.text}>
            {valueText("DialMode", dialMode, strings)}
          </dd>
        </div>
      </dl>
      <LiveRegion message={props.status.kind === "loading" ? strings.get("Status_Loading") : announcement(props)} />
    </>
  );
}
