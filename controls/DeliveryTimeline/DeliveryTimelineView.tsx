/** @jsx h */
import * as React from "react";
import { messageOutcome } from "../../domain/delivery/channel";
import { isActiveStatus } from "../../domain/delivery/status";
import { buildTimeline } from "../../domain/delivery/timeline";
import { layoutTimeline } from "../../domain/delivery/timelineLayout";
import { timelineFindings } from "../../domain/delivery/timelineWarnings";
import { ControlRoot } from "../shared/ControlRoot";
import type { ControlTheme } from "../shared/theme";
import { useStore, type Store } from "../shared/useStore";
import { DateList } from "./DateList";
import { StatusLine } from "./StatusLine";
import type { StatusState } from "./statusState";
import { markColours, timelineColourVariables, TimelinePicture } from "./TimelinePicture";
import type { TimelineFormat } from "./timelineFormat";
import type { TimelineInputs } from "./timelineInputs";
import { storyText } from "./timelineText";
import type { DeliveryTimelineStrings } from "./deliveryTimelineStrings";
import { useMinuteClock } from "./useMinuteClock";
import { WarningBanner } from "./WarningBanner";
import { h } from "../shared/jsx";

export interface DeliveryTimelineViewProps {
  inputs: TimelineInputs;
  statusStore: Store<StatusState>;
  onRetry: () => void;
  strings: DeliveryTimelineStrings;
  theme: ControlTheme;
  format: TimelineFormat;
  /** The width the host gives the control; 0 or less when it does not say. */
  width: number;
}

/** Below this width the date list uses one column. */
const compactWidth = 420;

function TimelineBody(props: DeliveryTimelineViewProps): React.ReactElement {
  const { inputs, strings, theme, width } = props;
  const statusState = useStore(props.statusStore);
  const status = statusState.kind === "loaded" ? statusState.status : undefined;
  const now = useMinuteClock(isActiveStatus(status));
  const message = inputs.message
    ? messageOutcome({ sentDate: inputs.sentDate, result: inputs.result.text, status })
    : undefined;
  const model = React.useMemo(
    () =>
      buildTimeline({
        windowStart: inputs.windowStart,
        windowEnd: inputs.windowEnd,
        callStart: inputs.callStart,
        callEnd: inputs.callEnd,
        resultDate: inputs.resultDate,
        message,
        sentDate: inputs.sentDate,
        status,
        now: new Date(now),
      }),
    [inputs, status, now, message],
  );
  // About one tick label per 110 px; six when the host does not give a width.
  const maxTicks = width > 0 ? Math.min(8, Math.max(2, Math.floor(width / 110))) : 6;
  const layout = React.useMemo(() => layoutTimeline(model, maxTicks), [model, maxTicks]);
  const findings = timelineFindings(model, status);
  const story = storyText(model, findings, strings);
  return (
    <div style={timelineColourVariables(theme, markColours(theme, inputs.result))}>
      <WarningBanner warnings={findings.warnings} strings={strings} theme={theme} />
      <StatusLine
        status={statusState}
        result={inputs.result}
        dialMode={inputs.dialMode}
        strings={strings}
        tones={theme.tones}
        onRetry={props.onRetry}
      />
      {layout && (
        <TimelinePicture
          layout={layout}
          result={inputs.result}
          strings={strings}
          rtl={theme.fluent.rtl === true}
          format={props.format}
        />
      )}
      {story && (
        <p data-part="story" className="pdx-tl-story">
          <bdi>{story}</bdi>
        </p>
      )}
      <DateList
        model={model}
        result={inputs.result}
        strings={strings}
        theme={theme}
        format={props.format}
        compact={width > 0 && width < compactWidth}
      />
      <p className="pdx-tl-note" style={{ color: theme.tones.neutral }}>
        <bdi>{strings.get("Dates_Note")}</bdi>
      </p>
    </div>
  );
}

/** A delivery's call window, call, result and status on one time line, with anomalies in words. */
export function DeliveryTimelineView(props: DeliveryTimelineViewProps): React.ReactElement {
  return (
    <ControlRoot
      theme={props.theme}
      label={props.strings.get("Region_Label")}
      errorMessage={props.strings.get("Error_Render")}
      retry={props.strings.get("Status_Retry")}
    >
      <TimelineBody {...props} />
    </ControlRoot>
  );
}
