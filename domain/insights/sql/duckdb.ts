import { literalRuns, type PatternItem, type SqlDialect } from "./dialect";

/**
 * DuckDB, the embedded engine the tests run the same views on (through @duckdb/node-api).
 * Its text comparisons are code-point exact and count trailing spaces, its strings have no
 * backslash escapes, and date columns are TIMESTAMP (microseconds, no time zone).
 */
function quoted(plain: string): string {
  return `'${plain.replace(/'/g, "''")}'`;
}

function joined(parts: string[]): string {
  if (parts.length === 0) return "''";
  return parts.length === 1 ? parts[0] : `(${parts.join(" || ")})`;
}

function regexLiteral(char: string): string {
  return char.replace(/[\\^$.|?*+()[\]{}]/g, (meta) => `\\${meta}`);
}

function regex(pattern: readonly PatternItem[]): string {
  return pattern.map((item) => ("char" in item ? regexLiteral(item.char) : `[${item.charClass}]`)).join("");
}

const chr = (code: number): string => `chr(${code})`;

export const duckdb: SqlDialect = {
  name: "DuckDB",
  text: (value) => joined(literalRuns(value).map((run) => ("plain" in run ? quoted(run.plain) : chr(run.codePoint)))),
  codeUnits: (codes) => joined(codes.map(chr)),
  concat: (...exprs) => (exprs.length === 1 ? exprs[0] : `concat(${exprs.join(", ")})`),
  replace: (expr, search, replacement) => `replace(${expr}, ${search}, ${replacement})`,
  trim: (expr, codes) => `trim(${expr}, ${joined(codes.map(chr))})`,
  startsWith: (expr, text) => `starts_with(${expr}, ${quoted(text)})`,
  endsWith: (expr, text) => `ends_with(${expr}, ${quoted(text)})`,
  contains: (expr, text) => `contains(${expr}, ${quoted(text)})`,
  length: (expr) => `length(${expr})`,
  substring: (expr, start, count) => `substring(${expr}, ${start}, ${count})`,
  lower: (expr) => `lower(${expr})`,
  matches: (expr, pattern) => `regexp_full_match(${expr}, ${quoted(regex(pattern))})`,
  millisecondsBetween: (from, to) => `(epoch_ms(${to}) - epoch_ms(${from}))`,
  hourOf: (expr) => `hour(${expr})`,
  dayOf: (expr) => `CAST(${expr} AS DATE)`,
  toDouble: (expr) => `CAST(${expr} AS DOUBLE)`,
  ceiling: (expr) => `ceil(${expr})`,
  instant: (value) => `TIMESTAMP ${quoted(value.toISOString().slice(0, 23).replace("T", " "))}`,
  splitJoin: (source, textExpr, alias) =>
    `${source} CROSS JOIN LATERAL (SELECT unnest(string_split(${textExpr}, ',')) AS value) AS ${alias}`,
  createView: (name, body) => [`CREATE OR REPLACE VIEW ${name} AS\n${body};`],
  createSchema: (schema) => [`CREATE SCHEMA IF NOT EXISTS ${schema};`],
};
