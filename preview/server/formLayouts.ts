/**
 * The delivery, attribute and contact forms' layouts for the pages, from the same definitions
 * the solution packs (experienceForms: with their code components), so the preview's tabs,
 * sections, cells and their labels in every language cannot drift from the packaged forms.
 * Field cells are labelled as the solution XML labels them (resolveFieldIn: the column's
 * display names in the solution's languages).
 */
import { experienceForms, EXPERIENCE_LANGUAGES } from "../../solution/definitions/solutions";
import { tabColumns } from "../../solution/formCells";
import type { FormDefinition } from "../../solution/model";
import { resolveFieldIn } from "../../solution/xml/form";
import type { FormLayout, FormLayouts, LayoutCell } from "../xrm/formLayout";

/** "pdx_ProactiveDelivery.DispositionChips" → "DispositionChips": the preview loads controls by folder name. */
const constructorName = (control: string): string => control.slice(control.lastIndexOf(".") + 1);

const resolve = resolveFieldIn(EXPERIENCE_LANGUAGES);

export function layoutOf(form: FormDefinition): FormLayout {
  return {
    table: form.table,
    tabs: form.tabs.map((tab) => ({
      name: tab.name,
      label: tab.label,
      sections: tabColumns(tab)
        .flatMap((column) => column.sections)
        .map((section) => ({
          name: section.name,
          label: section.label,
          showLabel: section.showLabel ?? true,
          columns: (section.layout ?? "1").length,
          cells: section.cells.map((cell): LayoutCell => {
            const control = cell.pcf ? { control: constructorName(cell.pcf.control) } : {};
            const showLabel = cell.showLabel ?? true;
            if (cell.kind === "field")
              return {
                kind: "field",
                column: cell.column,
                label: resolve(form.table, cell.column).label,
                showLabel,
                ...control,
              };
            return { kind: "subgrid", name: cell.name, label: cell.label, showLabel, ...control };
          }),
        })),
    })),
  };
}

export function formLayouts(): FormLayouts {
  // The forms as the experience solution packs them; scripts and libraries do not change a layout.
  const layouts = experienceForms([]).map(layoutOf);
  return Object.fromEntries(layouts.map((layout) => [layout.table, layout]));
}

/** JSON safe inside a <script> element: no "</script>" or "<!--" can end it early. */
export function embeddedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
