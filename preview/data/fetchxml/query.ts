/**
 * FetchXML over the sample store: `retrieveMultipleRecords(table, "?fetchXml=<encoded>")`.
 *
 * Supported:
 * - aggregates (`<fetch aggregate="true">`): `count` and `countcolumn` (with `distinct="true"`
 *   on standard tables) attributes, each with an alias, and at most one `groupby` attribute on
 *   a text, choice, lookup, GUID or whole-number column. One entity per group, its properties
 *   the aliases: `{ groupvalue: "Complete", groupcount: 42 }`; the group of rows without a
 *   value has no groupvalue property. A choice or lookup group carries the formatted-value
 *   (and lookup table) annotations on its alias, a count its formatted value ("1,234"), as the
 *   Web API answers with every annotation asked for (the PCF host asks for all).
 *   More matching rows than the aggregate limit (the store's, or a lower `aggregatelimit`)
 *   is Dataverse's AggregateQueryRecordLimit error. The store's limit is 50,000 on standard
 *   tables and none on the elastic tables unless given. `aggregates: "refuse"` or `"limit"`
 *   refuses every aggregate (see AggregateMode) once it is well-formed, so that a control's
 *   fallback path runs on any data.
 * - plain queries: `<attribute name>` columns (or all columns), `<order attribute>`, `top`, or
 *   `count` (page size, up to 5,000) with `page` and the `paging-cookie` this Web API handed out
 *   (`fetchXmlPagingCookie` on the response while there are more rows). As in the Web API,
 *   columns without a value are left out of an entity.
 * - `<filter type="and|or">`, nested, of `<condition attribute operator value>` on the
 *   entity's own columns: eq ne gt ge lt le (value attribute), in and not-in (`<value>`
 *   children), null and not-null. Values are read by column type: text, ISO dates, numbers
 *   (choices), GUIDs with or without braces. Text compares as the OData path compares it
 *   (exactly on the elastic tables, ignoring case on standard tables): both compile to the same
 *   predicates (odata/evaluate.ts).
 *
 * Refused as Dataverse refuses (fetchxml/errors.ts): the aggregate limit; on the elastic
 * tables order together with group by, ordering by a lookup, column comparison (`valueof`),
 * filters on and grouping by a related table, distinct on these user-owned tables.
 * Refused as not implemented here (UnsupportedQueryError naming it): other aggregate
 * functions (avg, sum, min, max), `dategrouping` and grouping by a date column, several group
 * by columns, other condition operators, link-entity joins, and fetch attributes this module
 * does not read.
 */
import { lookupValueName, type StoreColumn, type StoreTable } from "../schema";
import type { Row } from "../types";
import { QuerySyntaxError, UnsupportedQueryError } from "../odata/errors";
import { compileFilter, compileOrderBy, type ResolvedColumn, type RowPredicate } from "../odata/evaluate";
import type { FilterNode, Literal } from "../odata/filter";
import { maxPageSize } from "../odata/query";
import {
  AggregateQueryRecordLimitError,
  AggregatesNotSupportedError,
  ElasticTableQueryError,
  FetchXmlUnknownAttributeError,
  defaultAggregateQueryRecordLimit,
} from "./errors";
import { parseXml, type XmlElement } from "./xml";

type Entity = ComponentFramework.WebApi.Entity;

/** As Xrm.WebApi answers FetchXML: the entities, no nextLink, and a paging cookie while more rows follow. */
export interface FetchXmlResponse {
  entities: Entity[];
  /**
   * Plain queries with more rows: `<cookie pagenumber="N+1" pagingcookie="<twice URL-encoded>" istracking="False" />`,
   * the shape Dataverse returns; send the decoded pagingcookie back in `paging-cookie` with `page="N+1"`.
   */
  fetchXmlPagingCookie?: string;
}

/**
 * What the Web API does with an aggregate: answer it (refusing one over the record limit), or
 * refuse every one, with the generic "Aggregates are not supported" (`refuse`) or with
 * AggregateQueryRecordLimit (`limit`, as a standard table over its 50,000 rows refuses them).
 */
