import { explainDeliveryOutcome } from "../../domain/delivery/deliveryOutcome";
import { classifyFailure, failureDetail, type WebApiFailure } from "../shared/webApiFailure";
import { callStartColumn, channelColumn, channelSentColumn, resultColumn, windowEndColumn } from "./columns";
import type { DeliveryFormStrings } from "./deliveryFormStrings";
import { routingSection, summaryTab } from "./formLayout";
import { outcomeNotificationId, statusReadNotificationId } from "./notificationIds";
import { notificationLevel, outcomeMessage } from "./outcomeMessages";
import { readStatus } from "./statusRead";

function valueOf(form: Xrm.FormContext, column: string): unknown {
  return form.getAttribute(column)?.getValue();
}

function dateValue(form: Xrm.FormContext, column: string): Date | null {
  const value = valueOf(form, column);
  return value instanceof Date ? value : null;
}

/** The number has no field on the form (not valid for forms), so it goes in the Routing heading. */
function showDestination(form: Xrm.FormContext, toAddress: string | null, strings: DeliveryFormStrings): void {
  const destination = toAddress?.trim();
  if (destination) {
    form.ui.tabs
      .get(summaryTab)
      ?.sections.get(routingSection)
      ?.setLabel(strings.format("Routing_SectionLabel", destination));
  }
}

/** Reads the status, or says what failed and returns undefined. */
async function statusOrNotice(form: Xrm.FormContext, id: string, strings: DeliveryFormStrings) {
  let failure: WebApiFailure = "notFound";
  let detail = "";
  try {
    const answer = await readStatus(id);
    if (answer) {
      form.ui.clearFormNotification(statusReadNotificationId);
      showDestination(form, answer.toAddress, strings);
      return answer.status;
    }
  } catch (error) {
    failure = classifyFailure(error);
    detail = failureDetail(error);
  }
  form.ui.setFormNotification(strings.format(`StatusRead_${failure}`, detail), "WARNING", statusReadNotificationId);
  return undefined;
}

/**
 * Reads the status and destination, then says why the delivery did not succeed. When the read
 * fails the result column alone is still explained, next to a notice of what could not be read.
 */
export async function explainOutcome(form: Xrm.FormContext, id: string, strings: DeliveryFormStrings): Promise<void> {
  const status = await statusOrNotice(form, id, strings);
  const result = valueOf(form, resultColumn);
  const explanation = explainDeliveryOutcome({
    status,
    result: typeof result === "string" ? result : null,
    windowEnd: dateValue(form, windowEndColumn),
    callStart: dateValue(form, callStartColumn),
    // A text column: a string or null. An SMS is sent, not called: "no call was made" would be
    // wrong for it, so the channel and the sent date are read too.
    channel: valueOf(form, channelColumn) as string | null,
    sentDate: dateValue(form, channelSentColumn),
    now: new Date(),
  });
  if (explanation) {
    form.ui.setFormNotification(
      outcomeMessage(explanation, strings),
      notificationLevel(explanation),
      outcomeNotificationId,
    );
  } else {
    form.ui.clearFormNotification(outcomeNotificationId);
  }
}
