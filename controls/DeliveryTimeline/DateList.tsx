/** @jsx h */
import type * as React from "react";
import type { DeliveryResult } from "../../domain/delivery/result";
import type { TimelineModel, TimelinePoint } from "../../domain/delivery/timeline";
import type { ControlTheme } from "../shared/theme";
import { markColours } from "./TimelinePicture";
import { durationText, isolate } from "./timelineText";
import type { DeliveryTimelineStrings } from "./deliveryTimelineStrings";
import type { TimelineFormat } from "./timelineFormat";
import { h } from "../shared/jsx";

export interface DateListProps {
  model: TimelineModel;
  result: DeliveryResult;
  strings: DeliveryTimelineStrings;
  theme: ControlTheme;
  format: TimelineFormat;
  /** One column below about 420 px, two above. */
  compact: boolean;
}

/** The legend: each mark's colour, the result's as a diamond like its mark. */
function Swatch(props: { colour: string; diamond?: boolean }): React.ReactElement {
  return (
    <span
      aria-hidden="true"
      className={props.diamond ? "pdx-tl-swatch pdx-tl-diamond" : "pdx-tl-swatch"}
      style={{ background: props.colour }}
    />
  );
}

interface Row {
  key: string;
  label: string;
  value: string;
  /** The same time in the user's zone, when it is not UTC. */
  local?: string;
  colour?: string;
  diamond?: boolean;
}

/**
 * Every date of the time line in words, each in UTC with the user's own time beside it,
 * the call's duration and the time left. Labels and values are isolated (bdi), so a date or
 * a duration keeps its order in a right-to-left layout.
 */
export function DateList(props: DateListProps): React.ReactElement {
  const { model, strings, theme, format } = props;
  const colours = markColours(theme, props.result);
  const row = (key: string, label: string, point: TimelinePoint | undefined, colour?: string): Row => {
    const date = point && format.date(point.at);
    return date
      ? { key, label, value: date.utc, local: date.local, colour }
      : { key, label, value: strings.get("Date_NotSet"), colour };
  };
  const rows: Row[] = [
    row("ws", strings.get("WindowStart_Label"), model.windowStart, colours.windowBorder),
    row("we", strings.get("WindowEnd_Label"), model.windowEnd, colours.windowBorder),
    // A message has a sent date where a call has its start and end (empty call rows would read as a missed call).
    ...(model.message
      ? [row("sd", strings.get("SentDate_Label"), model.sent, colours.call)]
      : [
          row("cs", strings.get("CallStart_Label"), model.callStart, colours.call),
          row("ce", strings.get("CallEnd_Label"), model.callEnd, colours.call),
        ]),
  ];
  if (model.call) {
    rows.push({
      key: "cd",
      label: strings.get("CallDuration_Label"),
      value: durationText(model.call.durationMs, strings),
    });
  }
  rows.push({ ...row("rd", strings.get("ResultDate_Label"), model.result, colours.result), diamond: true });
  const now = nowText(model, strings);
  if (now) {
    rows.push({ key: "now", label: strings.get("Now_Label"), value: now, colour: colours.now });
  }
  return (
    <dl className={props.compact ? "pdx-tl-dates pdx-tl-compact" : "pdx-tl-dates"}>
      {rows.map((item) => (
        <div key={item.key}>
          <dt style={{ color: theme.tones.neutral }}>
            {item.colour && <Swatch colour={item.colour} diamond={item.diamond} />}
            <bdi>{item.label}</bdi>
          </dt>
          <dd>
            <bdi>{item.value}</bdi>
            {item.local && (
              <bdi className="pdx-tl-local" style={{ color: theme.tones.neutral }}>
                {strings.format("Date_Local", item.local)}
              </bdi>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function nowText(model: TimelineModel, strings: DeliveryTimelineStrings): string {
  const now = model.now;
  const left = now && now.remainingMs !== undefined ? isolate(durationText(now.remainingMs, strings)) : "";
  if (now && now.relation === "inWindow") {
    return strings.format("Now_InWindow", left);
  }
  if (now && now.relation === "beforeWindow") {
    return strings.format("Now_BeforeWindow", left);
  }
  if (now && now.relation === "afterWindow") {
    return strings.get("Now_AfterWindow");
  }
  return "";
}
