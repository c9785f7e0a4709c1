/**
 * What differs between the two SQL engines the insight views are rendered for: T-SQL for the
 * SQL analytics endpoint of a Fabric lakehouse, and DuckDB for the tests (and any embedded
 * use). Every view is written once against this interface; the query shape itself (WITH,
 * SELECT, JOIN, GROUP BY, CASE, COUNT, window functions) is the same in both.
 *
 * Arguments named `expr` are SQL expressions; `text` arguments are plain JavaScript strings
 * the dialect renders as literals. Every rendering is ASCII: characters outside printable
 * ASCII become character-code calls, so the generated file holds no invisible characters.
 */
export interface SqlDialect {
  readonly name: "T-SQL" | "DuckDB";
  /** A string literal. */
  text: (value: string) => string;
  /** A string made of these code units, in order. */
  codeUnits: (codes: readonly number[]) => string;
  concat: (...exprs: string[]) => string;
  replace: (expr: string, search: string, replacement: string) => string;
  /** expr without any of the code units at its start and end. */
  trim: (expr: string, codes: readonly number[]) => string;
  startsWith: (expr: string, text: string) => string;
  endsWith: (expr: string, text: string) => string;
  contains: (expr: string, text: string) => string;
  /** Length in characters. */
  length: (expr: string) => string;
  /** Characters from 1-based `start`, `count` of them (both expressions, count never negative). */
  substring: (expr: string, start: string, count: string) => string;
  /** Lower case; used only on text already known to be ASCII. */
  lower: (expr: string) => string;
  /** The whole of expr matches the pattern, one item per character. */
  matches: (expr: string, pattern: readonly PatternItem[]) => string;
  /** Whole milliseconds from one instant to another (later minus earlier, negative when reversed). */
  millisecondsBetween: (from: string, to: string) => string;
  /** 0..23, the hour of the instant as stored (the columns hold UTC). */
  hourOf: (expr: string) => string;
  /** The date of the instant as stored. */
  dayOf: (expr: string) => string;
  /** An IEEE double, so divisions round as JavaScript's do. */
  toDouble: (expr: string) => string;
  ceiling: (expr: string) => string;
  /** An instant literal, to the millisecond. */
  instant: (value: Date) => string;
  /**
   * A FROM clause item: every row of `source` (a FROM item with its alias) once per
   * comma-separated piece of `textExpr`, the piece as `<alias>.value`.
   */
  splitJoin: (source: string, textExpr: string, alias: string) => string;
  /** The statements that create or replace a view over `body` (a query). */
  createView: (qualifiedName: string, body: string) => string[];
  /** The statements that create the views' schema when it does not exist. */
  createSchema: (schema: string) => string[];
}

/** One character of a pattern: itself, or any character of a class such as "0-9a-fA-F". */
export type PatternItem = { char: string } | { charClass: string };

/** Printable ASCII that needs no care in either dialect's literals (the quote is doubled). */
export function isPlainAscii(code: number): boolean {
  return code >= 0x20 && code <= 0x7e;
}

/** A text as runs of plain ASCII and single other code points, in order. */
export function literalRuns(value: string): ({ plain: string } | { codePoint: number })[] {
  const runs: ({ plain: string } | { codePoint: number })[] = [];
  for (const char of value) {
    const codePoint = char.codePointAt(0)!;
    const last = runs[runs.length - 1];
    if (isPlainAscii(codePoint) && last && "plain" in last) last.plain += char;
    else runs.push(isPlainAscii(codePoint) ? { plain: char } : { codePoint });
  }
  return runs;
}
