import type { OutcomeExplanation } from "../../domain/delivery/deliveryOutcome";
import type { DeliveryFormStrings } from "./deliveryFormStrings";

/** One notification for all reasons: two banners about one delivery would read as two problems. */
export function outcomeMessage(explanation: OutcomeExplanation, strings: DeliveryFormStrings): string {
  return explanation.reasons.map((reason) => strings.format(`Outcome_${reason.kind}`, reason.value ?? "")).join(" ");
}

/** The severities are the form notification levels, in lower case. */
export const notificationLevel = (explanation: OutcomeExplanation): Xrm.FormNotificationLevel =>
  explanation.severity.toUpperCase() as Xrm.FormNotificationLevel;
