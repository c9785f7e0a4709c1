import { experienceColumnNames, tables } from "../../domain/tables";
import { splitQuery } from "../../preview/data/odata/query";

// Words of $filter that are not column names: operators, literals and functions.
const FILTER_WORDS = new Set([
  "eq",
  "ne",
  "gt",
  "ge",
  "lt",
  "le",
  "and",
  "or",
  "not",
  "in",
  "null",
  "true",
  "false",
  "contains",
  "startswith",
  "endswith",
  "asc",
  "desc",
]);

/** Column names a Web API query string names in $select, $filter and $orderby. */
export function columnsNamedIn(options: string | undefined): { option: string; column: string }[] {
  const named: { option: string; column: string }[] = [];
  for (const [name, value] of splitQuery(options)) {
    if (name === "$select") for (const c of value.split(",")) named.push({ option: name, column: c.trim() });
    if (name === "$orderby")
      for (const part of value.split(",")) named.push({ option: name, column: part.trim().split(/\s+/)[0] });
    if (name === "$filter") {
      // Quoted literals, GUIDs and date-time literals are values, never columns.
      const words =
        value
          .replace(/'(?:[^']|'')*'/g, " ")
          .replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?/g, " ")
          .replace(/\b[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b/gi, " ")
          .match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
      for (const w of words) if (!FILTER_WORDS.has(w.toLowerCase())) named.push({ option: name, column: w });
    }
  }
  return named;
}

/**
 * A query a control sends must run on Contact Center's elastic tables and on the tables
 * solution's standard ones alike: every column it names is one both copies have.
 */
export function experienceQueryProblems(entityType: string, options: string | undefined): string[] {
  const table = tables.find((t) => t.logicalName === entityType);
  if (!table) return [];
  const allowed = experienceColumnNames(table);
  // The Web API names a lookup's value _<lookup>_value; the column is the lookup.
  const columnOf = (name: string): string => /^_(.+)_value$/.exec(name)?.[1] ?? name;
  return columnsNamedIn(options)
    .filter(({ column }) => !allowed.has(columnOf(column)))
    .map(
      ({ option, column }) =>
        `webAPI query on ${entityType} names "${column}" in ${option}, which one copy of the table lacks: ${options}`,
    );
}
