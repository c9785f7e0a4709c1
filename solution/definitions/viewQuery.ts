import { describedTable, type TableDefinition } from "../../domain/tables";
import type { ViewCondition, ViewDefinition } from "../model";

/**
 * A view's filter and ordering run on plain rows, with the semantics its FetchXML has on
 * Dataverse, so that the preview's list pages and the tests see what a supervisor would see:
 *
 * - Empty is null: Dataverse stores an empty text as null, so "" and a missing column count as
 *   null. `eq`, `ne`, `in` and `not-in` never match a null (SQL's three-valued logic); only a
 *   `null` condition does.
 * - Text is compared exactly by default: Contact Center's elastic tables compare stored text as
 *   it is (" complete " is not "Complete", nor is "complete"). The tables solution's standard
 *   tables use Dataverse's case-insensitive collation: pass `{ textComparison: "ignoreCase" }`.
 *   Spaces count either way. Choice and whole-number columns compare as numbers, dates as
 *   instants, lookups and ids ignoring case and braces.
 * - Ordering: every `order` in turn; a null sorts first ascending and last descending (as SQL
 *   sorts NULL lowest); ties last of all by the primary key, so the result is one order.
 *
 * Pure: no browser or Node API, so the preview bundles it as it is.
 */

export type ViewRowValue = string | number | boolean | null | undefined;
export type ViewRow = Readonly<Record<string, ViewRowValue>>;

export interface ViewQueryOptions {
  /** "exact" (Contact Center's elastic tables, the default) or "ignoreCase" (standard tables). */
  textComparison?: "exact" | "ignoreCase";
}

type ValueKind = "text" | "number" | "datetime" | "id";

const AUDIT_DATES = new Set(["createdon", "modifiedon", "overriddencreatedon"]);
const ID_COLUMNS = new Set([
  "ownerid",
  "owninguser",
  "owningteam",
  "owningbusinessunit",
  "createdby",
  "modifiedby",
  "createdonbehalfby",
  "modifiedonbehalfby",
]);
const NUMBERS = new Set(["versionnumber", "importsequencenumber", "ttlinseconds"]);

function kindOf(table: TableDefinition | undefined, attribute: string): ValueKind {
  const column = table?.columns.find((c) => c.logicalName === attribute);
  if (column?.kind === "datetime") return "datetime";
  if (column?.kind === "choice" || column?.kind === "integer") return "number";
  if (column?.kind === "lookup") return "id";
  if (attribute === table?.primaryIdAttribute || ID_COLUMNS.has(attribute)) return "id";
  if (AUDIT_DATES.has(attribute)) return "datetime";
  if (NUMBERS.has(attribute)) return "number";
  return "text";
}

const isNull = (value: ViewRowValue): value is null | undefined | "" =>
  value === null || value === undefined || value === "";

/** A non-null value as the platform compares it: a number, an instant or a string. */
function comparable(value: string | number | boolean, kind: ValueKind, options: ViewQueryOptions): string | number {
  switch (kind) {
    case "number":
      return Number(value);
    case "datetime":
      return typeof value === "number" ? value : Date.parse(String(value));
    case "id":
      return String(value).replace(/[{}]/g, "").toLowerCase();
    default:
      return options.textComparison === "ignoreCase" ? String(value).toLowerCase() : String(value);
  }
}

function conditionHolds(
  condition: ViewCondition,
  row: ViewRow,
  table: TableDefinition | undefined,
  options: ViewQueryOptions,
): boolean {
  const raw = row[condition.attribute];
  if (condition.operator === "null") return isNull(raw);
  if (condition.operator === "not-null") return !isNull(raw);
  if (isNull(raw)) return false;
  const kind = kindOf(table, condition.attribute);
  const value = comparable(raw, kind, options);
  const equalsAny = condition.values.some((v) => comparable(v, kind, options) === value);
  switch (condition.operator) {
    case "eq":
    case "in":
      return equalsAny;
    case "ne":
    case "not-in":
      return !equalsAny;
  }
}

/** Whether a row passes the view's filter: every condition, and one condition of every or-group. */
export function matchesView(view: ViewDefinition, row: ViewRow, options: ViewQueryOptions = {}): boolean {
  const table = describedTable(view.table);
  return (
    (view.conditions ?? []).every((c) => conditionHolds(c, row, table, options)) &&
    (view.orGroups ?? []).every((group) => group.some((c) => conditionHolds(c, row, table, options)))
  );
}

function compareValues(a: ViewRowValue, b: ViewRowValue, kind: ValueKind, options: ViewQueryOptions): number {
  if (isNull(a) || isNull(b)) return isNull(a) === isNull(b) ? 0 : isNull(a) ? -1 : 1;
  const x = comparable(a, kind, options);
  const y = comparable(b, kind, options);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The rows the view returns, in its order: what its FetchXML returns on Dataverse, all pages
 * together. The input is left as it is.
 */
export function rowsOfView<R extends ViewRow>(
  view: ViewDefinition,
  rows: readonly R[],
  options: ViewQueryOptions = {},
): R[] {
  const table = describedTable(view.table);
  const orders = [
    ...view.orderBy.map((o) => ({ ...o, kind: kindOf(table, o.attribute) })),
    ...(table ? [{ attribute: table.primaryIdAttribute, descending: false, kind: "id" as const }] : []),
  ];
  return rows
    .filter((row) => matchesView(view, row, options))
    .sort((a, b) => {
      for (const o of orders) {
        const order = compareValues(a[o.attribute], b[o.attribute], o.kind, options);
        if (order !== 0) return o.descending ? -order : order;
      }
      return 0;
    });
}
