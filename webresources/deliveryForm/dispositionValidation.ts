import { checkDispositionText, type DispositionTextProblem } from "../../domain/delivery/dispositionCheck";
import { dispositionCodesColumn } from "./columns";
import type { DeliveryFormStrings } from "./deliveryFormStrings";
import { dispositionNotificationId } from "./notificationIds";

/**
 * The values each message's placeholders show, in {0}, {1} order: each problem has at most
 * one of length, position, code and example first, and only tooLong a limit second. One
 * expression rather than a switch on the kind: the script has an 8 KB budget.
 */
function problemValues(problem: DispositionTextProblem): Array<string | number> {
  const fields = problem as Partial<
    Record<"length" | "limit" | "position", number> & Record<"code" | "example", string>
  >;
  // An undefined value is only ever in a place its message has no placeholder for.
  return [fields.length ?? fields.position ?? fields.code ?? fields.example, fields.limit] as Array<string | number>;
}

/**
 * Shows what is wrong with the disposition text on its field, or clears the message. Returns
 * whether the text may be saved. Without the column on the form there is nothing to check.
 */
export function validateDispositionCodes(form: Xrm.FormContext, strings: DeliveryFormStrings): boolean {
  const attribute = form.getAttribute<Xrm.Attributes.StringAttribute>(dispositionCodesColumn);
  if (!attribute) return true;
  const check = checkDispositionText(attribute.getValue());
  const control = form.getControl<Xrm.Controls.StringControl>(dispositionCodesColumn);
  if (check.ok) {
    control?.clearNotification(dispositionNotificationId);
    form.ui.clearFormNotification(dispositionNotificationId);
    return true;
  }
  const message = strings.format(`Disposition_${check.problem.kind}`, ...problemValues(check.problem));
  // The field message is where the user looks; the form banner only when the field is not on the form.
  if (control) {
    control.setNotification(message, dispositionNotificationId);
  } else {
    form.ui.setFormNotification(message, "ERROR", dispositionNotificationId);
  }
  return false;
}

/** Only a changed value is checked on save: an unchanged one is not sent, and blocking it would trap the user. */
export function dispositionCodesChanged(form: Xrm.FormContext): boolean {
  return form.getAttribute(dispositionCodesColumn)?.getIsDirty() ?? false;
}
