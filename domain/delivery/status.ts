import type { Tone } from "./tone";
import { createClassifier, type ValueClass } from "./valueClass";

/** msdyn_status values the proactive engagement service documents. */
export type DeliveryStatusKind = "Pending" | "InProcess" | "Complete" | "Expired" | "Cancelled" | "Error";
export type DeliveryStatus = ValueClass<DeliveryStatusKind>;

const statusTones: Readonly<Record<DeliveryStatusKind, Tone>> = {
  Pending: "info",
  InProcess: "info",
  Complete: "success",
  Expired: "warning",
  Cancelled: "neutral",
  Error: "danger",
};

export const classifyStatus = /*#__PURE__*/ createClassifier(statusTones);

/** "Active" on Contact Center's elastic tables, which have no statecode: the service may still call. */
export const activeStatusKinds = ["Pending", "InProcess"] as const satisfies readonly DeliveryStatusKind[];

/** A delivery the service may still call: the window and the time left in it matter. */
export function isActiveStatus(status: DeliveryStatus | undefined): boolean {
  return status?.kind === "Pending" || status?.kind === "InProcess";
}
