import { splitDuration, type DurationParts } from "../../../domain/delivery/duration";
import type { TimelineAnomaly } from "../../../domain/delivery/timeline";
import type { ValueClass } from "../../../domain/delivery/valueClass";
import type {
  AnomalyKey,
  DeliveryTextStringKey,
  DeliveryTextStrings,
  DocumentedKinds,
  DocumentedValueKey,
} from "./deliveryTextStrings";

/**
 * A documented status, result or dial mode in the user's language (key: prefix + kind);
 * anything else as stored with a note, so an unknown value is never hidden; nothing as "None".
 */
export function valueText<P extends keyof DocumentedKinds>(
  prefix: P,
  value: ValueClass<DocumentedKinds[P]>,
  strings: DeliveryTextStrings,
): string {
  if (value.kind === "empty") {
    return strings.get("Value_Empty");
  }
  return value.kind === "unrecognised"
    ? strings.format("Value_Unrecognised", value.text)
    : strings.get(`${prefix}_${value.kind}` as DocumentedValueKey);
}

/** The two largest units that are not zero, e.g. "2 h 5 min"; "0 s" for nothing. */
export function durationText(milliseconds: number, strings: DeliveryTextStrings): string {
  const parts: DurationParts = splitDuration(milliseconds);
  const units: [number, DeliveryTextStringKey][] = [
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

/** A date anomaly of the timeline model, as a sentence. */
export function anomalyText(anomaly: TimelineAnomaly, strings: DeliveryTextStrings): string {
  return strings.get(`Anomaly_${anomaly}` satisfies AnomalyKey);
}
