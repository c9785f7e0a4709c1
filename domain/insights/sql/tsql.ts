import { literalRuns, type PatternItem, type SqlDialect } from "./dialect";

/**
 * T-SQL for the SQL analytics endpoint of a Fabric lakehouse (see the README's "Insights at
 * Fabric scale" for what is documented and what is assumed).
 *
 * Text comparisons assume the endpoint's default collation, Latin1_General_100_BIN2_UTF8
 * (code-point exact, case-sensitive). T-SQL's `=` and LIKE ignore trailing spaces of the
 * compared text; every comparison here is on text already trimmed, or has a sentinel
 * character appended, so that rule never decides an answer.
 *
 * Trimming uses PATINDEX and REVERSE rather than TRIM(characters FROM ...) or the two-argument
 * LTRIM/RTRIM: the first is not in the grammar of the parser the tests check the views with,
 * the second needs database compatibility level 160.
 */
const largestLength = "2147483647";

function quoted(plain: string): string {
  return `N'${plain.replace(/'/g, "''")}'`;
}

function concatAll(parts: string[]): string {
  if (parts.length === 0) return "N''";
  return parts.length === 1 ? parts[0] : `CONCAT(${parts.join(", ")})`;
}

/** LIKE pattern text for literal characters: the pattern metacharacters in brackets. */
function likeLiteral(text: string): string {
  return text.replace(/[[%_]/g, (char) => `[${char}]`);
}

function plainAscii(text: string, what: string): string {
  if (!/^[\x20-\x7e]*$/.test(text))
    throw new Error(`T-SQL ${what} takes printable ASCII only: ${JSON.stringify(text)}`);
  return text;
}

function likePattern(pattern: readonly PatternItem[]): string {
  return pattern
    .map((item) => ("char" in item ? likeLiteral(plainAscii(item.char, "pattern")) : `[${item.charClass}]`))
    .join("");
}

const nchar = (code: number): string => `NCHAR(${code})`;

/**
 * A literal: printable ASCII in N'...', anything else (and the backslash) as NCHAR. T-SQL has
 * no escapes in string literals, but the parser the tests check the views with reads \' as an
 * escaped quote, so a backslash never appears inside quotes.
 */
function literal(value: string): string {
  const runs = literalRuns(value).flatMap((run) =>
    "plain" in run
      ? run.plain
          .split(/(\\)/)
          .filter((part) => part !== "")
          .map((part) => (part === "\\" ? nchar(92) : quoted(part)))
      : [nchar(run.codePoint)],
  );
  return concatAll(runs);
}

export const tsql: SqlDialect = {
  name: "T-SQL",
  text: literal,
  codeUnits: (codes) => concatAll(codes.map(nchar)),
  concat: (...exprs) => concatAll(exprs),
  replace: (expr, search, replacement) => `REPLACE(${expr}, ${search}, ${replacement})`,
  trim(expr, codes) {
    // '%[^<whitespace>]%': the first character that is not whitespace (0 when there is none).
    const firstKept = `CONCAT(${["N'%[^'", ...codes.map(nchar), "N']%'"].join(", ")})`;
    const fromFirst = `SUBSTRING(${expr}, PATINDEX(${firstKept}, ${expr}), ${largestLength})`;
    const reversedTail = `PATINDEX(${firstKept}, REVERSE(${expr}))`;
    return (
      `CASE WHEN PATINDEX(${firstKept}, ${expr}) = 0 THEN N'' ` +
      `ELSE REVERSE(SUBSTRING(REVERSE(${fromFirst}), ${reversedTail}, ${largestLength})) END`
    );
  },
  startsWith: (expr, text) => `${expr} LIKE ${quoted(`${likeLiteral(plainAscii(text, "prefix"))}%`)}`,
  endsWith: (expr, text) => `CONCAT(${expr}, N'.') LIKE ${quoted(`%${likeLiteral(plainAscii(text, "suffix"))}.`)}`,
  contains: (expr, text) => `CHARINDEX(${literal(text)}, ${expr}) > 0`,
  // LEN leaves out trailing spaces; a sentinel character keeps them counted.
  length: (expr) => `(LEN(CONCAT(${expr}, N'.')) - 1)`,
  substring: (expr, start, count) => `SUBSTRING(${expr}, ${start}, ${count})`,
  lower: (expr) => `LOWER(${expr})`,
  matches: (expr, pattern) => `CONCAT(${expr}, N'.') LIKE ${quoted(`${likePattern(pattern)}.`)}`,
  millisecondsBetween: (from, to) => `DATEDIFF_BIG(millisecond, ${from}, ${to})`,
  hourOf: (expr) => `DATEPART(hour, ${expr})`,
  dayOf: (expr) => `CAST(${expr} AS date)`,
  toDouble: (expr) => `CAST(${expr} AS float)`,
  ceiling: (expr) => `CEILING(${expr})`,
  instant: (value) => `CAST(${quoted(value.toISOString().slice(0, 23))} AS datetime2)`,
  splitJoin: (source, textExpr, alias) => `${source} CROSS APPLY STRING_SPLIT(${textExpr}, N',') AS ${alias}`,
  createView: (name, body) => [`DROP VIEW IF EXISTS ${name};`, `CREATE VIEW ${name} AS\n${body};`],
  createSchema: (schema) => [`IF SCHEMA_ID(${quoted(schema)}) IS NULL EXEC(${quoted(`CREATE SCHEMA ${schema}`)});`],
};
