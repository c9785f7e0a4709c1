import { isMessageDelivery, messageOutcome, type MessageOutcome } from "../delivery/channel";
import { classifyDialMode, type DialMode } from "../delivery/dialMode";
import { parseDispositionCodes, type ParsedDispositions } from "../delivery/dispositionParse";
import { classifyResult, type DeliveryResult } from "../delivery/result";
import { classifyStatus, type DeliveryStatus } from "../delivery/status";
import { buildTimeline, type TimelineAnomaly } from "../delivery/timeline";
import { attentionReasons, type AttentionReason } from "./summary";

/** One delivery as the contact's list reads it: the columns of contactDeliveriesQuery. */
export interface DeliveryFacts {
  id: string;
  deliveryId?: string | null;
  status?: string | null;
  result?: string | null;
  dialMode?: string | null;
  windowStart?: Date | null;
  windowEnd?: Date | null;
  callStart?: Date | null;
  callEnd?: Date | null;
  dispositionCodes?: string | null;
  channel?: string | null;
  sentDate?: Date | null;
}

/** What the list shows of one delivery, worked out once when its page arrives. */
export interface DeliveryItem {
  id: string;
  deliveryId: string;
  status: DeliveryStatus;
  result: DeliveryResult;
  dialMode: DialMode;
  /** msdyn_channel as stored, trimmed ("" when empty). */
  channel: string;
  /** How far a message delivery got (SMS); undefined for a call. */
  message?: MessageOutcome;
  /** When a message delivery was sent. */
  sentDate?: Date;
  windowStart?: Date;
  windowEnd?: Date;
  callStart?: Date;
  /** Call end minus call start; negative when the dates are reversed; undefined without both. */
  callDurationMs?: number;
  dispositions: ParsedDispositions;
  /** msdyn_disposition_codes as stored: shown as text when it could not all be read. */
  dispositionText: string;
  /** Why a supervisor or agent should look at it (an Error, a failed call ...). */
  attention: AttentionReason[];
  /** What is wrong with its dates; an Expired delivery never called is an outcome, not a fault. */
  anomalies: TimelineAnomaly[];
}

const validDate = (value: Date | null | undefined): Date | undefined =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;

export function deliveryItemOf(facts: DeliveryFacts, now: Date): DeliveryItem {
  const status = classifyStatus(facts.status);
  const windowStart = validDate(facts.windowStart);
  const windowEnd = validDate(facts.windowEnd);
  const callStart = validDate(facts.callStart);
  const callEnd = validDate(facts.callEnd);
  const sentDate = validDate(facts.sentDate);
  const message = isMessageDelivery({ channel: facts.channel, callStart, callEnd })
    ? messageOutcome({ sentDate, result: facts.result, status })
    : undefined;
  const timeline = buildTimeline({ windowStart, windowEnd, callStart, callEnd, status, now, message, sentDate });
  return {
    id: facts.id,
    deliveryId: facts.deliveryId ?? "",
    status,
    result: classifyResult(facts.result),
    dialMode: classifyDialMode(facts.dialMode),
    channel: (facts.channel ?? "").trim(),
    ...(message ? { message } : {}),
    ...(message && sentDate ? { sentDate } : {}),
    ...(windowStart ? { windowStart } : {}),
    ...(windowEnd ? { windowEnd } : {}),
    ...(callStart ? { callStart } : {}),
    ...(callStart && callEnd ? { callDurationMs: callEnd.getTime() - callStart.getTime() } : {}),
    dispositions: parseDispositionCodes(facts.dispositionCodes),
    dispositionText: facts.dispositionCodes ?? "",
    attention: attentionReasons(
      {
        status: facts.status,
        result: facts.result,
        windowStart,
        windowEnd,
        callStart,
        channel: facts.channel,
        sentDate,
      },
      now,
    ),
    // activeAfterWindow is an attention reason already; expiring with no call, or with a
    // message never sent, is a normal outcome.
    anomalies: timeline.anomalies.filter(
      (anomaly) =>
        anomaly !== "expiredWithoutCall" && anomaly !== "expiredWithoutMessage" && anomaly !== "activeAfterWindow",
    ),
  };
}
