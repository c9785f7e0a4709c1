/** @jsx h */
import type * as React from "react";
import type { TimelineAnomaly } from "../../domain/delivery/timeline";
import { anomalyText } from "../shared/deliveryText/deliveryText";
import type { DeliveryTimelineStrings } from "./deliveryTimelineStrings";
import { h } from "../shared/jsx";

/** Anomalies in words, under a heading, so they do not rely on the picture or on colour. */
export function AnomalyList(props: {
  anomalies: readonly TimelineAnomaly[];
  strings: DeliveryTimelineStrings;
  colour: string;
}): React.ReactElement | null {
  if (props.anomalies.length === 0) {
    return null;
  }
  return (
    <section aria-label={props.strings.get("Anomalies_Label")} style={{ marginTop: 8 }}>
      <div style={{ fontWeight: 600 }}>{props.strings.get("Anomalies_Label")}</div>
      <ul style={{ margin: "2px 0 0", paddingInlineStart: 18, color: props.colour }}>
        {props.anomalies.map((anomaly) => (
          <li key={anomaly}>{anomalyText(anomaly, props.strings)}</li>
        ))}
      </ul>
    </section>
  );
}
