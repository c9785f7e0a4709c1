import type { DeliveryStatus } from "../../domain/delivery/status";
import type { WebApiFailure } from "../shared/webApiError";

/** Where the Web API read of msdyn_status stands. */
export type StatusState =
  | { kind: "loading" }
  | { kind: "loaded"; status: DeliveryStatus }
  | { kind: "newRecord" }
  | { kind: "wrongTable" }
  | { kind: "failed"; failure: WebApiFailure };
