import { AttributeNames as A, DeliveryNames as D, attributeTable, deliveryTable } from "../../domain/tables";
import type { ViewDefinition, ViewQueryType } from "../model";
import { attributeGridDataSet } from "./controlBindings";
import { ViewIds } from "./ids";

const deliveryColumns = [
  { name: D.deliveryId, width: 200 },
  { name: D.status, width: 110 },
  { name: D.result, width: 130 },
  { name: D.dialModeType, width: 110 },
  { name: D.windowStartDate, width: 150 },
  { name: D.windowEndDate, width: 150 },
  { name: D.startDate, width: 150 },
  { name: D.dispositionCodes, width: 220 },
  { name: D.queueId, width: 150 },
];
const newestWindowFirst = [{ attribute: D.windowStartDate, descending: true }];

// What AttributeGrid shows on the delivery form, written where the preview can load it too.
const attributeColumns = attributeGridDataSet.view.columns;
const byKeyword = attributeGridDataSet.view.orderBy;

/** Public views the experience adds; any number of public views may sit on an existing table. */
export const experienceViews: ViewDefinition[] = [
  { id: ViewIds.deliveryActive, table: D.table, name: "Active Proactive Deliveries (Experience)", queryType: 0, isDefault: false, columns: deliveryColumns, orderBy: newestWindowFirst, activeOnly: true },
  {
    id: ViewIds.deliveryPendingInProcess,
    table: D.table,
    name: "Pending and In Process Deliveries",
    queryType: 0,
    isDefault: false,
    columns: deliveryColumns,
    orderBy: [{ attribute: D.windowEndDate, descending: false }],
    activeOnly: true,
    conditions: [{ attribute: D.status, operator: "in", values: ["Pending", "InProcess"] }],
  },
  {
    id: ViewIds.deliveryAll,
    table: D.table,
    name: "All Proactive Deliveries",
    queryType: 0,
    isDefault: false,
    columns: [...deliveryColumns, { name: D.contactId, width: 150 }, { name: D.configId, width: 150 }],
    orderBy: newestWindowFirst,
    activeOnly: false,
  },
  { id: ViewIds.attributeOfDelivery, table: A.table, name: "Attributes of a Delivery", queryType: 0, isDefault: false, columns: attributeColumns, orderBy: byKeyword, activeOnly: false },
];

function systemViews(
  table: typeof deliveryTable,
  ids: Record<"publicView" | "quickFind" | "lookup" | "associated" | "advancedFind", string>,
  columns: { name: string; width: number }[],
  orderBy: { attribute: string; descending: boolean }[],
  findColumns: string[],
): ViewDefinition[] {
  const view = (id: string, name: string, queryType: ViewQueryType, extra: Partial<ViewDefinition> = {}): ViewDefinition => ({
    id,
    table: table.logicalName,
    name,
    queryType,
    isDefault: true,
    columns,
    orderBy,
    activeOnly: true,
    ...extra,
  });
  const plural = table.displayCollectionName;
  return [
    view(ids.publicView, `Active ${plural}`, 0),
    view(ids.quickFind, `Quick Find Active ${plural}`, 4, { findColumns }),
    view(ids.lookup, `${table.displayName} Lookup View`, 64, { columns: columns.slice(0, 1) }),
    view(ids.associated, `${table.displayName} Associated View`, 2),
    view(ids.advancedFind, `${table.displayName} Advanced Find View`, 1),
  ];
}

/** The five system views of a table the tables solution creates (one of each kind per table). */
export const tableSystemViews: ViewDefinition[] = [
  ...systemViews(
    deliveryTable,
    { publicView: ViewIds.deliveryDefaultPublic, quickFind: ViewIds.deliveryQuickFind, lookup: ViewIds.deliveryLookup, associated: ViewIds.deliveryAssociated, advancedFind: ViewIds.deliveryAdvancedFind },
    deliveryColumns,
    newestWindowFirst,
    [D.deliveryId, D.contactId, D.trackingId, D.conversationId],
  ),
  ...systemViews(
    attributeTable,
    { publicView: ViewIds.attributeDefaultPublic, quickFind: ViewIds.attributeQuickFind, lookup: ViewIds.attributeLookup, associated: ViewIds.attributeAssociated, advancedFind: ViewIds.attributeAdvancedFind },
    attributeColumns,
    byKeyword,
    [A.keyword, A.value],
  ),
];
