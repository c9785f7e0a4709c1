import { classifyResult } from "./result";
import { isActiveStatus, type DeliveryStatus } from "./status";
import { normaliseValue } from "./valueClass";

/**
 * msdyn_channel has no documented value set: the reporting page says voice, the API and
 * configuration pages add SMS. A stored text is voice or SMS in any spelling the other
 * classifiers accept (case, spaces, underscores, hyphens), also as "Voice call" and "Text
 * message"; an empty channel is a call (the table's rows before SMS existed);
 * any other text is an unknown channel, shown as itself.
 */
export type ChannelKind = "voice" | "sms" | "unknown";

export function channelKindOf(raw: string | null | undefined): ChannelKind {
  const text = normaliseValue(raw ?? "");
  // Patterns rather than a table of names: the form script has an 8 KB budget.
  return /^(voice(call)?)?$/.test(text) ? "voice" : /^(sms|textmessage)$/.test(text) ? "sms" : "unknown";
}

export interface MessageFacts {
  channel?: string | null;
  callStart?: Date | null;
  callEnd?: Date | null;
}

/**
 * A delivery sent as a message rather than a call: an SMS channel, or a channel this code does
 * not know on a row with no call date (a call date says a call was made, whatever the text).
 */
export function isMessageDelivery(facts: MessageFacts): boolean {
  const kind = channelKindOf(facts.channel);
  return kind === "sms" || (kind === "unknown" && !facts.callStart && !facts.callEnd);
}

/**
 * How far a message got: delivered or not delivered (the result), sent (a sent date, no
 * delivery report yet), pending (not sent while the service may still send it), or not sent
 * (the delivery ended, or says it did, with no sent date).
 */
export type MessageOutcome = "delivered" | "notDelivered" | "sent" | "pending" | "notSent";

export interface MessageOutcomeFacts {
  sentDate?: Date | null;
  result?: string | null;
  /** Undefined while it is not known: a message without a sent date then reads as pending. */
  status?: DeliveryStatus;
}

export const isDate = (value: Date | null | undefined): value is Date =>
  value instanceof Date && !Number.isNaN(value.getTime());

export function messageOutcome(facts: MessageOutcomeFacts): MessageOutcome {
  const result = classifyResult(facts.result).kind;
  if (result === "Delivered") return "delivered";
  if (result === "NotDelivered") return "notDelivered";
  if (isDate(facts.sentDate)) return "sent";
  return !facts.status || isActiveStatus(facts.status) ? "pending" : "notSent";
}
