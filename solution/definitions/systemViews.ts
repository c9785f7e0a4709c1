import {
  AttributeNames as A,
  DeliveryNames as D,
  attributeTable,
  deliveryTable,
  type TableDefinition,
} from "../../domain/tables";
import { ViewIds } from "./ids";
import { attributeColumns, byKeyword, deliveryColumns, newestWindowFirst } from "./views";
import type { ViewDefinition, ViewQueryType } from "../model";

/**
 * The standard tables this solution creates have a state model, and an export's system views
 * filter on it. Only the tables solution may name statecode: Contact Center's copies lack it.
 */
const activeRows = [{ attribute: "statecode", operator: "eq" as const, values: ["0"] }];
const inactiveRows = [{ attribute: "statecode", operator: "eq" as const, values: ["1"] }];

function systemViews(
  table: TableDefinition,
  ids: Record<"publicView" | "inactive" | "quickFind" | "lookup" | "associated" | "advancedFind", string>,
  columns: { name: string; width: number }[],
  orderBy: { attribute: string; descending: boolean }[],
  findColumns: string[],
): ViewDefinition[] {
  const view = (
    id: string,
    name: string,
    queryType: ViewQueryType,
    extra: Partial<ViewDefinition> = {},
  ): ViewDefinition => ({
    id,
    table: table.logicalName,
    name,
    queryType,
    isDefault: true,
    columns,
    orderBy,
    conditions: activeRows,
    canBeDeleted: false,
    ...extra,
  });
  const plural = table.displayCollectionName;
  return [
    view(ids.publicView, `Active ${plural}`, 0),
    view(ids.inactive, `Inactive ${plural}`, 0, { isDefault: false, conditions: inactiveRows }),
    view(ids.quickFind, `Quick Find Active ${plural}`, 4, { findColumns }),
    view(ids.lookup, `${table.displayName} Lookup View`, 64, { columns: columns.slice(0, 1) }),
    view(ids.associated, `${table.displayName} Associated View`, 2),
    // Advanced find starts from every row, as exports have it.
    view(ids.advancedFind, `${table.displayName} Advanced Find View`, 1, { conditions: [] }),
  ];
}

/**
 * The system views of a table the tables solution creates, as powercat-creator-kit exports them
 * (its "My <rows>" view of type 8192 is left out: these rows are written by a service account).
 */
export const tableSystemViews: ViewDefinition[] = [
  ...systemViews(
    deliveryTable,
    {
      publicView: ViewIds.deliveryDefaultPublic,
      inactive: ViewIds.deliveryInactive,
      quickFind: ViewIds.deliveryQuickFind,
      lookup: ViewIds.deliveryLookup,
      associated: ViewIds.deliveryAssociated,
      advancedFind: ViewIds.deliveryAdvancedFind,
    },
    deliveryColumns,
    newestWindowFirst,
    [D.deliveryId, D.contactId, D.trackingId, D.conversationId],
  ),
  ...systemViews(
    attributeTable,
    {
      publicView: ViewIds.attributeDefaultPublic,
      inactive: ViewIds.attributeInactive,
      quickFind: ViewIds.attributeQuickFind,
      lookup: ViewIds.attributeLookup,
      associated: ViewIds.attributeAssociated,
      advancedFind: ViewIds.attributeAdvancedFind,
    },
    attributeColumns,
    byKeyword,
    [A.keyword, A.value],
  ),
];
