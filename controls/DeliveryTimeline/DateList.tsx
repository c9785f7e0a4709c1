/** @jsx h */
import type * as React from "react";
import type { TimelineModel, TimelinePoint } from "../../domain/delivery/timeline";
import type { StoredDateFormatter } from "../shared/storedDate";
import type { ControlTheme } from "../shared/theme";
import { barColours } from "./TimelineBar";
import { durationText } from "../shared/deliveryText/deliveryText";
import type { DeliveryTimelineStrings } from "./deliveryTimelineStrings";
import { h } from "../shared/jsx";

export interface DateListProps {
  model: TimelineModel;
  strings: DeliveryTimelineStrings;
  theme: ControlTheme;
  formatDate: StoredDateFormatter;
  /** One column below about 420 px, two above. */
  compact: boolean;
}

function Swatch(props: { colour: string }): React.ReactElement {
  return (
    <span
      aria-hidden="true"
      style={{
        display: "inline-block",
        width: 10,
        height: 10,
        marginInlineEnd: 6,
        background: props.colour,
        border: "1px solid currentColor",
      }}
    />
  );
}

/** Every date of the time line in words, with the call's duration and the time left. */
export function DateList(props: DateListProps): React.ReactElement {
  const { model, strings, theme, formatDate } = props;
  const colours = barColours(theme);
  const dateOrNotSet = (point: TimelinePoint | undefined): string =>
    point ? formatDate(point.at) : strings.get("Date_NotSet");
  const rows: { key: string; label: string; value: string; colour?: string }[] = [
    {
      key: "ws",
      label: strings.get("WindowStart_Label"),
      value: dateOrNotSet(model.windowStart),
      colour: colours.windowBorder,
    },
    {
      key: "we",
      label: strings.get("WindowEnd_Label"),
      value: dateOrNotSet(model.windowEnd),
      colour: colours.windowBorder,
    },
    { key: "cs", label: strings.get("CallStart_Label"), value: dateOrNotSet(model.callStart), colour: colours.call },
    { key: "ce", label: strings.get("CallEnd_Label"), value: dateOrNotSet(model.callEnd), colour: colours.call },
  ];
  if (model.call) {
    rows.push({
      key: "cd",
      label: strings.get("CallDuration_Label"),
      value: durationText(model.call.durationMs, strings),
    });
  }
  rows.push({
    key: "rd",
    label: strings.get("ResultDate_Label"),
    value: dateOrNotSet(model.result),
    colour: colours.result,
  });
  const now = nowText(model, strings);
  if (now) {
    rows.push({ key: "now", label: strings.get("Now_Label"), value: now, colour: colours.now });
  }
  return (
    <dl
      style={{
        display: "grid",
        gridTemplateColumns: props.compact ? "minmax(0, 1fr)" : "repeat(2, minmax(0, 1fr))",
        gap: "4px 16px",
        margin: 0,
      }}
    >
      {rows.map((row) => (
        <div key={row.key} style={{ minWidth: 0 }}>
          <dt style={{ fontSize: 12, color: theme.tones.neutral }}>
            {row.colour && <Swatch colour={row.colour} />}
            {row.label}
          </dt>
          <dd style={{ margin: 0, overflowWrap: "anywhere" }}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function nowText(model: TimelineModel, strings: DeliveryTimelineStrings): string {
  const now = model.now;
  if (now?.relation === "inWindow" && now.remainingMs !== undefined) {
    return strings.format("Now_InWindow", durationText(now.remainingMs, strings));
  }
  if (now?.relation === "beforeWindow" && now.remainingMs !== undefined) {
    return strings.format("Now_BeforeWindow", durationText(now.remainingMs, strings));
  }
  if (now?.relation === "afterWindow") {
    return strings.get("Now_AfterWindow");
  }
  return "";
}
