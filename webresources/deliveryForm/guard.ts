import { failureDetail } from "../shared/webApiFailure";
import { createDeliveryFormStrings, type DeliveryFormStrings } from "./deliveryFormStrings";
import { scriptFailedNotificationId } from "./notificationIds";

/** Shows a failure of the script itself; if even that fails, drops it, since the form still works. */
export function reportScriptFailure(form: Xrm.FormContext, strings: DeliveryFormStrings, error: unknown): void {
  try {
    const message = strings.format("Script_Failed", failureDetail(error));
    form.ui.setFormNotification(message, "ERROR", scriptFailedNotificationId);
  } catch {
    // Nothing left to tell the user with.
  }
}

/**
 * A handler that throws makes the platform show a script error dialog over the form. Every
 * handler runs through this instead: a failure becomes a form notification. Without a form
 * context (a registration without "pass execution context") there is nothing to act on.
 */
export function guarded<E extends Xrm.Events.EventContext>(
  run: (form: Xrm.FormContext, strings: DeliveryFormStrings, executionContext: E) => void,
): (executionContext: E) => void {
  return (executionContext) => {
    let form: Xrm.FormContext | undefined;
    const strings = createDeliveryFormStrings();
    try {
      form = executionContext?.getFormContext();
      if (form) run(form, strings, executionContext);
    } catch (error) {
      if (form) reportScriptFailure(form, strings, error);
    }
  };
}
