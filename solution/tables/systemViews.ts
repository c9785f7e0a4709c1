import { AttributeNames as A, DeliveryNames as D, attributeTable, deliveryTable, type TableDefinition } from "../../domain/tables";
import { ViewIds } from "../definitions/ids";
import { attributeColumns, byKeyword, deliveryColumns, newestWindowFirst } from "../definitions/views";
import type { ViewDefinition, ViewQueryType } from "../model";

/**
 * The standard tables this solution creates have a state model, and an export's system views
 * filter on it. Only the tables solution may name statecode: Contact Center's copies lack it.
 */
const activeRows = [{ attribute: "statecode", operator: "eq" as const, values: ["0"] }];

function systemViews(
  table: TableDefinition,
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
    conditions: activeRows,
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
