/**
 * Where a dataset's rows come from. The form's subgrids query the sample Web API, the way
 * the platform queries Dataverse for a subgrid (the related rows of the current record,
 * the view's columns and order, the control's sorting and filter). The benchmark uses rows
 * held in memory, so that what it times is the control, not the sample data layer.
 */
import { UnsupportedQueryError } from "../data/odata/errors";
import { compileFilter, compileOrderBy, parseOrderBy } from "../data/odata/evaluate";
import { parseFilter } from "../data/odata/filter";
import { lookupValueName, type StoreTable } from "../data/schema";
import type { Row } from "../data/types";
import { hasConditions, type DatasetSource, type SourceRecord, type SourceRequest } from "../../pcf-host/datasetSource";

type FilterExpression = ComponentFramework.PropertyHelper.DataSetApi.FilterExpression;
type ConditionExpression = ComponentFramework.PropertyHelper.DataSetApi.ConditionExpression;

/** A source over one of the sample store's tables, whose values are stored values. */
export interface StoreDatasetSource extends DatasetSource {
  table: StoreTable;
}

const quote = (value: string): string => `'${value.replace(/'/g, "''")}'`;

function apiName(table: StoreTable, column: string): string {
  return table.columns.get(column)?.kind === "lookup" ? lookupValueName(column) : column;
}

function literal(table: StoreTable, column: string, value: string): string {
  const kind = table.columns.get(column)?.kind;
  if (kind === "text") return quote(value);
  return value;
}

/** A dataset condition as OData; operators a subgrid rarely needs are refused by number. */
function conditionText(table: StoreTable, condition: ConditionExpression): string {
  const name = apiName(table, condition.attributeName);
  const values = Array.isArray(condition.value) ? condition.value : [condition.value];
  const single = values[0] ?? "";
  switch (condition.conditionOperator) {
    case 0:
      return `${name} eq ${literal(table, condition.attributeName, single)}`;
    case 1:
      return `${name} ne ${literal(table, condition.attributeName, single)}`;
    case 2:
      return `${name} gt ${literal(table, condition.attributeName, single)}`;
    case 3:
      return `${name} lt ${literal(table, condition.attributeName, single)}`;
    case 4:
      return `${name} ge ${literal(table, condition.attributeName, single)}`;
    case 5:
      return `${name} le ${literal(table, condition.attributeName, single)}`;
    case 6: {
      const match = /^(%?)([^%]*)(%?)$/.exec(single);
      if (!match) throw new UnsupportedQueryError("Like condition with an inner wildcard", single);
      const text = quote(match[2]);
      if (match[1] && match[3]) return `contains(${name},${text})`;
      if (match[3]) return `startswith(${name},${text})`;
      if (match[1]) return `endswith(${name},${text})`;
      return `${name} eq ${text}`;
    }
    case 8:
      return `Microsoft.Dynamics.CRM.In(PropertyName='${name}',PropertyValues=[${values.map(quote).join(",")}])`;
    case 12:
      return `${name} eq null`;
    case 49:
      return `contains(${name},${quote(single)})`;
    default:
      throw new UnsupportedQueryError(
        `dataset condition operator ${condition.conditionOperator}`,
        `on ${condition.attributeName}`,
      );
  }
}

function filterText(table: StoreTable, filter: FilterExpression): string {
  const parts = [
    ...filter.conditions.map((condition) => conditionText(table, condition)),
    ...(filter.filters ?? []).map((inner) => `(${filterText(table, inner)})`),
  ];
  return parts.join(filter.filterOperator === 1 ? " or " : " and ");
}

function orderText(table: StoreTable, orderBy: SourceRequest["orderBy"]): string {
  return orderBy.map((item) => `${apiName(table, item.column)} ${item.descending ? "desc" : "asc"}`).join(",");
}

