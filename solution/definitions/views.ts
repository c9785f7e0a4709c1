import { AttributeNames as A, DeliveryNames as D } from "../../domain/tables";
import { activeStatusKinds } from "../../domain/delivery/status";
import type { ViewDefinition } from "../model";
import { attributeGridDataSet } from "./controlBindings";
import { ViewIds } from "./ids";

export const deliveryColumns = [
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
export const newestWindowFirst = [{ attribute: D.windowStartDate, descending: true }];

// What AttributeGrid shows on the delivery form, written where the preview can load it too.
export const attributeColumns = attributeGridDataSet.view.columns;
export const byKeyword = attributeGridDataSet.view.orderBy;

// Contact Center's tables have no state model: a delivery is active while the service may still call.
const activeDeliveries = [{ attribute: D.status, operator: "in" as const, values: [...activeStatusKinds] }];

/**
 * Public views the experience adds; any number of public views may sit on an existing table.
 * Each names only columns both copies of the tables have (see experienceColumnNames).
 */
export const experienceViews: ViewDefinition[] = [
  {
    id: ViewIds.deliveryActive,
    table: D.table,
    name: "Active Proactive Deliveries (Experience)",
    queryType: 0,
    isDefault: false,
    columns: deliveryColumns,
    orderBy: newestWindowFirst,
    conditions: activeDeliveries,
  },
  {
    id: ViewIds.deliveryPendingInProcess,
    table: D.table,
    name: "Pending and In Process Deliveries",
    queryType: 0,
    isDefault: false,
    columns: deliveryColumns,
    orderBy: [{ attribute: D.windowEndDate, descending: false }],
    conditions: activeDeliveries,
  },
  {
    id: ViewIds.deliveryAll,
    table: D.table,
    name: "All Proactive Deliveries",
    queryType: 0,
    isDefault: false,
    columns: [...deliveryColumns, { name: D.contactId, width: 150 }, { name: D.configId, width: 150 }],
    orderBy: newestWindowFirst,
  },
  {
    id: ViewIds.attributeOfDelivery,
    table: A.table,
    name: "Attributes of a Delivery",
    queryType: 0,
    isDefault: false,
    columns: attributeColumns,
    orderBy: byKeyword,
  },
];
