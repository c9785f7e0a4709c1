// The preview bundles this module for the browser, so it imports only what runs there: plain
// constants, not forms.ts or views.ts (cell ids hash with node:crypto). Those read the
// attribute grid's subgrid settings and view layout from here instead.
import { AttributeNames as A, ContactNames as C, DeliveryNames as D } from "../../domain/tables/names";
import type { FormDefinition, PcfDatasetBinding, PcfFieldBinding, ViewDefinition } from "../model";
import { ViewIds } from "./ids";
import { experiencePublisher } from "./publishers";

const controlName = (constructor: string) => `${experiencePublisher.prefix}_ProactiveDelivery.${constructor}`;

export const ControlNames = {
  timeline: controlName("DeliveryTimeline"),
  chips: controlName("DispositionChips"),
  attributeGrid: controlName("AttributeGrid"),
  relatedRecords: controlName("RelatedRecords"),
  contactDeliveries: controlName("ContactDeliveries"),
  insights: controlName("DeliveryInsights"),
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
  channel: D.channel,
  sentDate: D.channelSentDate,
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

/**
 * RelatedRecords property → the column it is bound to. It sits on the contact id's cell (a field
 * control binds to something) and reads the other three ids as bound properties; it writes none.
 */
export const relatedRecordsProperties = {
  contactId: D.contactId,
  conversationId: D.conversationId,
  queueId: D.queueId,
  configurationId: D.configId,
} as const;

const relatedRecords: PcfFieldBinding = {
  kind: "field",
  control: ControlNames.relatedRecords,
  parameters: Object.fromEntries(
    Object.entries(relatedRecordsProperties).map(([property, column]) => [property, { column }]),
  ),
};

/** What a host needs to serve a subgrid's data set to its control. */
export interface SubgridDataSet {
  /** The manifest's data-set name. */
  name: string;
  /** Property-set name → column. */
  propertySets: Readonly<Record<string, string>>;
  viewId: string;
  view: Pick<ViewDefinition, "columns" | "orderBy">;
  /** The subgrid's label. */
  title: string;
  /** The subgrid's records per page. */
  pageSize: number;
}

/**
 * AttributeGrid on the delivery form's attributes subgrid. forms.ts builds the subgrid and
 * views.ts the "Attributes of a Delivery" view from it; the preview hosts the grid with it. The
 * form XML binds no property-sets (the grid falls back to the view's column names); the preview
 * binds them so the columns carry the aliases, and each names a column of the view.
 */
export const attributeGridDataSet: SubgridDataSet = {
  name: "attributes",
  propertySets: { keyword: A.keyword, value: A.value, type: A.type },
  viewId: ViewIds.attributeOfDelivery,
  view: {
    columns: [
      { name: A.keyword, width: 200 },
      { name: A.type, width: 100 },
      { name: A.value, width: 400 },
    ],
    // Ordering by the msdyn_proactive_delivery lookup is not allowed on elastic tables.
    orderBy: [{ attribute: A.keyword, descending: false }],
  },
  title: "Attributes",
  pageSize: 250,
};

const attributeGrid: PcfDatasetBinding = {
  kind: "dataset",
  control: ControlNames.attributeGrid,
  dataSetName: attributeGridDataSet.name,
};

/** Puts the four controls on the delivery form: on every form factor (web, tablet, phone). */
export function withDeliveryControls(form: FormDefinition): FormDefinition {
  return {
    ...form,
    tabs: form.tabs.map((tab) => ({
      ...tab,
      sections: tab.sections.map((section) => ({
        ...section,
        cells: section.cells.map((cell) => {
          if (cell.kind === "field" && cell.column === D.windowStartDate)
            return { ...cell, showLabel: false, pcf: timeline };
          if (cell.kind === "field" && cell.column === D.dispositionCodes) return { ...cell, pcf: chips };
          if (cell.kind === "field" && cell.column === D.contactId) return { ...cell, pcf: relatedRecords };
          if (cell.kind === "subgrid" && cell.name === "attributes_subgrid") return { ...cell, pcf: attributeGrid };
          return cell;
        }),
      })),
    })),
  };
}

/**
 * ContactDeliveries property → the column it is bound to. A field control must bind to a column:
 * it sits on contact's fullname, which its summary names; it reads the contact's id from the form
 * itself and never writes fullname.
 */
export const contactDeliveriesProperties = {
  contactName: C.fullName,
} as const;

const contactDeliveries: PcfFieldBinding = {
  kind: "field",
  control: ControlNames.contactDeliveries,
  parameters: Object.fromEntries(
    Object.entries(contactDeliveriesProperties).map(([property, column]) => [property, { column }]),
  ),
};

/**
 * Puts ContactDeliveries on the contact form's fullname cell in the deliveries tab, label hidden,
 * on every form factor. The Summary tab's name columns stay plain text boxes.
 */
export function withContactDeliveries(form: FormDefinition, tabName: string): FormDefinition {
  return {
    ...form,
    tabs: form.tabs.map((tab) =>
      tab.name !== tabName
        ? tab
        : {
            ...tab,
            sections: tab.sections.map((section) => ({
              ...section,
              cells: section.cells.map((cell) =>
                cell.kind === "field" && cell.column === C.fullName
                  ? { ...cell, showLabel: false, pcf: contactDeliveries }
                  : cell,
              ),
            })),
          },
    ),
  };
}

/**
 * DeliveryInsights on the "Proactive Delivery Insights" dashboard: the code component of a list
 * (subgrid) over All Deliveries. The data set only gives the control its place on the dashboard
 * (a dashboard hosts code components through its lists); the control reads its figures through
 * the Web API. dashboards.ts builds the dashboard from this; the preview can host it the same way.
 */
export const deliveryInsightsDataSet = {
  /** The manifest's data-set name. */
  name: "deliveries",
  viewId: ViewIds.deliveryAll,
  /** The list's label (the cell hides it: the dashboard's name says what it is). */
  title: "Delivery insights",
  /**
   * The list's own page is never shown, so it stays small: the platform reads that one page of
   * All Deliveries when the dashboard opens, before the control asks for anything.
   */
  pageSize: 10,
  /** Rows of the dashboard the list spans: twice the designer's default of 12, room for the charts. */
  rowSpan: 24,
} as const;

/** DeliveryInsights' static inputs: manifest property → value and type (rowCap: its default). */
export const deliveryInsightsProperties = {
  rowCap: { static: "100000", type: "Whole.None" },
} as const;

export const deliveryInsights: PcfDatasetBinding = {
  kind: "dataset",
  control: ControlNames.insights,
  dataSetName: deliveryInsightsDataSet.name,
  parameters: { ...deliveryInsightsProperties },
};
