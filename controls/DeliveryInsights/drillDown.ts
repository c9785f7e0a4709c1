import type { CountBucket } from "../../domain/insights/buckets";
import { DeliveryNames as D } from "../../domain/tables/names";

/**
 * The experience's delivery views a figure can open (solution/definitions/views.ts; the ids
 * are fixed there and repeated here so the control does not carry the solution's
 * definitions). A view lists every period's deliveries: it shows which deliveries a kind of
 * figure is about, not the period's count.
 */
export const deliveryViews = {
  active: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e01}",
  needsAttention: "{94d16179-29d7-45de-b59a-d07018c7ee54}",
  expired: "{99fa2d12-70ec-47a2-adc8-66cd2503df73}",
  cancelled: "{fb20d46f-a42e-41f0-9d49-528cdb64d5ff}",
  completed: "{dfca39af-9102-48f1-9128-df1bb8f8a858}",
  all: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e03}",
} as const;

export type DeliveryView = keyof typeof deliveryViews;

/** The entity list of a view, as the app's site map opens lists (viewtype 1039: a system view). */
export function viewUrl(viewId: string): string {
  return `/main.aspx?pagetype=entitylist&etn=${D.table}&viewid=${encodeURIComponent(viewId)}&viewtype=1039`;
}

const statusViews: Readonly<Record<string, DeliveryView>> = {
  Pending: "active",
  InProcess: "active",
  Complete: "completed",
  Expired: "expired",
  Cancelled: "cancelled",
  Error: "needsAttention",
  unrecognised: "needsAttention",
  empty: "needsAttention",
};

/** Results the Needs Attention view lists (its or-filter: CallFailed, BotFailed, Error). */
const attentionResults = new Set(["CallFailed", "BotFailed", "Error"]);

/** The view behind a status bucket: every status has one (unknown and empty ones need attention). */
export function statusView(bucket: Pick<CountBucket, "kind">): DeliveryView | undefined {
  return statusViews[bucket.kind];
}

/** The view behind a result bucket, where one lists exactly that kind of result. */
export function resultView(bucket: Pick<CountBucket, "kind">): DeliveryView | undefined {
  return attentionResults.has(bucket.kind) ? "needsAttention" : undefined;
}