export type AggregateMode = "answer" | "refuse" | "limit";

export const aggregateModes: readonly AggregateMode[] = ["answer", "refuse", "limit"];

export interface FetchXmlContext {
  table: StoreTable;
  rows: readonly Row[];
  /**
   * Rows matching an aggregate's filter above this are refused. Default: 50,000 on standard
   * tables, no limit on the elastic tables (data-model.md: the limit applies to standard tables).
   */
  aggregateQueryRecordLimit?: number;
  /** Default `answer`. */
  aggregates?: AggregateMode;
  /** A plain query's row as an entity with the given columns (webApi.ts's toEntity). */
  toEntity(row: Row, columns: ResolvedColumn[] | undefined): Entity;
  /** Sets a value and its annotations on an aggregate entity under a property name. */
  putValue(entity: Entity, property: string, column: StoreColumn, value: unknown): void;
}

const formattedSuffix = "@OData.Community.Display.V1.FormattedValue";

const fetchAttributes: ReadonlySet<string> = new Set([
  "aggregate",
  "aggregatelimit",
  "count",
  "distinct",
  "mapping",
  "no-lock",
  "output-format",
  "page",
  "paging-cookie",
  "returntotalrecordcount",
  "top",
  "version",
]);

function unsupported(what: string, detail?: string): never {
  throw new UnsupportedQueryError(`fetchXml ${what}`, detail);
}

function childrenOf(element: XmlElement, allowed: readonly string[], where: string): XmlElement[] {
  for (const child of element.children) {
    if (!allowed.includes(child.name)) unsupported(`<${child.name}> inside <${where}>`);
  }
  return element.children;
}

function flag(element: XmlElement, name: string): boolean {
  const value = element.attributes.get(name);
  if (value === undefined) return false;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new QuerySyntaxError(`fetchXml: ${name}="${value}" on <${element.name}> is not true or false`);
}

