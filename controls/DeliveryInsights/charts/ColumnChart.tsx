/** @jsx h */
import { AxisLeft, AxisRight } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import type * as React from "react";
import { h } from "../../shared/jsx";
import type { ChartMark } from "./BarChart";
import type { ChartColours } from "./chartColours";
import { isolated, numeric } from "./isolated";
import { useRovingIndex } from "./useRovingIndex";

export interface ColumnChartProps {
  label: string;
  hint: string;
  marks: readonly ChartMark[];
  width: number;
  rtl: boolean;
  colours: ChartColours;
  /** Values are rates 0..1: the axis runs to 100 %. */
  rate?: boolean;
  formatTick: (value: number) => string;
}

const height = 200;
const margin = { top: 12, bottom: 28, side: 48 };

/**
 * Vertical columns in time order (days, hours of the day) on visx band and linear scales,
 * the value axis at the start edge. The focused column's label and value read out above the
 * plot, so a keyboard user sees what a mouse user gets from the tooltip.
 */
export function ColumnChart(props: ColumnChartProps): React.ReactElement {
  const { marks, colours, rtl } = props;
  const plotWidth = Math.max(120, props.width - margin.side - 8);
  const plotHeight = height - margin.top - margin.bottom;
  const keys = marks.map((mark) => mark.key);
  const x = scaleBand<string>({
    domain: keys,
    range: rtl ? [plotWidth, 0] : [0, plotWidth],
    padding: 0.2,
  });
  const max = props.rate ? 1 : Math.max(1, ...marks.map((mark) => mark.value));
  const y = scaleLinear<number>({ domain: [0, max], range: [plotHeight, 0], nice: !props.rate });
  const roving = useRovingIndex(marks.length, { rtl, horizontalMarks: false });
  const active = marks[roving.active];
  const left = rtl ? 8 : margin.side;
  // Label every column when the labels fit, else every n-th, so labels never overlap.
  const longest = Math.max(1, ...marks.map((mark) => mark.label.length));
  const every = Math.max(1, Math.ceil((marks.length * (longest * 6.5 + 8)) / plotWidth));
  return (
    <div
      className="pdx-insights-columns"
      role="group"
      aria-label={`${props.label}. ${props.hint}`}
      onKeyDown={roving.onKeyDown}
    >
      <div className="pdx-insights-readout" aria-hidden="true" dir="auto">
        {active ? active.name : ""}
      </div>
      <svg width={plotWidth + margin.side + 8} height={height} focusable="false">
        <Group left={left} top={margin.top}>
          {marks.map((mark, index) => {
            const barX = x(mark.key) ?? 0;
            const top = y(Math.min(max, Math.max(0, mark.value))) ?? plotHeight;
            const isActive = index === roving.active;
            return (
              <g
                key={mark.key}
                ref={roving.refOf(index)}
                role="img"
                aria-label={mark.name}
                tabIndex={isActive ? 0 : -1}
                onFocus={() => roving.focus(index)}
                className="pdx-insights-column"
              >
                <title>{mark.name}</title>
                <Bar
                  x={barX}
                  y={top}
                  width={x.bandwidth()}
                  height={Math.max(mark.value > 0 ? 1 : 0, plotHeight - top)}
                  fill={colours.bar}
                />
                {index % every === 0 ? (
                  <text
                    x={barX + x.bandwidth() / 2}
                    y={plotHeight + 16}
                    textAnchor="middle"
                    fill={colours.text}
                    fontSize={11}
                    style={isolated}
                    aria-hidden="true"
                  >
                    {mark.label}
                  </text>
                ) : null}
              </g>
            );
          })}
          {rtl ? (
            <AxisRight
              left={plotWidth}
              scale={y}
              numTicks={4}
              tickFormat={(value) => props.formatTick(Number(value))}
              stroke={colours.axis}
              tickStroke={colours.axis}
              tickLabelProps={() => ({ fill: colours.text, fontSize: 11, textAnchor: "start", dx: 4, style: numeric })}
            />
          ) : (
            <AxisLeft
              scale={y}
              numTicks={4}
              tickFormat={(value) => props.formatTick(Number(value))}
              stroke={colours.axis}
              tickStroke={colours.axis}
              tickLabelProps={() => ({ fill: colours.text, fontSize: 11, textAnchor: "end", dx: -4, style: numeric })}
            />
          )}
        </Group>
      </svg>
    </div>
  );
}
