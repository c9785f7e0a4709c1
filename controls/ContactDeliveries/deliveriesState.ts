import type { AttributeViewModel } from "../../domain/attributes/types";
import type { DeliveryItem } from "../../domain/deliveries/deliveryItem";
import type { DeliverySummary } from "../../domain/deliveries/summary";
import type { WebApiFailure } from "../shared/webApiError";

/** Why a read did not give rows: what the user can do differs for each. */
export type ReadFailure =
  | { kind: "forbidden" }
  | { kind: "missingTable" }
  /** Still throttled (429/503) after every retry the control makes. */
  | { kind: "throttled" }
  | { kind: "offline" }
  | { kind: "other"; message: string };

/** A read in progress, waiting before a retry the server asked for, or failed. */
export type ReadState =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "retrying"; attempt: number; of: number; seconds: number }
  | { kind: "failed"; failure: ReadFailure };

export type AttributesState =
  | { kind: "none" }
  | { kind: "loading"; deliveryId: string }
  | { kind: "retrying"; deliveryId: string; attempt: number; of: number; seconds: number }
  | { kind: "failed"; deliveryId: string; failure: ReadFailure }
  | { kind: "ready"; deliveryId: string; model: AttributeViewModel; partial: boolean };

export type ContactDeliveriesState =
  /** The form has no saved contact, its id is no GUID, or it is another table's form. */
  | { kind: "noContact"; reason: "empty" | "malformed" | "wrongTable"; text: string }
  | {
      kind: "contact";
      /** Lower case, no braces. */
      contactId: string;
      items: readonly DeliveryItem[];
      summary: DeliverySummary;
      /** The first page (items empty) or the next page (items shown) being read. */
      read: ReadState;
      /** More pages exist: the service returned a next link. */
      hasMore: boolean;
      /** The delivery whose attributes are shown; the newest one until the user chooses. */
      selectedId?: string;
      attributes: AttributesState;
    };

export function failureOf(failure: WebApiFailure, missingTable: boolean, message: string): ReadFailure {
  if (missingTable) return { kind: "missingTable" };
  if (failure === "notFound" || failure === "other") return { kind: "other", message };
  return { kind: failure };
}

/** No access is not fixed by trying again; everything else offers Retry. */
export function canRetry(failure: ReadFailure): boolean {
  return failure.kind !== "forbidden" && failure.kind !== "missingTable";
}