function wholeNumber(element: XmlElement, name: string, min: number, max: number): number | undefined {
  const text = element.attributes.get(name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new QuerySyntaxError(`fetchXml: ${name}="${text}" must be a whole number from ${min} to ${max}`);
  return Number(text);
}

function columnOf(table: StoreTable, name: string | undefined, where: string): StoreColumn {
  if (name === undefined || name === "") throw new QuerySyntaxError(`fetchXml: <${where}> needs a name`);
  const column = table.columns.get(name);
  if (!column) throw new FetchXmlUnknownAttributeError(table.logicalName, name);
  return column;
}

const propertyOf = (column: StoreColumn): string =>
  column.kind === "lookup" ? lookupValueName(column.logicalName) : column.logicalName;

const guidPattern = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;
const isoPattern = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** A condition value read as the column's type. */
function literalOf(column: StoreColumn, text: string): Literal {
  const bad = (kind: string): never => {
    throw new QuerySyntaxError(`fetchXml: '${text}' is not a valid ${kind} for ${column.logicalName}`);
  };
  switch (column.kind) {
    case "text":
      return { kind: "string", value: text };
    case "guid":
    case "lookup": {
      const match = guidPattern.exec(text.trim());
      return match ? { kind: "guid", value: match[1].toLowerCase() } : bad("GUID");
    }
    case "datetime": {
      const time = Date.parse(text);
      return isoPattern.test(text) && !Number.isNaN(time) ? { kind: "datetime", value: time, text } : bad("ISO date");
    }
    case "choice":
    case "integer":
      return /^-?\d+$/.test(text.trim()) ? { kind: "number", value: Number(text) } : bad("whole number");
  }
}

/** An `in` value as compileFilter's In node takes it (it reads the text by column type). */
function inValueOf(column: StoreColumn, text: string): string {
  const literal = literalOf(column, text);
  switch (literal.kind) {
    case "guid":
    case "string":
      return literal.value;
    case "number":
      return String(literal.value);
    case "datetime":
      return literal.text;
    default:
      return text;
  }
}

const comparisonOperators = new Set(["eq", "ne", "gt", "ge", "lt", "le"] as const);
type ComparisonName = "eq" | "ne" | "gt" | "ge" | "lt" | "le";

function conditionNode(condition: XmlElement, table: StoreTable): FilterNode {
  const elastic = table.definition.elastic;
  if (condition.attributes.has("entityname")) {
    if (elastic)
      throw new ElasticTableQueryError(
        table.logicalName,
        "filters on related tables",
        `fetchXml: the condition on ${condition.attributes.get("attribute") ?? "?"} names entity '${condition.attributes.get("entityname")}'`,
      );
    unsupported("conditions on a link-entity (entityname)");
  }
  const column = columnOf(table, condition.attributes.get("attribute"), "condition attribute");
  if (condition.attributes.has("valueof")) {
    if (elastic)
      throw new ElasticTableQueryError(
        table.logicalName,
        "column comparison",
        `fetchXml: ${column.logicalName} is compared with the column ${condition.attributes.get("valueof")}`,
      );
    unsupported("column comparison (valueof)");
  }
  const operator = condition.attributes.get("operator") ?? "";
  const property = propertyOf(column);
  const values = childrenOf(condition, ["value"], "condition").map((value) => value.text);
  const single = (): string => {
    const value = condition.attributes.get("value") ?? (values.length === 1 ? values[0] : undefined);
    if (value === undefined)
      throw new QuerySyntaxError(`fetchXml: operator ${operator} on ${column.logicalName} needs one value`);
    return value;
  };
  if (comparisonOperators.has(operator as ComparisonName)) {
    return { type: "compare", operator: operator as ComparisonName, property, literal: literalOf(column, single()) };
  }
  switch (operator) {
    case "null":
    case "not-null":
      if (condition.attributes.has("value") || values.length > 0)
        throw new QuerySyntaxError(`fetchXml: operator ${operator} takes no value`);
      return { type: "isNull", negated: operator === "not-null", property };
    case "in":
    case "not-in": {
      if (values.length === 0)
        throw new QuerySyntaxError(`fetchXml: operator ${operator} on ${column.logicalName} needs <value> elements`);
      return {
        type: "in",
        negated: operator === "not-in",
        property,
        values: values.map((value) => inValueOf(column, value)),
      };
    }
    default:
      return unsupported(
        `condition operator '${operator}'`,
        "supported: eq, ne, gt, ge, lt, le, in, not-in, null, not-null",
      );
  }
}

function filterNode(filter: XmlElement, table: StoreTable): FilterNode | undefined {
  const type = filter.attributes.get("type") ?? "and";
  if (type !== "and" && type !== "or") throw new QuerySyntaxError(`fetchXml: filter type '${type}' is not and/or`);
  const parts: FilterNode[] = [];
  for (const child of filter.children) {
    if (child.name === "condition") parts.push(conditionNode(child, table));
    else if (child.name === "filter") {
      const inner = filterNode(child, table);
      if (inner) parts.push(inner);
    } else if (child.name === "link-entity" && table.definition.elastic) {
      throw new ElasticTableQueryError(
        table.logicalName,
        "filters on related tables",
        "fetchXml: a <link-entity> inside <filter>",
      );
    } else unsupported(`<${child.name}> inside <filter>`);
  }
  if (parts.length === 0) return undefined;
  return parts.reduce((left, right) => ({ type, left, right }));
}

interface Order {
  attribute?: string;
  alias?: string;
  descending: boolean;
}

interface ParsedFetch {
  root: XmlElement;
  attributes: XmlElement[];
  allAttributes: boolean;
  orders: Order[];
  filter?: RowPredicate;
}

function parseFetch(fetchXml: string, table: StoreTable): ParsedFetch {
  const root = parseXml(fetchXml);
  if (root.name !== "fetch") throw new QuerySyntaxError(`fetchXml: the root element is <${root.name}>, not <fetch>`);
  for (const name of root.attributes.keys()) {
    if (!fetchAttributes.has(name) && !name.startsWith("xmlns")) unsupported(`attribute ${name} on <fetch>`);
  }
  const entities = childrenOf(root, ["entity"], "fetch");
  if (entities.length !== 1) unsupported(`with ${entities.length} <entity> elements`, "a fetch has exactly one");
  const [entity] = entities;
  if (entity.attributes.get("name") !== table.logicalName)
    throw new QuerySyntaxError(
      `fetchXml: <entity name="${entity.attributes.get("name") ?? ""}"> does not match the table queried, ${table.logicalName}`,
    );
  const parsed: ParsedFetch = { root, attributes: [], allAttributes: false, orders: [] };
  const filters: FilterNode[] = [];
  for (const child of entity.children) {
    switch (child.name) {
      case "attribute":
        parsed.attributes.push(child);
        break;
      case "all-attributes":
        parsed.allAttributes = true;
        break;
      case "order":
        parsed.orders.push({
          attribute: child.attributes.get("attribute"),
          alias: child.attributes.get("alias"),
          descending: flag(child, "descending"),
        });
        break;
      case "filter": {
        const node = filterNode(child, table);
        if (node) filters.push(node);
        break;
      }
      case "link-entity": {
        const inner = (child.attributes.get("link-type") ?? "inner") === "inner";
        const filtered = child.children.some((grandchild) => grandchild.name === "filter");
        if (table.definition.elastic && (inner || filtered || flag(root, "aggregate")))
          throw new ElasticTableQueryError(
            table.logicalName,
            "filters on related tables, inner joins or group by on a link entity (only left outer joins)",
            `fetchXml: <link-entity name="${child.attributes.get("name") ?? ""}" link-type="${child.attributes.get("link-type") ?? "inner"}">`,
          );
        return unsupported("<link-entity>", "the preview's sample Web API does not join tables");
      }
      default:
        unsupported(`<${child.name}> inside <entity>`);
    }
  }
  if (filters.length > 0) {
    const node = filters.reduce((left, right) => ({ type: "and", left, right }));
    parsed.filter = compileFilter(node, table);
  }
  return parsed;
}

function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}

