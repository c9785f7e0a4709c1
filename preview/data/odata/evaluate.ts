/**
 * Turns a parsed $filter and $orderby into functions over sample rows, checking every column
 * and literal against the table description first. Dataverse semantics where they matter:
 * on a standard (SQL-backed) table text comparisons ignore case; a null column matches only
 * `eq null` (and `ne null` matches every non-null value), as in SQL; nulls sort first in
 * ascending order; a lookup is compared through its _<name>_value property and cannot be
 * ordered by (elastic tables).
 *
 * On an elastic table (stored in Azure Cosmos DB) whether comparing text ignores case is not
 * documented, so the comparison operators (eq ne gt ge lt le) and Microsoft.Dynamics.CRM.In /
 * NotIn compare text exactly, character by character: a control that finds rows here does
 * not depend on the server ignoring case. The text functions (contains, startswith,
 * endswith) and $orderby still ignore case on every table. GUID and lookup columns compare as
 * GUIDs (case never matters).
 */
import { lookupValueName, type StoreColumn, type StoreTable } from "../schema";
import type { Row, RowValue } from "../types";
import { QuerySyntaxError, UnknownPropertyError, UnsupportedQueryError } from "./errors";
import type { FilterNode, Literal } from "./filter";

export type RowPredicate = (row: Row) => boolean;
export type RowComparator = (left: Row, right: Row) => number;

export interface ResolvedColumn {
  column: StoreColumn;
  /** The name the Web API uses: the logical name, or _<name>_value for a lookup. */
  apiName: string;
}

/** Resolves a column as the Web API names it; lookups only through _<name>_value. */
export function resolveColumn(table: StoreTable, name: string, where: string): ResolvedColumn {
  const lookup = /^_(.+)_value$/.exec(name);
  if (lookup) {
    const column = table.columns.get(lookup[1]);
    if (column?.kind === "lookup") return { column, apiName: name };
  }
  const column = table.columns.get(name);
  if (column?.kind === "lookup") {
    throw new QuerySyntaxError(
      `${where}: '${name}' is a lookup; use ${lookupValueName(name)} (related tables cannot be filtered or selected through a navigation property here)`,
    );
  }
  if (!column) throw new UnknownPropertyError(table.logicalName, name);
  return { column, apiName: name };
}

const lower = (value: string): string => value.toLowerCase();

/** How text compares: ignoring case (standard tables, text functions, ordering) or exactly. */
type TextMatch = "ignoreCase" | "exact";

/** Comparison operators and In on text: exact on an elastic table (see above). */
const comparisonMatch = (table: StoreTable): TextMatch => (table.definition.elastic ? "exact" : "ignoreCase");

/** The comparable form of a stored value for a column kind, or null. */
function comparable(
  column: StoreColumn,
  value: RowValue | undefined,
  text: TextMatch = "ignoreCase",
): string | number | null {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case "text":
      return text === "exact" ? String(value) : lower(String(value));
    case "guid":
    case "lookup":
      return lower(String(value));
    case "datetime": {
      const time = Date.parse(String(value));
      return Number.isNaN(time) ? null : time;
    }
    case "choice":
    case "integer":
      return typeof value === "number" ? value : Number(value);
  }
}

function literalFor(column: StoreColumn, literal: Literal, property: string, text: TextMatch): string | number | null {
  const mismatch = (): never => {
    throw new QuerySyntaxError(
      `$filter: a ${literal.kind} literal cannot be compared with ${property} (${column.kind})`,
    );
  };
  if (literal.kind === "null") return null;
  switch (column.kind) {
    case "text":
      if (literal.kind !== "string") return mismatch();
      return text === "exact" ? literal.value : lower(literal.value);
    case "guid":
    case "lookup":
      return literal.kind === "guid" ? literal.value : mismatch();
    case "datetime":
      return literal.kind === "datetime" ? literal.value : mismatch();
    case "choice":
    case "integer":
      return literal.kind === "number" ? literal.value : mismatch();
  }
}

function compareValues(left: string | number, right: string | number): number {
  if (left < right) return -1;
  if (left > right) return 1;
  return 0;
}

