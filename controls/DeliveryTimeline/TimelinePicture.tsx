/** @jsx h */
import type * as React from "react";
import type { DeliveryResult } from "../../domain/delivery/result";
import {
  minMarkWidth,
  type TimelineLayout,
  type TimelineMark,
  type TimelineStrip,
} from "../../domain/delivery/timelineLayout";
import type { ControlTheme } from "../shared/theme";
import type { DeliveryTimelineStrings } from "./deliveryTimelineStrings";
import type { TimelineFormat } from "./timelineFormat";
import { markName } from "./timelineText";
import { h } from "../shared/jsx";

export interface MarkColours {
  window: string;
  windowBorder: string;
  /** The call takes its outcome's colour: a failed call is never green. */
  call: string;
  result: string;
  now: string;
}

/** Colours of the marks; the date list uses the same swatches as its legend. */
export function markColours(theme: ControlTheme, result: DeliveryResult): MarkColours {
  if (theme.mode === "highContrast") {
    return { window: "Canvas", windowBorder: "CanvasText", call: "Highlight", result: "CanvasText", now: "LinkText" };
  }
  const palette = theme.fluent.palette;
  return {
    window: palette.themeLighter,
    windowBorder: palette.themePrimary,
    // No result yet: the call is under way or waiting for its outcome.
    call: theme.tones[result.kind === "empty" ? "info" : result.tone],
    result: theme.tones[result.tone],
    now: palette.neutralPrimary,
  };
}

/** The colours the stylesheet's marks, axis and legend use, as custom properties of the time line. */
export function timelineColourVariables(theme: ControlTheme, colours: MarkColours): React.CSSProperties {
  const palette = theme.fluent.palette;
  return {
    "--pdx-tl-window": colours.window,
    "--pdx-tl-window-line": colours.windowBorder,
    "--pdx-tl-call": colours.call,
    "--pdx-tl-result": colours.result,
    "--pdx-tl-now": colours.now,
    "--pdx-tl-halo": palette.white,
    "--pdx-tl-line": palette.neutralSecondary,
    "--pdx-tl-muted": theme.tones.neutral,
  } as React.CSSProperties;
}

export interface TimelinePictureProps {
  layout: TimelineLayout;
  result: DeliveryResult;
  strings: DeliveryTimelineStrings;
  rtl: boolean;
  format: TimelineFormat;
}

const percent = (fraction: number): string => `${(fraction * 100).toFixed(2)}%`;

/**
 * The time line as a picture: an overview from the first date to the last, and under it a
 * close-up of the call and result when they are small against the window. The window is a
 * band behind two lanes, the call a bar in the upper lane (its outcome's colour, dashed when
 * reversed, striped while it lasts), the result a diamond in the lower one, the present a
 * dashed line across. Each mark has a name and a tooltip; the axis under each strip names
 * its start and end in full and ticks round times between. Positions run from the reading
 * start, so right-to-left mirrors the picture. Static looks are in DeliveryTimeline.css.
 */
export function TimelinePicture(props: TimelinePictureProps): React.ReactElement {
  const { layout, strings, format } = props;
  const side = props.rtl ? "right" : "left";
  // A span keeps at least minMarkWidth and stays inside the strip: anchored at whichever end it is nearer.
  const spanStyle = (from: number, to: number): React.CSSProperties =>
    from + to > 1
      ? { [props.rtl ? "left" : "right"]: percent(1 - to), width: `max(${percent(to - from)}, ${minMarkWidth}px)` }
      : { [side]: percent(from), width: `max(${percent(to - from)}, ${minMarkWidth}px)` };
  const markStyle = (mark: TimelineMark): React.CSSProperties => {
    if (mark.part === "window" || mark.part === "call") return spanStyle(mark.from, mark.to);
    // The result's diamond, a message's sent dot, the present's line, a lone date's line.
    const size = mark.part === "result" ? 11 : mark.part === "sent" ? 12 : mark.part === "now" ? 0 : 3;
    return { [side]: `calc(${percent(mark.from)} - ${size / 2}px)`, width: size };
  };

  // The close-up says what it is between its ends; the overview needs no caption.
  const strip = (part: string, data: TimelineStrip, label: string, ends: string[], inner?: React.ReactNode) => (
    <div role="group" aria-label={label} data-part={part} className="pdx-tl-strip">
      <div aria-hidden="true" className="pdx-tl-ends">
        <bdi>{ends[0]}</bdi>
        {part === "zoom" && <bdi className="pdx-tl-caption">{label}</bdi>}
        <bdi>{ends[1]}</bdi>
      </div>
      <div className="pdx-tl-track">
        {inner}
        {data.marks.map((mark) => {
          const name = markName(mark, props.result, strings, format);
          return (
            <div
              key={mark.part}
              role="img"
              aria-label={name}
              title={name}
              data-part={mark.part}
              className={`pdx-tl-mark pdx-tl-${mark.part}${mark.ongoing ? " pdx-tl-ongoing" : ""}${
                mark.reversed ? " pdx-tl-reversed" : ""
              }`}
              style={markStyle(mark)}
            />
          );
        })}
      </div>
      <div aria-hidden="true" data-part="axis" className="pdx-tl-axis">
        {data.ticks.map((tick) => (
          <bdi key={tick.at} className="pdx-tl-tick" style={{ [side]: percent(tick.position) }}>
            {format.tick(tick.at, data.step)}
          </bdi>
        ))}
      </div>
    </div>
  );

  const { overview, zoom } = layout;
  const full = (at: number): string => format.date(new Date(at)).utc;
  const range = overview.end - overview.start;
  return (
    <div>
      {strip(
        "overview",
        overview,
        strings.get("Picture_Overview"),
        [full(overview.start), full(overview.end)],
        zoom && (
          <div
            aria-hidden="true"
            data-part="zoom-range"
            className="pdx-tl-mark pdx-tl-zoom-range"
            style={spanStyle(
              Math.max(0, (zoom.start - overview.start) / range),
              Math.min(1, (zoom.end - overview.start) / range),
            )}
          />
        ),
      )}
      {zoom &&
        strip(
          "zoom",
          zoom,
          strings.get("Picture_Zoom"),
          [zoom.start, zoom.end].map((at) => `${format.tick(at, zoom.step)} UTC`),
        )}
    </div>
  );
}
