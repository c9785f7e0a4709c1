import type { FormCell, FormDefinition, FormSection, FormTab } from "./model";

/** The columns of a tab: most tabs have one full-width column; a card form has two. */
export function tabColumns(tab: FormTab): { width: string; sections: FormSection[] }[] {
  return tab.columns ?? [{ width: "100%", sections: tab.sections }];
}

/** Every cell of a form, in form order, whatever its tab layout. */
export function formCells(form: FormDefinition): FormCell[] {
  return form.tabs.flatMap((t) => tabColumns(t).flatMap((c) => c.sections.flatMap((s) => s.cells)));
}