/** Rows as the Web API answers them, back to logical names and formatted values. */
function recordOf(table: StoreTable, entity: ComponentFramework.WebApi.Entity): SourceRecord {
  const values: Row = {};
  const formatted: Record<string, string> = {};
  for (const column of table.columns.values()) {
    const name = apiName(table, column.logicalName);
    if (!(name in entity)) continue;
    values[column.logicalName] = entity[name] as Row[string];
    const display = entity[`${name}@OData.Community.Display.V1.FormattedValue`];
    if (typeof display === "string") formatted[column.logicalName] = display;
  }
  return { id: String(entity[table.primaryIdAttribute]), values, formatted };
}

/** The related rows of one record through the Web API: one query, paged through nextLink. */
export function webApiSource(
  webAPI: ComponentFramework.WebApi,
  table: StoreTable,
  parent?: { lookup: string; id: string },
): StoreDatasetSource {
  return {
    table,
    async load(request) {
      const select = [...new Set([table.primaryIdAttribute, table.primaryNameAttribute, ...request.columns])].map(
        (column) => apiName(table, column),
      );
      const conditions = [
        ...(parent ? [`${lookupValueName(parent.lookup)} eq ${parent.id}`] : []),
        ...(hasConditions(request.filter) ? [`(${filterText(table, request.filter)})`] : []),
      ];
      const options = [`$select=${select.join(",")}`];
      if (conditions.length > 0) options.push(`$filter=${conditions.join(" and ")}`);
      if (request.orderBy.length > 0) options.push(`$orderby=${orderText(table, request.orderBy)}`);
      const records: SourceRecord[] = [];
      let response = await webAPI.retrieveMultipleRecords(table.logicalName, `?${options.join("&")}`, 5000);
      records.push(...response.entities.map((entity) => recordOf(table, entity)));
      while (response.nextLink) {
        response = await webAPI.retrieveMultipleRecords(table.logicalName, `?${response.nextLink.split("?")[1]}`, 5000);
        records.push(...response.entities.map((entity) => recordOf(table, entity)));
      }
      return records;
    },
  };
}

export interface MemorySourceOptions {
  /** The order the rows already have: a request for exactly this order is not sorted again. */
  orderedBy?: SourceRequest["orderBy"];
}

const sameOrder = (a: SourceRequest["orderBy"], b: SourceRequest["orderBy"] | undefined): boolean =>
  b !== undefined &&
  a.length === b.length &&
  a.every((item, index) => item.column === b[index].column && item.descending === b[index].descending);

/**
 * Rows held in memory, filtered and sorted with the same OData evaluator; answers on the next
 * task. The rows may be given as a function: it runs on the first load, not before.
 */
export function memorySource(
  table: StoreTable,
  rows: readonly Row[] | (() => readonly Row[]),
  options: MemorySourceOptions = {},
): StoreDatasetSource {
  type MemoryRecord = SourceRecord & { values: Row };
  const toRecords = (given: readonly Row[]): MemoryRecord[] =>
    given.map((row) => ({ id: String(row[table.primaryIdAttribute]), values: row, formatted: {} }));
  // Given rows become records at once (the bench times loads, not this); a function's on first load.
  let made: MemoryRecord[] | undefined = typeof rows === "function" ? undefined : toRecords(rows);
  const recordsOf = (): MemoryRecord[] => {
    made ??= toRecords((rows as () => readonly Row[])());
    return made;
  };
  return {
    table,
    load(request) {
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          try {
            let result = recordsOf();
            if (hasConditions(request.filter)) {
              const predicate = compileFilter(parseFilter(filterText(table, request.filter)), table);
              result = result.filter((record) => predicate(record.values));
            }
            if (request.orderBy.length > 0 && !sameOrder(request.orderBy, options.orderedBy)) {
              const compare = compileOrderBy(parseOrderBy(orderText(table, request.orderBy)), table);
              result = [...result].sort((a, b) => compare(a.values, b.values));
            }
            resolve(result);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }, 0);
      });
    },
  };
}
