import type { DurationParts } from "../../domain/delivery/duration";
import { splitDuration } from "../../domain/delivery/duration";
import type { TimelineAnomaly } from "../../domain/delivery/timeline";
import type { ValueClass } from "../../domain/delivery/valueClass";
import type { WebApiFailure } from "../shared/webApiError";
import type {
  DocumentedKinds,
  DocumentedValueKey,
  DeliveryTimelineStringKey,
  DeliveryTimelineStrings,
} from "./deliveryTimelineStrings";

// The sentences the timeline shows, built from the model; one place for wording.

/**
 * A documented status, result or dial mode in the user's language (key: prefix + kind);
 * anything else as stored with a note, so an unknown value is never hidden; nothing as "None".
 */
export function valueText<P extends keyof DocumentedKinds>(
  prefix: P,
  value: ValueClass<DocumentedKinds[P]>,
  strings: DeliveryTimelineStrings,
): string {
  if (value.kind === "empty") {
    return strings.get("Value_Empty");
  }
  return value.kind === "unrecognised"
    ? strings.format("Value_Unrecognised", value.text)
    : strings.get(`${prefix}_${value.kind}` as DocumentedValueKey);
}

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

export function anomalyText(anomaly: TimelineAnomaly, strings: DeliveryTimelineStrings): string {
  return strings.get(`Anomaly_${anomaly}`);
}

/** The two largest units that are not zero, e.g. "2 h 5 min"; "0 s" for nothing. */
export function durationText(milliseconds: number, strings: DeliveryTimelineStrings): string {
  const parts: DurationParts = splitDuration(milliseconds);
  const units: [number, DeliveryTimelineStringKey][] = [
    [parts.days, "Duration_Days"],
    [parts.hours, "Duration_Hours"],
    [parts.minutes, "Duration_Minutes"],
    [parts.seconds, "Duration_Seconds"],
  ];
  const firstNonZero = units.findIndex((unit) => unit[0] > 0);
  const shown =
    firstNonZero === -1 ? [units[3]] : units.slice(firstNonZero, firstNonZero + 2).filter((unit) => unit[0] > 0);
  const text = shown.map((unit) => strings.format(unit[1], unit[0])).join(" ");
  return milliseconds < 0 ? strings.format("Duration_Negative", text) : text;
}
