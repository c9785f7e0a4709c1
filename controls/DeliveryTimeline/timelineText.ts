import type { WebApiFailure } from "../shared/webApiError";
import type { DeliveryTimelineStringKey, DeliveryTimelineStrings } from "./deliveryTimelineStrings";

export { durationText, valueText } from "../shared/deliveryText/deliveryText";

// The sentences the timeline shows, built from the model; one place for wording.

const failureKeys: Readonly<Record<WebApiFailure, DeliveryTimelineStringKey>> = {
  throttled: "Status_Failed_Throttled",
  forbidden: "Status_Failed_Forbidden",
  notFound: "Status_Failed_NotFound",
  offline: "Status_Failed_Offline",
  other: "Status_Failed_Other",
};

export function failureText(failure: WebApiFailure, strings: DeliveryTimelineStrings): string {
  return strings.get(failureKeys[failure]);
}
