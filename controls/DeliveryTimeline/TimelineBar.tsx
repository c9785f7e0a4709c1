/** @jsx h */
import type * as React from "react";
import type { TimelineModel, TimelinePoint, TimelineSpan } from "../../domain/delivery/timeline";
import type { ControlTheme } from "../shared/theme";
import { h } from "../shared/jsx";

export interface TimelineBarProps {
  model: TimelineModel;
  theme: ControlTheme;
}

/** Colours of the bar's parts; the date list below uses the same swatches as its legend. */
export function barColours(theme: ControlTheme): {
  window: string;
  windowBorder: string;
  call: string;
  result: string;
  now: string;
} {
  const palette = theme.fluent.palette;
  if (theme.mode === "highContrast") {
    return { window: "Canvas", windowBorder: "CanvasText", call: "Highlight", result: "CanvasText", now: "LinkText" };
  }
  return {
    window: palette.themeLighter,
    windowBorder: palette.themePrimary,
    call: theme.tones.success,
    result: theme.tones.info,
    now: theme.tones.danger,
  };
}

const percent = (fraction: number): string => `${(fraction * 100).toFixed(2)}%`;

/**
 * The time line as a picture: the window as a band, the call as a bar, the result and the
 * present as markers. It repeats what the date list says in words, so it is hidden from
 * screen readers. Positions run from the reading start, so right-to-left mirrors them.
 */
export function TimelineBar(props: TimelineBarProps): React.ReactElement | null {
  const { model, theme } = props;
  const colours = barColours(theme);
  const start = theme.fluent.rtl ? "right" : "left";
  const spanStyle = (span: TimelineSpan): React.CSSProperties => {
    const from = Math.min(span.start.position, span.end.position);
    const to = Math.max(span.start.position, span.end.position);
    return { position: "absolute", [start]: percent(from), width: `max(${percent(to - from)}, 2px)` };
  };
  const marker = (point: TimelinePoint, colour: string, part: string): React.ReactElement => (
    <div
      data-part={part}
      style={{
        position: "absolute",
        [start]: `calc(${percent(point.position)} - 1px)`,
        top: 0,
        bottom: 0,
        width: 2,
        background: colour,
      }}
    />
  );
  if (!model.windowStart && !model.windowEnd && !model.callStart && !model.callEnd && !model.result) {
    return null;
  }
  return (
    <div aria-hidden="true" style={{ position: "relative", height: 28, margin: "8px 6px" }}>
      <div
        style={{
          position: "absolute",
          left: 0,
          right: 0,
          top: 13,
          height: 2,
          background: theme.fluent.palette.neutralQuaternaryAlt,
        }}
      />
      {model.window && (
        <div
          data-part="window"
          style={{
            ...spanStyle(model.window),
            top: 4,
            height: 20,
            background: colours.window,
            border: `1px ${model.window.durationMs < 0 ? "dashed" : "solid"} ${colours.windowBorder}`,
            boxSizing: "border-box",
          }}
        />
      )}
      {!model.window && model.windowStart && marker(model.windowStart, colours.windowBorder, "window-start")}
      {!model.window && model.windowEnd && marker(model.windowEnd, colours.windowBorder, "window-end")}
      {model.call && (
        <div data-part="call" style={{ ...spanStyle(model.call), top: 10, height: 8, background: colours.call }} />
      )}
      {!model.call && model.callStart && marker(model.callStart, colours.call, "call-start")}
      {!model.call && model.callEnd && marker(model.callEnd, colours.call, "call-end")}
      {model.result && marker(model.result, colours.result, "result")}
      {model.now && marker(model.now, colours.now, "now")}
    </div>
  );
}
