import { isMessageDelivery } from "../../domain/delivery/channel";
import { classifyDialMode, type DialMode } from "../../domain/delivery/dialMode";
import { classifyResult, type DeliveryResult } from "../../domain/delivery/result";
import type { IInputs } from "./generated/ManifestTypes";

/** The bound columns, read from the host and sorted into domain values. */
export interface TimelineInputs {
  windowStart: Date | null;
  windowEnd: Date | null;
  callStart: Date | null;
  callEnd: Date | null;
  resultDate: Date | null;
  result: DeliveryResult;
  dialMode: DialMode;
  /** Sent as a message (SMS), not called: see isMessageDelivery. */
  message: boolean;
  sentDate: Date | null;
}

export const timelinePropertyNames = [
  "windowStart",
  "windowEnd",
  "callStart",
  "callEnd",
  "resultDate",
  "result",
  "dialMode",
  "channel",
  "sentDate",
] as const;

const dateOf = (property: ComponentFramework.PropertyTypes.DateTimeProperty | undefined): Date | null =>
  property?.raw instanceof Date ? property.raw : null;

export function readTimelineInputs(parameters: IInputs): TimelineInputs {
  const callStart = dateOf(parameters.callStart);
  const callEnd = dateOf(parameters.callEnd);
  return {
    windowStart: dateOf(parameters.windowStart),
    windowEnd: dateOf(parameters.windowEnd),
    callStart,
    callEnd,
    resultDate: dateOf(parameters.resultDate),
    result: classifyResult(parameters.result?.raw),
    dialMode: classifyDialMode(parameters.dialMode?.raw),
    message: isMessageDelivery({ channel: parameters.channel?.raw, callStart, callEnd }),
    sentDate: dateOf(parameters.sentDate),
  };
}
