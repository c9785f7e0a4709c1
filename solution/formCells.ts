import type { DashboardDefinition, FormCell, FormDefinition, FormSection, FormTab, SubgridCell } from "./model";

/** The columns of a tab: most tabs have one full-width column; a card form has two. */
export function tabColumns(tab: FormTab): { width: string; sections: FormSection[] }[] {
  return tab.columns ?? [{ width: "100%", sections: tab.sections }];
}

/** Every cell of a form, in form order, whatever its tab layout. */
export function formCells(form: FormDefinition): FormCell[] {
  return form.tabs.flatMap((t) => tabColumns(t).flatMap((c) => c.sections.flatMap((s) => s.cells)));
}

/** Every list of a dashboard, in dashboard order. */
export function dashboardCells(dashboard: DashboardDefinition): SubgridCell[] {
  return dashboard.tabs.flatMap((t) => t.sections.flatMap((s) => s.cells));
}
