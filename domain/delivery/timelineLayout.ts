import type { TimelineModel, TimelinePoint } from "./timeline";

/**
 * Where the time line's marks go: an overview of everything the model shows, on a time axis
 * with round ticks, and, when the call and its result are small against that range (a
 * 58-second call in a 24-hour window is a 0.07 % sliver), a close-up strip around them so
 * the call's offset, length and the result after it can be seen. Positions are fractions of
 * a strip (0 its start, 1 its end); the view turns them into percentages, mirrored for
 * right-to-left, and draws a span no narrower than `minMarkWidth` pixels.
 *
 * Marks sit in lanes, so the result can never cover the call: the window is a band behind
 * both lanes (or a line at each date it has), the call a bar in the call lane and the
 * result a marker of another shape in the result lane; the present is a line across all.
 */
export type MarkPart =
  "window" | "window-start" | "window-end" | "call" | "call-start" | "call-end" | "sent" | "result" | "now";

/** The band behind the lanes, the call's lane, the result's lane, or a line across all. */
export type MarkLane = "band" | "call" | "result" | "across";

const laneOf: Readonly<Record<MarkPart, MarkLane>> = {
  window: "band",
  "window-start": "band",
  "window-end": "band",
  call: "call",
  "call-start": "call",
  "call-end": "call",
  // A message has no call: its sent mark takes the call's lane.
  sent: "call",
  result: "result",
  now: "across",
};

export interface TimelineMark {
  part: MarkPart;
  lane: MarkLane;
  /** A point has from === to. */
  from: number;
  to: number;
  /** Instants of the mark's ends, for its name and tooltip (a point has start === end). */
  start: Date;
  end: Date;
  /** The call has started and not ended while the delivery is active: drawn to now. */
  ongoing?: boolean;
  /** The stored end lies before the start (an anomaly): drawn between them, dashed. */
  reversed?: boolean;
}

export interface AxisTick {
  at: number;
  position: number;
}

export interface TimelineStrip {
  /** Instants (ms) at the strip's start and end: the axis's labelled ends. */
  start: number;
  end: number;
  /** Tick spacing in ms, which also says how to label ticks (seconds, time of day, days). */
  step: number;
  /** Round instants inside the strip, away from its labelled ends. */
  ticks: AxisTick[];
  marks: TimelineMark[];
}

export interface TimelineLayout {
  overview: TimelineStrip;
  /** The close-up of the call and result, when they would be small on the overview. */
  zoom?: TimelineStrip;
}

/** The narrowest a span is drawn, in CSS pixels: a 1-minute call in a day is still a bar. */
export const minMarkWidth = 8;

/** The call and result get a close-up when together they take less than this share of the overview. */
export const zoomShare = 0.05;

/** At most this many ticks on the close-up, whatever the width. */
export const zoomMaxTicks = 5;

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;
const tickSteps = [
  second,
  5 * second,
  15 * second,
  30 * second,
  minute,
  2 * minute,
  5 * minute,
  10 * minute,
  15 * minute,
  30 * minute,
  hour,
  2 * hour,
  3 * hour,
  6 * hour,
  12 * hour,
  day,
  2 * day,
  7 * day,
  14 * day,
  30 * day,
  91 * day,
  365 * day,
];

/** The smallest round step that puts at most `maxTicks` ticks in `range` ms. */
export function tickStep(range: number, maxTicks: number): number {
  for (const step of tickSteps) {
    if (range / step <= maxTicks) return step;
  }
  let step = 365 * day;
  while (range / step > maxTicks) step *= 10;
  return step;
}

function ticksOf(start: number, end: number, step: number): AxisTick[] {
  const ticks: AxisTick[] = [];
  // Keep ticks off the axis's ends, where the start and end are labelled in full.
  const margin = (end - start) * 0.06;
  for (let at = Math.ceil((start + margin) / step) * step; at <= end - margin; at += step) {
    ticks.push({ at, position: (at - start) / (end - start) });
  }
  return ticks;
}

