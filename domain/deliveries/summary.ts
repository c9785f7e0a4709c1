import { isMessageDelivery } from "../delivery/channel";
import { classifyResult } from "../delivery/result";
import { classifyStatus, isActiveStatus } from "../delivery/status";

/** What the summary needs of one delivery: the columns of the contact's deliveries query. */
export interface DeliverySummaryRow {
  status?: string | null;
  result?: string | null;
  windowStart?: Date | null;
  windowEnd?: Date | null;
  callStart?: Date | null;
  /** msdyn_channel and msdyn_channel_sent_date: a message has a sent date instead of a call. */
  channel?: string | null;
  sentDate?: Date | null;
}

export type AttentionReason =
  | "statusError"
  | "unknownStatus"
  | "resultCallFailed"
  | "resultBotFailed"
  | "resultError"
  | "resultNotDelivered"
  | "activeAfterWindow";

/**
 * Why a delivery needs a look, empty when it does not: an Error status or result, a call or bot
 * that failed, a status the service does not document (an empty one too: the service always
 * writes one), a message that was not delivered, or a delivery still Pending or InProcess after
 * its window closed (not a message already sent: it has no call to wait for).
 */
export function attentionReasons(row: DeliverySummaryRow, now: Date): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const status = classifyStatus(row.status);
  const result = classifyResult(row.result);
  if (status.kind === "Error") reasons.push("statusError");
  if (status.kind === "unrecognised" || status.kind === "empty") reasons.push("unknownStatus");
  // A message that was sent needs nothing more from its window, whatever the status says.
  const sent = isMessageDelivery(row) && row.sentDate instanceof Date && !Number.isNaN(row.sentDate.getTime());
  if (isActiveStatus(status) && row.windowEnd && row.windowEnd.getTime() < now.getTime() && !sent) {
    reasons.push("activeAfterWindow");
  }
  if (result.kind === "CallFailed") reasons.push("resultCallFailed");
  if (result.kind === "BotFailed") reasons.push("resultBotFailed");
  if (result.kind === "Error") reasons.push("resultError");
  if (result.kind === "NotDelivered") reasons.push("resultNotDelivered");
  return reasons;
}

export interface DeliverySummary {
  count: number;
  /** The latest window start among the rows (the query's order), undefined when none has one. */
  lastWindowStart?: Date;
  /** The latest call start among the rows, undefined when no call was made. */
  lastCallStart?: Date;
  needsAttention: number;
  /** More pages exist: the numbers count the rows read so far, and the view must say so. */
  partial: boolean;
}

function later(a: Date | undefined, b: Date | null | undefined): Date | undefined {
  if (!b || Number.isNaN(b.getTime())) return a;
  return !a || b.getTime() > a.getTime() ? b : a;
}

/** What a summary reads of a delivery whose attention reasons are already known. */
export interface SummarizedDelivery {
  windowStart?: Date | null;
  callStart?: Date | null;
  attention: readonly AttentionReason[];
}

/** Sums up deliveries whose attention reasons were worked out when they were read. */
export function summarizeKnown(rows: readonly SummarizedDelivery[], morePages: boolean): DeliverySummary {
  let lastWindowStart: Date | undefined;
  let lastCallStart: Date | undefined;
  let needsAttention = 0;
  for (const row of rows) {
    lastWindowStart = later(lastWindowStart, row.windowStart);
    lastCallStart = later(lastCallStart, row.callStart);
    if (row.attention.length > 0) needsAttention++;
  }
  return {
    count: rows.length,
    ...(lastWindowStart ? { lastWindowStart } : {}),
    ...(lastCallStart ? { lastCallStart } : {}),
    needsAttention,
    partial: morePages,
  };
}

/** Sums up the deliveries read so far; `morePages` when the last page had a next link. */
export function summarizeDeliveries(
  rows: readonly DeliverySummaryRow[],
  options: { now: Date; morePages: boolean },
): DeliverySummary {
  return summarizeKnown(
    rows.map((row) => ({ ...row, attention: attentionReasons(row, options.now) })),
    options.morePages,
  );
}
