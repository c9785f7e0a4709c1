/** @jsx h */
/** @jsxFrag Fragment */
import * as React from "react";
import { isActiveStatus } from "../../domain/delivery/status";
import { buildTimeline } from "../../domain/delivery/timeline";
import { ControlRoot } from "../shared/ControlRoot";
import type { StoredDateFormatter } from "../shared/storedDate";
import type { ControlTheme } from "../shared/theme";
import { useStore, type Store } from "../shared/useStore";
import { AnomalyList } from "./AnomalyList";
import { DateList } from "./DateList";
import { StatusLine } from "./StatusLine";
import type { StatusState } from "./statusState";
import { TimelineBar } from "./TimelineBar";
import type { TimelineInputs } from "./timelineInputs";
import type { DeliveryTimelineStrings } from "./deliveryTimelineStrings";
import { useMinuteClock } from "./useMinuteClock";
import { Fragment, h } from "../shared/jsx";

export interface DeliveryTimelineViewProps {
  inputs: TimelineInputs;
  statusStore: Store<StatusState>;
  onRetry: () => void;
  strings: DeliveryTimelineStrings;
  theme: ControlTheme;
  formatDate: StoredDateFormatter;
  /** Narrow layout (one column) for fields under about 420 px. */
  compact: boolean;
}

function TimelineBody(props: DeliveryTimelineViewProps): React.ReactElement {
  const { inputs, strings, theme } = props;
  const statusState = useStore(props.statusStore);
  const status = statusState.kind === "loaded" ? statusState.status : undefined;
  const now = useMinuteClock(isActiveStatus(status));
  const model = React.useMemo(
    () =>
      buildTimeline({
        windowStart: inputs.windowStart,
        windowEnd: inputs.windowEnd,
        callStart: inputs.callStart,
        callEnd: inputs.callEnd,
        resultDate: inputs.resultDate,
        status,
        now: new Date(now),
      }),
    [inputs, status, now],
  );
  return (
    <>
      <StatusLine
        status={statusState}
        result={inputs.result}
        dialMode={inputs.dialMode}
        strings={strings}
        tones={theme.tones}
        onRetry={props.onRetry}
      />
      <TimelineBar model={model} theme={theme} />
      <DateList model={model} strings={strings} theme={theme} formatDate={props.formatDate} compact={props.compact} />
      <AnomalyList anomalies={model.anomalies} strings={strings} colour={theme.tones.warning} />
      <p style={{ margin: "8px 0 0", fontSize: 12, color: theme.tones.neutral }}>{strings.get("Dates_Note")}</p>
    </>
  );
}

/** A delivery's call window, call, result and status on one time line, with anomalies in words. */
export function DeliveryTimelineView(props: DeliveryTimelineViewProps): React.ReactElement {
  return (
    <ControlRoot
      theme={props.theme}
      label={props.strings.get("Region_Label")}
      errorMessage={props.strings.get("Error_Render")}
    >
      <TimelineBody {...props} />
    </ControlRoot>
  );
}