const time = (point: TimelinePoint | undefined): number | undefined => point && point.at.getTime();

function stripOf(model: TimelineModel, start: number, end: number, maxTicks: number): TimelineStrip {
  const step = tickStep(end - start, maxTicks);
  const range = end - start;
  const marks: TimelineMark[] = [];
  const place = (part: MarkPart, from: Date, to: Date, flags?: Partial<TimelineMark>): void => {
    const a = Math.min(from.getTime(), to.getTime());
    const b = Math.max(from.getTime(), to.getTime());
    if (b < start || a > end) return;
    marks.push({
      part,
      lane: laneOf[part],
      from: Math.max(0, (a - start) / range),
      to: Math.min(1, (b - start) / range),
      start: from,
      end: to,
      ...flags,
    });
  };
  const point = (part: MarkPart, value: TimelinePoint | undefined): void => {
    if (value) place(part, value.at, value.at);
  };
  if (model.window) {
    place("window", model.window.start.at, model.window.end.at, { reversed: model.window.durationMs < 0 });
  } else {
    point("window-start", model.windowStart);
    point("window-end", model.windowEnd);
  }
  if (model.call) {
    place("call", model.call.start.at, model.call.end.at, { reversed: model.call.durationMs < 0 });
  } else if (model.callStart && model.now && !model.callEnd && model.now.at >= model.callStart.at) {
    place("call", model.callStart.at, model.now.at, { ongoing: true });
  } else {
    point("call-start", model.callStart);
    point("call-end", model.callEnd);
  }
  point("sent", model.sent);
  point("result", model.result);
  point("now", model.now);
  return { start, end, step, ticks: ticksOf(start, end, step), marks };
}

/**
 * The close-up's range: the call (to now while it lasts) or the message's sent date, and the result with a quarter of
 * their span either side, widened to whole ticks; undefined when they already show well.
 */
function zoomRange(model: TimelineModel, range: number, maxTicks: number): [number, number] | undefined {
  if (!model.callStart && !model.callEnd && !model.sent) return undefined;
  const ongoingEnd = model.callStart && !model.callEnd ? time(model.now) : undefined;
  const times = [time(model.callStart), time(model.callEnd), time(model.sent), ongoingEnd, time(model.result)].filter(
    (value): value is number => value !== undefined,
  );
  const first = Math.min(...times);
  const last = Math.max(...times);
  if (last - first > range * zoomShare) return undefined;
  const pad = Math.max(last - first, minute) / 4;
  const step = tickStep(last - first + 2 * pad, maxTicks);
  const start = Math.floor((first - pad) / step) * step;
  const end = Math.ceil((last + pad) / step) * step;
  // Seconds apart on an overview of seconds: the overview already is the close-up.
  return end - start < range ? [start, end] : undefined;
}

/**
 * The layout of a model, or undefined when it has no date to show. `maxTicks` (from the
 * width the control has) bounds the ticks on each axis.
 */
export function layoutTimeline(model: TimelineModel, maxTicks: number): TimelineLayout | undefined {
  const times = [
    model.windowStart,
    model.windowEnd,
    model.callStart,
    model.callEnd,
    model.sent,
    model.result,
    model.now,
  ]
    .map(time)
    .filter((value): value is number => value !== undefined);
  if (times.length === 0) return undefined;
  let start = Math.min(...times);
  let end = Math.max(...times);
  if (start === end) {
    // A single instant sits in the middle of an hour, as the model places it.
    start -= 30 * minute;
    end += 30 * minute;
  }
  const overview = stripOf(model, start, end, maxTicks);
  // The close-up ticks whole minutes rather than half minutes where it can.
  const zoomTicks = Math.min(maxTicks, zoomMaxTicks);
  const zoom = zoomRange(model, end - start, zoomTicks);
  return zoom ? { overview, zoom: stripOf(model, zoom[0], zoom[1], zoomTicks) } : { overview };
}