interface Aggregate {
  alias: string;
  kind: "count" | "countcolumn";
  column: StoreColumn;
  distinct: boolean;
}

function runAggregate(parsed: ParsedFetch, context: FetchXmlContext): FetchXmlResponse {
  const { table } = context;
  const elastic = table.definition.elastic;
  if (parsed.allAttributes) throw new QuerySyntaxError("fetchXml: <all-attributes> cannot be used in an aggregate");
  const aggregates: Aggregate[] = [];
  const groups: { alias: string; column: StoreColumn }[] = [];
  const aliases = new Set<string>();
  for (const attribute of parsed.attributes) {
    const column = columnOf(table, attribute.attributes.get("name"), "attribute name");
    const alias = attribute.attributes.get("alias");
    const aggregate = attribute.attributes.get("aggregate");
    const groupby = flag(attribute, "groupby");
    if (!groupby && aggregate === undefined)
      throw new QuerySyntaxError(
        `fetchXml: an attribute can not be requested when an aggregate operation has been specified and it is neither groupby nor aggregate (${column.logicalName})`,
      );
    if (!alias) throw new QuerySyntaxError(`fetchXml: the aggregate's attribute ${column.logicalName} needs an alias`);
    if (aliases.has(alias)) throw new QuerySyntaxError(`fetchXml: the alias ${alias} is used twice`);
    aliases.add(alias);
    if (attribute.attributes.has("dategrouping"))
      unsupported("dategrouping", "the preview does not group by parts of a date");
    if (groupby && aggregate !== undefined)
      throw new QuerySyntaxError(`fetchXml: ${alias} is both groupby and aggregate`);
    if (groupby) {
      if (column.kind === "datetime") unsupported("groupby on a date column", "the preview does not group by dates");
      groups.push({ alias, column });
    } else if (aggregate === "count" || aggregate === "countcolumn") {
      const distinct = flag(attribute, "distinct");
      if (distinct && elastic)
        throw new ElasticTableQueryError(
          table.logicalName,
          "distinct on user-owned tables",
          `fetchXml: countcolumn distinct on ${column.logicalName}`,
        );
      aggregates.push({ alias, kind: aggregate, column, distinct });
    } else {
      unsupported(`aggregate="${aggregate}"`, "the preview implements count and countcolumn");
    }
  }
  if (aggregates.length === 0) throw new QuerySyntaxError("fetchXml: an aggregate fetch needs an aggregate attribute");
  if (groups.length > 1) unsupported("groupby on more than one column", "the preview groups by one column");
  if (flag(parsed.root, "distinct") && elastic)
    throw new ElasticTableQueryError(
      table.logicalName,
      "distinct on user-owned tables",
      'fetchXml: <fetch distinct="true">',
    );
  if (parsed.orders.length > 0 && groups.length > 0 && elastic)
    throw new ElasticTableQueryError(
      table.logicalName,
      "order by and group by together",
      "Order by is not supported with group by.",
    );
  for (const name of ["page", "count", "top", "paging-cookie"]) {
    if (parsed.root.attributes.has(name)) unsupported(`${name} on an aggregate`);
  }

  // A well-formed aggregate the switch refuses: as a table refuses it, whatever it matches.
  if (context.aggregates === "refuse") throw new AggregatesNotSupportedError(table.logicalName);
  const matched = parsed.filter ? context.rows.filter(parsed.filter) : context.rows;
  const storeLimit =
    context.aggregateQueryRecordLimit ?? (elastic ? Number.POSITIVE_INFINITY : defaultAggregateQueryRecordLimit);
  const queryLimit = wholeNumber(parsed.root, "aggregatelimit", 1, Number.MAX_SAFE_INTEGER);
  const limit = Math.min(storeLimit, queryLimit ?? storeLimit);
  if (context.aggregates === "limit")
    throw new AggregateQueryRecordLimitError(
      matched.length,
      Number.isFinite(limit) ? limit : defaultAggregateQueryRecordLimit,
    );
  if (matched.length > limit) throw new AggregateQueryRecordLimitError(matched.length, limit);

  const group = groups[0];
  const buckets = new Map<string, { value: unknown; rows: Row[] }>();
  for (const row of matched) {
    const raw = group ? (row[group.column.logicalName] ?? null) : null;
    // GUIDs and lookups group as GUIDs; text exactly as stored on elastic tables, ignoring case on standard ones.
    const key =
      raw === null
        ? "\u0000null"
        : group && (group.column.kind === "guid" || group.column.kind === "lookup")
          ? String(raw).toLowerCase()
          : group && group.column.kind === "text" && !elastic
            ? String(raw).toLowerCase()
            : `${typeof raw}:${String(raw)}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.rows.push(row);
    else buckets.set(key, { value: raw, rows: [row] });
  }
  if (!group && buckets.size === 0) buckets.set("\u0000null", { value: null, rows: [] });

  let entities = [...buckets.values()].map(({ value, rows }) => {
    const entity: Entity = {};
    if (group && value !== null) context.putValue(entity, group.alias, group.column, value);
    for (const aggregate of aggregates) {
      let count: number;
      if (aggregate.kind === "count") count = rows.length;
      else {
        const present = rows
          .map((row) => row[aggregate.column.logicalName])
          .filter((v) => v !== null && v !== undefined);
        count = aggregate.distinct ? new Set(present.map((v) => String(v))).size : present.length;
      }
      entity[aggregate.alias] = count;
      entity[`${aggregate.alias}${formattedSuffix}`] = formatCount(count);
    }
    return entity;
  });
  // No order: groups come back by value, the empty group first, as SQL Server tends to give them.
  const orders = parsed.orders.length > 0 ? parsed.orders : group ? [{ alias: group.alias, descending: false }] : [];
  for (const order of orders) {
    if (order.attribute !== undefined || order.alias === undefined || !aliases.has(order.alias))
      throw new QuerySyntaxError("fetchXml: an aggregate orders by the alias of one of its attributes");
  }
  entities = [...entities].sort((left, right) => {
    for (const { alias, descending } of orders) {
      const a = left[alias as string] as string | number | undefined;
      const b = right[alias as string] as string | number | undefined;
      if (a === b) continue;
      const order = a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1;
      return descending ? -order : order;
    }
    return 0;
  });
  return { entities };
}

const cookiePattern = /^<cookie page="(\d+)"[\s/>]/;

function runPlain(parsed: ParsedFetch, context: FetchXmlContext): FetchXmlResponse {
  const { table } = context;
  const { root } = parsed;
  for (const attribute of parsed.attributes) {
    for (const name of attribute.attributes.keys()) {
      if (name !== "name" && name !== "alias") unsupported(`${name} on an <attribute> outside an aggregate`);
    }
    if (attribute.attributes.has("alias")) unsupported("alias on a plain query's attribute");
  }
  const columns = parsed.allAttributes
    ? undefined
    : parsed.attributes.length === 0
      ? undefined
      : parsed.attributes.map((attribute): ResolvedColumn => {
          const column = columnOf(table, attribute.attributes.get("name"), "attribute name");
          return { column, apiName: propertyOf(column) };
        });
  let rows = parsed.filter ? context.rows.filter(parsed.filter) : [...context.rows];
  if (parsed.orders.length > 0) {
    const items = parsed.orders.map((order) => {
      if (order.alias !== undefined || order.attribute === undefined)
        throw new QuerySyntaxError("fetchXml: <order> in a plain query names an attribute");
      const column = columnOf(table, order.attribute, "order attribute");
      if (column.kind === "lookup" && table.definition.elastic)
        throw new ElasticTableQueryError(
          table.logicalName,
          "ordering on lookup columns",
          `fetchXml: <order attribute="${column.logicalName}">`,
        );
      return { property: propertyOf(column), descending: order.descending };
    });
    rows = [...rows].sort(compileOrderBy(items, table));
  }
  const top = wholeNumber(root, "top", 1, maxPageSize);
  const count = wholeNumber(root, "count", 1, maxPageSize);
  const page = wholeNumber(root, "page", 1, Number.MAX_SAFE_INTEGER);
  if (top !== undefined && (count !== undefined || page !== undefined))
    throw new QuerySyntaxError("fetchXml: top cannot be combined with count or page");
  const cookie = root.attributes.get("paging-cookie");
  if (cookie !== undefined) {
    const match = cookiePattern.exec(cookie);
    if (!match) throw new QuerySyntaxError("fetchXml: the paging-cookie did not come from this Web API");
    if (page !== undefined && Number(match[1]) !== page - 1)
      throw new QuerySyntaxError(
        `fetchXml: the paging-cookie is for page ${match[1]}, not for the page before ${page}`,
      );
  }
  const size = top ?? count ?? maxPageSize;
  const start = top !== undefined ? 0 : ((page ?? 1) - 1) * size;
  const slice = rows.slice(start, start + size);
  const entities = slice.map((row) => {
    const entity = context.toEntity(row, columns);
    for (const key of Object.keys(entity)) {
      if (entity[key] === null) delete entity[key];
    }
    return entity;
  });
  const more = top === undefined && start + size < rows.length;
  const response: FetchXmlResponse = { entities };
  if (more) {
    const current = page ?? 1;
    const last = slice[slice.length - 1][table.primaryIdAttribute];
    const first = slice[0][table.primaryIdAttribute];
    const inner = `<cookie page="${current}"><${table.primaryIdAttribute} last="{${String(last).toUpperCase()}}" first="{${String(first).toUpperCase()}}" /></cookie>`;
    response.fetchXmlPagingCookie = `<cookie pagenumber="${current + 1}" pagingcookie="${encodeURIComponent(encodeURIComponent(inner))}" istracking="False" />`;
  }
  return response;
}

/** Answers a FetchXML query over the rows of one table, or throws a SampleWebApiError. */
export function runFetchXml(fetchXml: string, context: FetchXmlContext): FetchXmlResponse {
  const parsed = parseFetch(fetchXml, context.table);
  return flag(parsed.root, "aggregate") ? runAggregate(parsed, context) : runPlain(parsed, context);
}
