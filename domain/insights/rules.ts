import { classifyResult, type DeliveryResultKind } from "../delivery/result";
import { classifyStatus, type DeliveryStatusKind } from "../delivery/status";

/**
 * The metric definitions every insight uses, in one place.
 *
 * Processed: the delivery reached a final documented status, Complete, Expired, Cancelled or
 * Error: the service will not call again. Pending and InProcess are active (it may still
 * call). A status the service does not document, or none, is neither: such deliveries count
 * in the totals and in their own status bucket, never as processed, since nothing says the
 * service is done with them.
 *
 * Successful: a processed delivery whose result says the customer was reached, CallEnded
 * (the call connected and ended normally), LiveAnswer (a person answered) or Delivered (an
 * SMS arrived): the results domain/delivery marks with the success tone. Every other result
 * (AnsweringMachine, Busy, NoAnswer, CallFailed, Expired, an unknown text, none) is not.
 * Success rate: successful / processed, undefined when nothing was processed.
 *
 * Expired without a call attempt: status Expired, no call start (msdyn_start_date empty) and
 * no message sent (msdyn_channel_sent_date empty), the timeline's "expiredWithoutCall" (and
 * for an SMS "expiredWithoutMessage"); an SMS that was sent was attempted.
 *
 * Message deliveries: no call start but a sent date, SMS sent without a call. They count in
 * the totals, statuses, results and success like any delivery, not in the call timing.
 */
export const processedStatusKinds = [
  "Complete",
  "Expired",
  "Cancelled",
  "Error",
] as const satisfies readonly DeliveryStatusKind[];

export const successResultKinds = [
  "CallEnded",
  "LiveAnswer",
  "Delivered",
] as const satisfies readonly DeliveryResultKind[];

const processed = new Set<string>(processedStatusKinds);
const success = new Set<string>(successResultKinds);

export function isProcessedStatus(status: string | null | undefined): boolean {
  return processed.has(classifyStatus(status).kind);
}

export function isSuccessResult(result: string | null | undefined): boolean {
  return success.has(classifyResult(result).kind);
}

export function isExpiredStatus(status: string | null | undefined): boolean {
  return classifyStatus(status).kind === "Expired";
}

/** successful / processed; undefined (not 0, not NaN) when nothing was processed. */
export function successRate(successful: number, processedCount: number): number | undefined {
  return processedCount > 0 ? successful / processedCount : undefined;
}
