import { AttributeNames as A, AttributeTypeChoice, DeliveryNames as D } from "../../domain/tables";
import { activeStatusKinds, type DeliveryStatusKind } from "../../domain/delivery/status";
import type { DeliveryResultKind } from "../../domain/delivery/result";
import type { ViewCondition, ViewDefinition } from "../model";
import { attributeGridDataSet } from "./controlBindings";
import { ViewIds } from "./ids";

/**
 * The experience's public views: plain data, read by the packer (solution/xml/view.ts writes the
 * FetchXML), by the preview (its list pages run them on the sample data through rowsOfView in
 * viewQuery.ts) and by the tests. Every view is elastic-safe: flat conditions on its own table,
 * no state columns (Contact Center's copies have none), no ordering by a lookup.
 */

/** What every delivery view shows: the delivery id (the row's link), then what a supervisor scans. */
export const deliveryColumns: ViewDefinition["columns"] = [
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
export const newestWindowFirst: ViewDefinition["orderBy"] = [{ attribute: D.windowStartDate, descending: true }];
const soonestWindowEndFirst: ViewDefinition["orderBy"] = [{ attribute: D.windowEndDate, descending: false }];

// What AttributeGrid shows on the delivery form, written where the preview can load it too.
export const attributeColumns = attributeGridDataSet.view.columns;
export const byKeyword = attributeGridDataSet.view.orderBy;

/** msdyn_status values the service documents; the column is text, so others do occur. */
export const documentedStatuses = [
  "Pending",
  "InProcess",
  "Complete",
  "Expired",
  "Cancelled",
  "Error",
] as const satisfies readonly DeliveryStatusKind[];

/** msdyn_result values that say the delivery failed (Expired and Cancelled repeat the status). */
export const failedResults = ["CallFailed", "BotFailed", "Error"] as const satisfies readonly DeliveryResultKind[];

const statusIs = (status: DeliveryStatusKind): ViewCondition => ({
  attribute: D.status,
  operator: "eq",
  values: [status],
});

/**
 * Needs attention: an Error status, a failed result, or a status outside the six documented
 * values. `not-in` matches no empty status on Dataverse (SQL semantics), so the empty status is
 * its own condition. Text comparison is exact on Contact Center's elastic tables: " complete "
 * or "OnHold" is not a documented value there and lands here, where a supervisor sees it.
 */
const needsAttention: ViewCondition[] = [
  statusIs("Error"),
  { attribute: D.result, operator: "in", values: [...failedResults] },
  { attribute: D.status, operator: "not-in", values: [...documentedStatuses] },
  { attribute: D.status, operator: "null", values: [] },
];

const deliveryView = (
  id: string,
  name: string,
  filter: Pick<ViewDefinition, "conditions" | "orGroups">,
  orderBy = newestWindowFirst,
  columns = deliveryColumns,
): ViewDefinition => ({ id, table: D.table, name, queryType: 0, isDefault: false, columns, orderBy, ...filter });

/** The delivery views, in the order the app's view selector and the preview list them. */
export const deliveryViews: ViewDefinition[] = [
  // Contact Center's tables have no state model: a delivery is active while the service may still call.
  deliveryView(
    ViewIds.deliveryActive,
    "Active Deliveries",
    { conditions: [{ attribute: D.status, operator: "in", values: [...activeStatusKinds] }] },
    soonestWindowEndFirst,
  ),
  deliveryView(ViewIds.deliveryNeedsAttention, "Deliveries Needing Attention", { orGroups: [needsAttention] }),
  deliveryView(ViewIds.deliveryExpired, "Expired Deliveries", { conditions: [statusIs("Expired")] }),
  deliveryView(ViewIds.deliveryCancelled, "Cancelled Deliveries", { conditions: [statusIs("Cancelled")] }),
  deliveryView(ViewIds.deliveryCompleted, "Completed Deliveries", { conditions: [statusIs("Complete")] }),
  deliveryView(ViewIds.deliveryAll, "All Deliveries", {}, newestWindowFirst, [
    ...deliveryColumns,
    { name: D.contactId, width: 150 },
    { name: D.configId, width: 150 },
  ]),
];

/** Attribute lists outside a delivery's form also show which delivery a row belongs to. */
const attributeListColumns = [{ name: A.delivery, width: 200 }, ...attributeColumns];

const attributeView = (id: string, name: string, conditions?: ViewCondition[]): ViewDefinition => ({
  id,
  table: A.table,
  name,
  queryType: 0,
  isDefault: false,
  columns: attributeListColumns,
  orderBy: byKeyword,
  conditions,
});

/** The attribute views; "Attributes of a Delivery" is the delivery form's subgrid (AttributeGrid). */
export const attributeViews: ViewDefinition[] = [
  attributeView(ViewIds.attributeInput, "Input Attributes", [
    { attribute: A.type, operator: "eq", values: [String(AttributeTypeChoice.input)] },
  ]),
  attributeView(ViewIds.attributeResult, "Result Attributes", [
    { attribute: A.type, operator: "eq", values: [String(AttributeTypeChoice.result)] },
  ]),
  attributeView(ViewIds.attributeAll, "All Delivery Attributes"),
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

/**
 * Public views the experience adds; any number of public views may sit on an existing table,
 * but no quick find, lookup, associated or advanced find view: those belong to the table's
 * owner (the tables solution or Contact Center). Each view names only columns both copies of the
 * tables have (see experienceColumnNames). None is a table's default view: that belongs to the
 * owner too; the app opens on the Active view through its site map (siteMap.ts).
 */
export const experienceViews: ViewDefinition[] = [...deliveryViews, ...attributeViews];

export const viewNamed = (id: string): ViewDefinition | undefined =>
  experienceViews.find((v) => v.id.toLowerCase() === id.toLowerCase());
