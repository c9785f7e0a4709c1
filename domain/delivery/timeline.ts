import { isDate, type MessageOutcome } from "./channel";
import { isActiveStatus, type DeliveryStatus } from "./status";

/**
 * The time line of one delivery: its call window, the call, the result and (while the
 * service may still call) the present moment, placed on one scale, plus the anomalies a
 * supervisor should notice. Dates are compared as instants; the columns are time zone
 * independent and the service writes them in UTC, so comparing them with the clock is sound.
 */
export interface TimelineInput {
  windowStart?: Date | null;
  windowEnd?: Date | null;
  callStart?: Date | null;
  callEnd?: Date | null;
  resultDate?: Date | null;
  /**
   * How far a message delivery got (channel.ts messageOutcome); undefined for a call. A
   * message has a sent date instead of call dates.
   */
  message?: MessageOutcome;
  sentDate?: Date | null;
  /** Undefined while the status is not known (still loading or unavailable). */
  status?: DeliveryStatus;
  now: Date;
}

export type TimelineAnomaly =
  | "noDates"
  | "missingWindowStart"
  | "missingWindowEnd"
  | "windowEndBeforeStart"
  | "callEndBeforeStart"
  | "callEndWithoutStart"
  | "callStartBeforeWindow"
  | "callStartAfterWindow"
  | "expiredWithoutCall"
  | "activeAfterWindow"
  | "messageWithoutSentDate"
  | "expiredWithoutMessage";

/** Where a point sits on the scale: 0 is the earliest date shown, 1 the latest. */
export interface TimelinePoint {
  at: Date;
  position: number;
}

export interface TimelineSpan {
  start: TimelinePoint;
  end: TimelinePoint;
  /** Signed: negative when the end lies before the start. */
  durationMs: number;
}

export interface NowMarker extends TimelinePoint {
  /** Where the present lies relative to the window; undefined without both window dates. */
  relation?: "beforeWindow" | "inWindow" | "afterWindow";
  /** Until the window opens (beforeWindow) or closes (inWindow). */
  remainingMs?: number;
}

export interface TimelineModel {
  windowStart?: TimelinePoint;
  windowEnd?: TimelinePoint;
  /** The window as a band; drawn from the earlier to the later date when reversed. */
  window?: TimelineSpan;
  callStart?: TimelinePoint;
  callEnd?: TimelinePoint;
  call?: TimelineSpan;
  result?: TimelinePoint;
  /** When a message delivery was sent. */
  sent?: TimelinePoint;
  /** A message delivery's outcome; undefined for a call. */
  message?: MessageOutcome;
  now?: NowMarker;
  anomalies: TimelineAnomaly[];
}

function span(start: TimelinePoint | undefined, end: TimelinePoint | undefined): TimelineSpan | undefined {
  return start && end ? { start, end, durationMs: end.at.getTime() - start.at.getTime() } : undefined;
}

function findAnomalies(
  input: TimelineInput,
  dates: Record<"windowStart" | "windowEnd" | "callStart" | "callEnd" | "sent", Date | undefined>,
): TimelineAnomaly[] {
  const { windowStart, windowEnd, callStart, callEnd, sent } = dates;
  const anomalies: TimelineAnomaly[] = [];
  const time = (date: Date): number => date.getTime();
  if (!windowStart && !windowEnd && !callStart && !callEnd && !sent && !isDate(input.resultDate)) {
    anomalies.push("noDates");
  } else {
    if (!windowStart) anomalies.push("missingWindowStart");
    if (!windowEnd) anomalies.push("missingWindowEnd");
  }
  if (windowStart && windowEnd && time(windowEnd) < time(windowStart)) anomalies.push("windowEndBeforeStart");
  if (callStart && callEnd && time(callEnd) < time(callStart)) anomalies.push("callEndBeforeStart");
  if (!callStart && callEnd) anomalies.push("callEndWithoutStart");
  if (callStart && windowStart && time(callStart) < time(windowStart)) anomalies.push("callStartBeforeWindow");
  if (callStart && windowEnd && time(callStart) > time(windowEnd)) anomalies.push("callStartAfterWindow");
  const message = input.message;
  const statusKind = input.status && input.status.kind;
  if (message) {
    // A message is sent, not called: no call date is missing, but a delivered (or undelivered)
    // or Complete message without a sent date is; one that expired unsent is an outcome.
    if (
      !sent &&
      (message === "delivered" || message === "notDelivered" || (message === "notSent" && statusKind === "Complete"))
    )
      anomalies.push("messageWithoutSentDate");
    if (message === "notSent" && statusKind === "Expired") anomalies.push("expiredWithoutMessage");
  } else if (statusKind === "Expired" && !callStart) anomalies.push("expiredWithoutCall");
  // A message sent is the service done: it has nothing left to do in the window.
  if (isActiveStatus(input.status) && windowEnd && time(input.now) > time(windowEnd) && !(message && sent))
    anomalies.push("activeAfterWindow");
  return anomalies;
}

function nowRelation(
  now: Date,
  start: Date | undefined,
  end: Date | undefined,
): Pick<NowMarker, "relation" | "remainingMs"> {
  if (!start || !end || end.getTime() < start.getTime()) {
    return {};
  }
  if (now.getTime() < start.getTime()) {
    return { relation: "beforeWindow", remainingMs: start.getTime() - now.getTime() };
  }
  if (now.getTime() <= end.getTime()) {
    return { relation: "inWindow", remainingMs: end.getTime() - now.getTime() };
  }
  return { relation: "afterWindow" };
}

export function buildTimeline(input: TimelineInput): TimelineModel {
  const dates = {
    windowStart: isDate(input.windowStart) ? input.windowStart : undefined,
    windowEnd: isDate(input.windowEnd) ? input.windowEnd : undefined,
    callStart: isDate(input.callStart) ? input.callStart : undefined,
    callEnd: isDate(input.callEnd) ? input.callEnd : undefined,
    sent: input.message && isDate(input.sentDate) ? input.sentDate : undefined,
  };
  const resultDate = isDate(input.resultDate) ? input.resultDate : undefined;
  const showNow = isActiveStatus(input.status);
  const shown = [...Object.values(dates), resultDate, showNow ? input.now : undefined].filter(isDate);
  const anomalies = findAnomalies(input, dates);
  if (shown.length === 0) {
    return { anomalies };
  }
  const earliest = Math.min(...shown.map((date) => date.getTime()));
  const latest = Math.max(...shown.map((date) => date.getTime()));
  const range = latest - earliest;
  // A single instant (or several equal ones) sits in the middle rather than at an edge.
  const point = (date: Date | undefined): TimelinePoint | undefined =>
    date ? { at: date, position: range === 0 ? 0.5 : (date.getTime() - earliest) / range } : undefined;

  const windowStart = point(dates.windowStart);
  const windowEnd = point(dates.windowEnd);
  const callStart = point(dates.callStart);
  const callEnd = point(dates.callEnd);
  const nowPoint = showNow ? point(input.now) : undefined;
  return {
    windowStart,
    windowEnd,
    window: span(windowStart, windowEnd),
    callStart,
    callEnd,
    call: span(callStart, callEnd),
    result: point(resultDate),
    sent: point(dates.sent),
    message: input.message,
    now: nowPoint && { ...nowPoint, ...nowRelation(input.now, dates.windowStart, dates.windowEnd) },
    anomalies,
  };
}
