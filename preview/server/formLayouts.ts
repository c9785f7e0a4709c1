/**
 * The delivery, attribute and contact forms' layouts for the pages, from the same definitions the solution
 * packs (with their code components), so the preview's tabs, sections and field names cannot
 * drift from the forms.
 */
import { withContactDeliveries, withDeliveryControls } from "../../solution/definitions/controlBindings";
import {
  attributeMainForm,
  CONTACT_DELIVERIES_TAB,
  contactMainForm,
  deliveryMainForm,
} from "../../solution/definitions/forms";
import type { FormDefinition } from "../../solution/model";
import type { FormLayout, FormLayouts, LayoutCell } from "../xrm/formLayout";

/** "pdx_ProactiveDelivery.DispositionChips" → "DispositionChips": the preview loads controls by folder name. */
const constructorName = (control: string): string => control.slice(control.lastIndexOf(".") + 1);

function layoutOf(form: FormDefinition): FormLayout {
  return {
    table: form.table,
    tabs: form.tabs.map((tab) => ({
      name: tab.name,
      label: tab.label,
      sections: tab.sections.map((section) => ({
        name: section.name,
        label: section.label,
        cells: section.cells.flatMap((cell): LayoutCell[] => {
          const control = cell.pcf ? constructorName(cell.pcf.control) : undefined;
          if (cell.kind === "field") return [{ kind: "field", column: cell.column, ...(control && { control }) }];
          if (cell.kind === "subgrid") return [{ kind: "subgrid", name: cell.name, ...(control && { control }) }];
          return [];
        }),
      })),
    })),
  };
}

export function formLayouts(): FormLayouts {
  const delivery = layoutOf(withDeliveryControls(deliveryMainForm));
  const contact = layoutOf(withContactDeliveries(contactMainForm, CONTACT_DELIVERIES_TAB));
  // The app shell opens an attribute row on this form.
  const attribute = layoutOf(attributeMainForm);
  return { [delivery.table]: delivery, [attribute.table]: attribute, [contact.table]: contact };
}

/** JSON safe inside a <script> element: no "</script>" or "<!--" can end it early. */
export function embeddedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
