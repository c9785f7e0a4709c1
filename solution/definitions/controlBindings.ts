import { AttributeNames as A, DeliveryNames as D } from "../../domain/tables";
import type { FormDefinition, PcfDatasetBinding, PcfFieldBinding } from "../model";
import { attributesSubgrid } from "./forms";
import { experiencePublisher } from "./publishers";
import { experienceViews } from "./views";

const controlName = (constructor: string) => `${experiencePublisher.prefix}_ProactiveDelivery.${constructor}`;

export const ControlNames = {
  timeline: controlName("DeliveryTimeline"),
  chips: controlName("DispositionChips"),
  attributeGrid: controlName("AttributeGrid"),
} as const;

/** Timeline property → the column it is bound to; the preview binds the control the same way. */
export const timelineColumns = {
  windowStart: D.windowStartDate,
  windowEnd: D.windowEndDate,
  callStart: D.startDate,
  callEnd: D.endDate,
  resultDate: D.resultDate,
  result: D.result,
  dialMode: D.dialModeType,
} as const;

/** The timeline sits on the window start cell and reads the other moments as bound properties. */
const timeline: PcfFieldBinding = {
  kind: "field",
  control: ControlNames.timeline,
  parameters: Object.fromEntries(Object.entries(timelineColumns).map(([property, column]) => [property, { column }])),
};

/** DispositionChips property → the column it is bound to; the preview binds the control the same way. */
export const chipsProperties = {
  codes: D.dispositionCodes,
} as const;

const chips: PcfFieldBinding = {
  kind: "field",
  control: ControlNames.chips,
  parameters: Object.fromEntries(Object.entries(chipsProperties).map(([property, column]) => [property, { column }])),
};

const attributesView = experienceViews.find((view) => view.id === attributesSubgrid.viewId);
if (!attributesView) throw new Error(`the attributes subgrid's view ${attributesSubgrid.viewId} is not one of the experience's views`);

/**
 * AttributeGrid's data set on the attributes subgrid, everything a host needs to serve it: the
 * subgrid's view (columns, widths, order), label and records per page. The form XML binds no
 * property-sets (the grid falls back to the view's own column names); the preview binds them so
 * its columns carry the aliases, and they name columns of that same view.
 */
export const attributeGridDataSet = {
  name: "attributes",
  propertySets: { keyword: A.keyword, value: A.value, type: A.type },
  viewId: attributesView.id,
  view: { columns: attributesView.columns, orderBy: attributesView.orderBy },
  title: attributesSubgrid.label,
  pageSize: attributesSubgrid.recordsPerPage,
} as const;

const attributeGrid: PcfDatasetBinding = { kind: "dataset", control: ControlNames.attributeGrid, dataSetName: attributeGridDataSet.name };

/** Puts the three controls on the delivery form: on every form factor (web, tablet, phone). */
export function withDeliveryControls(form: FormDefinition): FormDefinition {
  return {
    ...form,
    tabs: form.tabs.map((tab) => ({
      ...tab,
      sections: tab.sections.map((section) => ({
        ...section,
        cells: section.cells.map((cell) => {
          if (cell.kind === "field" && cell.column === D.windowStartDate) return { ...cell, showLabel: false, pcf: timeline };
          if (cell.kind === "field" && cell.column === D.dispositionCodes) return { ...cell, pcf: chips };
          if (cell.kind === "subgrid" && cell.name === attributesSubgrid.name) return { ...cell, pcf: attributeGrid };
          return cell;
        }),
      })),
    })),
  };
}
