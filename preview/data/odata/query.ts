/**
 * Reads the query string a control passes to context.webAPI (with or without the leading
 * "?", or a whole @odata.nextLink URL) into checked query options. Supported:
 * $select, $filter, $orderby, $top, $count and the $skiptoken of our own nextLinks, and on
 * retrieveRecord $select and partitionId. Everything else is refused by name.
 */
import type { StoreTable } from "../schema";
import { QuerySyntaxError, UnsupportedQueryError } from "./errors";
import {
  compileFilter,
  compileOrderBy,
  parseOrderBy,
  resolveColumn,
  type ResolvedColumn,
  type RowComparator,
  type RowPredicate,
} from "./evaluate";
import { parseFilter } from "./filter";

export interface ParsedQuery {
  /** Columns to return, as the Web API names them; undefined means every column. */
  select?: ResolvedColumn[];
  filter?: RowPredicate;
  orderBy?: RowComparator;
  top?: number;
  count: boolean;
  /** Offset into the result set, from a nextLink. */
  skip: number;
  /** The options as given, minus $skiptoken, for building the next link. */
  passthrough: [string, string][];
  /** retrieveRecord only: the partition a row with a custom partitionid lives in. */
  partitionId?: string;
}

/** Dataverse returns at most 5,000 rows a page and accepts $top up to 5,000. */
export const maxPageSize = 5000;

const unsupportedOptions: ReadonlySet<string> = new Set([
  "$expand",
  "$apply",
  "$skip",
  "$search",
  "$compute",
  "$levels",
  "$format",
  "$deltatoken",
  "$index",
  "$schemaversion",
  "fetchXml",
  "savedQuery",
  "userQuery",
]);

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // Not percent-encoded after all (a bare % in a literal): take it as written.
    return text;
  }
}

/** Splits "a=1&b=2" into pairs; accepts a leading "?" or a whole URL. */
export function splitQuery(options: string | undefined): [string, string][] {
  let text = (options ?? "").trim();
  const question = text.indexOf("?");
  if (question >= 0) text = text.slice(question + 1);
  if (text === "") return [];
  return text
    .split("&")
    .filter((part) => part !== "")
    .map((part) => {
      const equals = part.indexOf("=");
      return equals < 0 ? [decode(part), ""] : [decode(part.slice(0, equals)), decode(part.slice(equals + 1))];
    });
}

function parseSelect(value: string, table: StoreTable): ResolvedColumn[] {
  const names = value
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  if (names.length === 0) throw new QuerySyntaxError("$select is empty");
  return names.map((name) => {
    if (name.includes("/")) throw new UnsupportedQueryError("$select on a related table", name);
    return resolveColumn(table, name, "$select");
  });
}

/** partitionId='p' as Dataverse takes it: one quoted string, '' standing for a quote. */
function parsePartitionId(value: string): string {
  const match = /^'((?:[^']|'')*)'$/.exec(value);
  if (!match) throw new QuerySyntaxError(`partitionId must be a quoted string such as partitionId='p', not '${value}'`);
  return match[1].replace(/''/g, "'");
}

function parseTop(value: string): number {
  if (!/^\d+$/.test(value)) throw new QuerySyntaxError(`$top must be a whole number, not '${value}'`);
  const top = Number(value);
  if (top < 1 || top > maxPageSize)
    throw new QuerySyntaxError(`$top must lie between 1 and ${maxPageSize}, not ${top}`);
  return top;
}

export function parseQuery(
  options: string | undefined,
  table: StoreTable,
  operation: "retrieveRecord" | "retrieveMultipleRecords",
): ParsedQuery {
  const query: ParsedQuery = { count: false, skip: 0, passthrough: [] };
  const seen = new Set<string>();
  for (const [name, value] of splitQuery(options)) {
    if (seen.has(name)) throw new QuerySyntaxError(`Query option ${name} is given twice`);
    seen.add(name);
    if (unsupportedOptions.has(name)) throw new UnsupportedQueryError(name);
    if (operation === "retrieveRecord" && name !== "$select" && name !== "partitionId") {
      throw new UnsupportedQueryError(
        `${name} on retrieveRecord`,
        "retrieveRecord accepts $select and partitionId only",
      );
    }
    switch (name) {
      case "partitionId":
        if (operation !== "retrieveRecord")
          throw new UnsupportedQueryError(
            `${name} on ${operation}`,
            "a query finds rows in every partition; filter on partitionid instead",
          );
        query.partitionId = parsePartitionId(value);
        continue;
      case "$select":
        query.select = parseSelect(value, table);
        break;
      case "$filter":
        query.filter = compileFilter(parseFilter(value), table);
        break;
      case "$orderby":
        query.orderBy = compileOrderBy(parseOrderBy(value), table);
        break;
      case "$top":
        query.top = parseTop(value);
        break;
      case "$count":
        if (value !== "true" && value !== "false")
          throw new QuerySyntaxError(`$count must be true or false, not '${value}'`);
        query.count = value === "true";
        break;
      case "$skiptoken": {
        if (!/^\d+$/.test(value)) throw new QuerySyntaxError(`$skiptoken '${value}' did not come from this Web API`);
        query.skip = Number(value);
        continue;
      }
      default:
        throw new UnsupportedQueryError(name, "supported: $select, $filter, $orderby, $top, $count");
    }
    query.passthrough.push([name, value]);
  }
  return query;
}
