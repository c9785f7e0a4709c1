/** @jsx h */
import { AxisBottom } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import type * as React from "react";
import { h } from "../../shared/jsx";
import type { ChartColours } from "./chartColours";
import { numeric } from "./isolated";
import { useRovingIndex } from "./useRovingIndex";

export interface ChartMark {
  key: string;
  label: string;
  value: number;
  /** What the mark's value reads as ("243", "62.5%"). */
  valueText: string;
  /** The mark's accessible name: label and value in words. */
  name: string;
  /** Opens the deliveries behind the mark, when a view lists them. */
  open?: () => void;
}

export interface BarChartProps {
  /** The chart's accessible name. */
  label: string;
  /** How to use it from the keyboard, read after the name. */
  hint: string;
  marks: readonly ChartMark[];
  width: number;
  rtl: boolean;
  colours: ChartColours;
  formatTick: (value: number) => string;
  /** What the values count ("Deliveries"), read after each value. */
  valueLabel: string;
}

const rowHeight = 28;
const barHeight = 18;
const axisHeight = 28;

/**
 * Horizontal bars, one row per category: the label in HTML (it wraps and follows the page's
 * direction), the bar and its value in SVG on a visx linear scale, and a count axis under
 * them. Right-to-left mirrors the scale, so bars grow from the start edge either way.
 */
export function BarChart(props: BarChartProps): React.ReactElement {
  const { marks, colours, rtl } = props;
  const labelWidth = Math.min(200, Math.max(96, Math.round(props.width * 0.35)));
  const valueRoom = 64;
  const plotWidth = Math.max(80, props.width - labelWidth - valueRoom - 32);
  const max = Math.max(1, ...marks.map((mark) => mark.value));
  const scale = scaleLinear<number>({
    domain: [0, max],
    range: rtl ? [plotWidth - 4, 4] : [4, plotWidth - 4],
    nice: true,
  });
  const origin = scale(0) ?? 0;
  const roving = useRovingIndex(marks.length, {
    rtl,
    horizontalMarks: true,
    onActivate: (index) => marks[index]?.open?.(),
  });
  return (
    <div
      className="pdx-insights-bars"
      role="group"
      aria-label={`${props.label}. ${props.hint}`}
      onKeyDown={roving.onKeyDown}
    >
      {marks.map((mark, index) => {
        const end = scale(mark.value) ?? origin;
        const x = Math.min(origin, end);
        const width = Math.max(mark.value > 0 ? 2 : 0, Math.abs(end - origin));
        const active = index === roving.active;
        return (
          <div
            key={mark.key}
            ref={roving.refOf(index)}
            className="pdx-insights-bar-row"
            role={mark.open ? "link" : "img"}
            aria-label={mark.open ? undefined : mark.name}
            tabIndex={active ? 0 : -1}
            title={mark.name}
            style={{ gridTemplateColumns: `${labelWidth}px ${plotWidth}px ${valueRoom}px` }}
            onClick={mark.open}
            onFocus={() => roving.focus(index)}
          >
            {/* Label and value are the row's text, so a link's name is what it shows (no aria-label to drift). */}
            <span className="pdx-insights-bar-label" dir="auto">
              {mark.label}
            </span>{" "}
            <svg width={plotWidth} height={rowHeight} aria-hidden="true" focusable="false">
              <Bar x={x} y={(rowHeight - barHeight) / 2} width={width} height={barHeight} fill={colours.bar} />
            </svg>{" "}
            <bdi className="pdx-insights-bar-value">{mark.valueText}</bdi>
            <span className="pdx-insights-hidden"> ({props.valueLabel})</span>
          </div>
        );
      })}
      <svg
        className="pdx-insights-axis"
        width={plotWidth}
        height={axisHeight}
        aria-hidden="true"
        focusable="false"
        style={{ marginInlineStart: labelWidth }}
      >
        <Group>
          <AxisBottom
            scale={scale}
            numTicks={Math.max(2, Math.floor(plotWidth / 90))}
            tickFormat={(value) => props.formatTick(Number(value))}
            stroke={colours.axis}
            tickStroke={colours.axis}
            tickLabelProps={() => ({ fill: colours.text, fontSize: 11, textAnchor: "middle", style: numeric })}
          />
        </Group>
      </svg>
    </div>
  );
}
