import type { DeliveryResult } from "../../domain/delivery/result";
import type { TimelineModel } from "../../domain/delivery/timeline";
import type { TimelineMark } from "../../domain/delivery/timelineLayout";
import type { TimelineFindings, TimelineWarning } from "../../domain/delivery/timelineWarnings";
import { anomalyText, durationText, valueText } from "../shared/deliveryText/deliveryText";
import type { WebApiFailure } from "../shared/webApiError";
import type { DeliveryTimelineStringKey, DeliveryTimelineStrings } from "./deliveryTimelineStrings";
import type { TimelineFormat } from "./timelineFormat";

export { durationText, valueText } from "../shared/deliveryText/deliveryText";

// The sentences the timeline shows, built from the model; one place for wording.

/**
 * A value inside a sentence (a date, a duration, a code) between Unicode isolates, so its
 * digits and units keep their order whatever the direction of the words around it.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

const failureKeys: Readonly<Record<WebApiFailure, DeliveryTimelineStringKey>> = {
  throttled: "Status_Failed_Throttled",
  forbidden: "Status_Failed_Forbidden",
  notFound: "Status_Failed_NotFound",
  offline: "Status_Failed_Offline",
  other: "Status_Failed_Other",
};

export function failureText(failure: WebApiFailure, strings: DeliveryTimelineStrings): string {
  return strings.get(failureKeys[failure]);
}

export function warningText(warning: TimelineWarning, strings: DeliveryTimelineStrings): string {
  return warning === "completeWithoutDates"
    ? strings.get("Warning_completeWithoutDates")
    : anomalyText(warning, strings);
}

const duration = (milliseconds: number, strings: DeliveryTimelineStrings): string =>
  isolate(durationText(milliseconds, strings));

/**
 * What happened, in order, as the picture shows it: "Called 13 min after the window opened ·
 * Call lasted 58 s · Result 1 min 9 s after the call", or how the delivery ended without one.
 */
export function storyText(model: TimelineModel, findings: TimelineFindings, strings: DeliveryTimelineStrings): string {
  const parts: string[] = [];
  const { windowStart, callStart, callEnd, result, now, sent } = model;
  // A message: "Sent 4 min after the window opened · Delivered", never a call that did not happen.
  const first = sent ?? callStart;
  if (first && windowStart) {
    const offset = first.at.getTime() - windowStart.at.getTime();
    const verb = sent ? "Sent" : "Called";
    parts.push(strings.format(`Story_${verb}${offset < 0 ? "Early" : ""}`, duration(Math.abs(offset), strings)));
  }
  if (model.message && !findings.outcome) parts.push(strings.get(`Message_${model.message}`));
  if (model.call && model.call.durationMs >= 0) {
    parts.push(strings.format("Story_Lasted", duration(model.call.durationMs, strings)));
  } else if (callStart && !callEnd && now && now.at >= callStart.at) {
    parts.push(strings.format("Story_Ongoing", duration(now.at.getTime() - callStart.at.getTime(), strings)));
  }
  if (result && callEnd && result.at >= callEnd.at) {
    parts.push(strings.format("Story_Result", duration(result.at.getTime() - callEnd.at.getTime(), strings)));
  }
  if (findings.outcome) parts.push(strings.get(`Outcome_${findings.outcome}`));
  return parts.join(" · ");
}

/** A mark's accessible name and tooltip: what it is, when, and for a span how long. */
export function markName(
  mark: TimelineMark,
  result: DeliveryResult,
  strings: DeliveryTimelineStrings,
  format: TimelineFormat,
): string {
  const when = (date: Date): string => isolate(format.date(date).utc);
  const labels: Record<TimelineMark["part"], string> = {
    window: strings.get("Mark_Window"),
    "window-start": strings.get("WindowStart_Label"),
    "window-end": strings.get("WindowEnd_Label"),
    call: strings.get(mark.ongoing ? "Mark_CallOngoing" : "Mark_Call"),
    "call-start": strings.get("CallStart_Label"),
    "call-end": strings.get("CallEnd_Label"),
    sent: strings.get("Mark_Sent"),
    result: result.kind === "empty" ? strings.get("ResultDate_Label") : valueText("Result", result, strings),
    now: strings.get("Now_Label"),
  };
  const label = labels[mark.part];
  return mark.start === mark.end
    ? strings.format("Mark_Point", label, when(mark.start))
    : strings.format(
        "Mark_Span",
        label,
        when(mark.start),
        when(mark.end),
        duration(mark.end.getTime() - mark.start.getTime(), strings),
      );
}
