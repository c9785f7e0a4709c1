import { DeliveryNames as D } from "../../domain/tables";
import type { FormDefinition, PcfDatasetBinding, PcfFieldBinding } from "../model";
import { experiencePublisher } from "./publishers";

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

const chips: PcfFieldBinding = { kind: "field", control: ControlNames.chips, parameters: { codes: { column: D.dispositionCodes } } };

const attributeGrid: PcfDatasetBinding = { kind: "dataset", control: ControlNames.attributeGrid, dataSetName: "attributes" };

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
          if (cell.kind === "subgrid" && cell.name === "attributes_subgrid") return { ...cell, pcf: attributeGrid };
          return cell;
        }),
      })),
    })),
  };
}