export function compileFilter(node: FilterNode, table: StoreTable): RowPredicate {
  switch (node.type) {
    case "and": {
      const left = compileFilter(node.left, table);
      const right = compileFilter(node.right, table);
      return (row) => left(row) && right(row);
    }
    case "or": {
      const left = compileFilter(node.left, table);
      const right = compileFilter(node.right, table);
      return (row) => left(row) || right(row);
    }
    case "not": {
      const operand = compileFilter(node.operand, table);
      return (row) => !operand(row);
    }
    case "isNull": {
      const { column } = resolveColumn(table, node.property, "$filter");
      return (row) => (comparable(column, row[column.logicalName]) === null) !== node.negated;
    }
    case "compare": {
      const { column } = resolveColumn(table, node.property, "$filter");
      const match = comparisonMatch(table);
      const expected = literalFor(column, node.literal, node.property, match);
      const name = column.logicalName;
      if (expected === null) {
        if (node.operator !== "eq" && node.operator !== "ne")
          throw new QuerySyntaxError(`$filter: ${node.property} ${node.operator} null is not a valid comparison`);
        const wantNull = node.operator === "eq";
        return (row) => (comparable(column, row[name]) === null) === wantNull;
      }
      const test: Record<typeof node.operator, (order: number) => boolean> = {
        eq: (order) => order === 0,
        ne: (order) => order !== 0,
        gt: (order) => order > 0,
        ge: (order) => order >= 0,
        lt: (order) => order < 0,
        le: (order) => order <= 0,
      };
      const accept = test[node.operator];
      return (row) => {
        const actual = comparable(column, row[name], match);
        return actual !== null && accept(compareValues(actual, expected));
      };
    }
    case "text": {
      const { column } = resolveColumn(table, node.property, "$filter");
      if (column.kind !== "text")
        throw new QuerySyntaxError(`$filter: ${node.name}() needs a text column; ${node.property} is ${column.kind}`);
      const needle = lower(node.value);
      const name = column.logicalName;
      const match: Record<typeof node.name, (value: string) => boolean> = {
        contains: (value) => value.includes(needle),
        startswith: (value) => value.startsWith(needle),
        endswith: (value) => value.endsWith(needle),
      };
      const accept = match[node.name];
      return (row) => {
        const value = row[name];
        return value !== null && value !== undefined && accept(lower(String(value)));
      };
    }
    case "in": {
      const { column } = resolveColumn(table, node.property, "$filter");
      const match = comparisonMatch(table);
      const wanted = new Set(
        node.values.map((value) => {
          const parsed = comparable(column, value, match);
          if (parsed === null || (typeof parsed === "number" && Number.isNaN(parsed))) {
            throw new QuerySyntaxError(
              `$filter: '${value}' is not a valid value for ${node.property} (${column.kind})`,
            );
          }
          return parsed;
        }),
      );
      const name = column.logicalName;
      return (row) => {
        const actual = comparable(column, row[name], match);
        return actual !== null && wanted.has(actual) !== node.negated;
      };
    }
  }
}

export interface OrderItem {
  property: string;
  descending: boolean;
}

export function parseOrderBy(text: string): OrderItem[] {
  const items = text.split(",").map((part) => part.trim());
  return items.map((item) => {
    const match = /^([^\s]+)(?:\s+(asc|desc))?$/i.exec(item);
    if (!match) throw new QuerySyntaxError(`$orderby: cannot read '${item}'`);
    if (match[1].includes("/")) throw new UnsupportedQueryError("$orderby on a related table", match[1]);
    if (match[1].includes("(")) throw new UnsupportedQueryError(`function in $orderby`, match[1]);
    return { property: match[1], descending: (match[2] ?? "asc").toLowerCase() === "desc" };
  });
}

export function compileOrderBy(items: readonly OrderItem[], table: StoreTable): RowComparator {
  const keys = items.map((item) => {
    const { column } = resolveColumn(table, item.property, "$orderby");
    if (column.kind === "lookup") {
      throw new UnsupportedQueryError(
        `$orderby on lookup column ${item.property}`,
        "elastic tables cannot order by a lookup",
      );
    }
    return { column, direction: item.descending ? -1 : 1 };
  });
  return (left, right) => {
    for (const { column, direction } of keys) {
      const a = comparable(column, left[column.logicalName]);
      const b = comparable(column, right[column.logicalName]);
      if (a === b) continue;
      // Nulls first in ascending order, as SQL Server sorts them.
      if (a === null) return -direction;
      if (b === null) return direction;
      const order = compareValues(a, b);
      if (order !== 0) return order * direction;
    }
    return 0;
  };
}
