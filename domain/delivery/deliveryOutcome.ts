import { isMessageDelivery } from "./channel";
import { classifyResult, type DeliveryResultKind } from "./result";
import { classifyStatus, type DeliveryStatusKind } from "./status";
import type { ValueClass } from "./valueClass";

/**
 * Why a delivery did not succeed, in the few cases a supervisor can read without knowing the
 * service. The status says where the delivery got to; the result says how the call ended. A
 * success (Complete with a good result, or still pending inside its window) has no reason.
 */
export type OutcomeReasonKind =
  | "windowClosedWithoutCall"
  | "windowClosedWithoutMessage"
  | "statusError"
  | "statusExpired"
  | "statusCancelled"
  | "unknownStatus"
  | "resultCallFailed"
  | "resultBotFailed"
  | "resultError"
  | "resultNotDelivered"
  | "unknownResult";

export interface OutcomeReason {
  kind: OutcomeReasonKind;
  /** The stored text, for a value this code does not know. */
  value?: string;
}

export type OutcomeSeverity = "error" | "warning" | "info";

export interface OutcomeExplanation {
  /** Status reasons first, then the result's. */
  reasons: OutcomeReason[];
  severity: OutcomeSeverity;
}

export interface OutcomeFacts {
  /** undefined when the status could not be read: only the result is explained then. */
  status?: string | null;
  result?: string | null;
  windowEnd?: Date | null;
  callStart?: Date | null;
  /** msdyn_channel: a message delivery (channel.ts isMessageDelivery) has a sent date, not a call. */
  channel?: string | null;
  sentDate?: Date | null;
  now: Date;
}

type Reasons<K extends string> = Partial<Record<ValueClass<K>["kind"], OutcomeReasonKind>>;

const statusReasons: Reasons<DeliveryStatusKind> = {
  Error: "statusError",
  Expired: "statusExpired",
  Cancelled: "statusCancelled",
  unrecognised: "unknownStatus",
};

// Expired and Cancelled results repeat the status; call outcomes such as Busy or NoAnswer are
// shown by the result column and the timeline already.
const resultReasons: Reasons<DeliveryResultKind> = {
  CallFailed: "resultCallFailed",
  BotFailed: "resultBotFailed",
  Error: "resultError",
  NotDelivered: "resultNotDelivered",
  unrecognised: "unknownResult",
};

function reasonFor<K extends string>(value: ValueClass<K>, reasons: Reasons<K>): OutcomeReason | undefined {
  const kind = reasons[value.kind];
  return kind && { kind, ...(value.kind === "unrecognised" ? { value: value.text } : {}) };
}

export function explainDeliveryOutcome(facts: OutcomeFacts): OutcomeExplanation | undefined {
  const reasons: OutcomeReason[] = [];
  const status = facts.status === undefined ? undefined : classifyStatus(facts.status);
  const result = classifyResult(facts.result);
  const statusKind = status?.kind;
  const message = isMessageDelivery(facts);
  // A status that still hopes for a call, or "Expired" alone, does not say that the window
  // closed with no call at all; that is the clearer reason.
  const closed =
    (statusKind === "Pending" || statusKind === "InProcess" || statusKind === "Expired") &&
    // The window closed and nothing happened in it: no call, or for a message nothing sent.
    !(message ? facts.sentDate : facts.callStart) &&
    !!facts.windowEnd &&
    facts.windowEnd < facts.now;
  const statusReason = closed
    ? { kind: `windowClosedWithout${message ? "Message" : "Call"}` as const }
    : status && reasonFor(status, statusReasons);
  const resultReason = reasonFor(result, resultReasons);
  if (statusReason) reasons.push(statusReason);
  if (resultReason) reasons.push(resultReason);
  if (reasons.length === 0) {
    return undefined;
  }
  // The severity follows the tones the timeline and chips use: a danger value is an error; a
  // delivery only cancelled is information; anything else (expired, unknown) is a warning.
  const danger = status?.tone === "danger" || (resultReason !== undefined && result.tone === "danger");
  const severity = danger ? "error" : statusKind === "Cancelled" && !resultReason ? "info" : "warning";
  return { reasons, severity };
}
