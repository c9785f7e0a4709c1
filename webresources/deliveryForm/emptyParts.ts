import { emptyRules, type EmptyRule } from "./formLayout";

function isEmpty(form: Xrm.FormContext, column: string): boolean {
  // A column missing from the form shows nothing either way.
  const value: unknown = form.getAttribute(column)?.getValue();
  return value == null || (typeof value === "string" && value.trim() === "");
}

function apply(form: Xrm.FormContext, rule: EmptyRule, visible: boolean): void {
  if (!rule.tab) {
    for (const column of rule.columns) {
      form.getAttribute(column)?.controls.forEach((control) => control.setVisible(visible));
    }
    return;
  }
  const tab = form.ui.tabs.get(rule.tab);
  if (rule.section) {
    tab?.sections.get(rule.section)?.setVisible(visible);
  } else {
    tab?.setVisible(visible);
  }
}

/** Hides what has no data and shows it again when it has (the handler may run again). */
export function hideEmptyParts(form: Xrm.FormContext): void {
  for (const rule of emptyRules) {
    apply(form, rule, !rule.columns.every((column) => isEmpty(form, column)));
  }
}
