import { characterTables } from "./characters";
import type { PatternItem, SqlDialect } from "./dialect";
import { classifiedKinds, type ClassifiedColumn } from "./kinds";
import { caseWhen } from "./query";

/**
 * How the SQL reads a stored text exactly as domain/ does:
 * - the classifiers (domain/delivery/valueClass.ts): empty when the trimmed text is empty,
 *   else the documented value whose normalised spelling equals the text's, else unrecognised;
 * - buckets (domain/insights/buckets.ts): key "empty", the kind, or "text:<trimmed text>";
 * - record ids (domain/related/recordId.ts, domain/insights/groups.ts): a GUID bare or in
 *   braces (either case, blanks around) is one id in lower case; other text is malformed.
 * Every expression takes text that is never NULL (the views COALESCE first).
 */
export function trimmed(d: SqlDialect, expr: string): string {
  return d.trim(expr, characterTables().whitespace);
}

/** normaliseValue: the removed characters dropped, then the case mapping applied. */
export function normalised(d: SqlDialect, expr: string): string {
  const { removed, caseMapping } = characterTables();
  let result = expr;
  for (const code of removed) result = d.replace(result, d.text(String.fromCharCode(code)), d.text(""));
  for (const [code, letters] of caseMapping)
    result = d.replace(result, d.text(String.fromCharCode(code)), d.text(letters));
  return result;
}

export const emptyKind = "empty";
export const unrecognisedKind = "unrecognised";

/** The kind of a classified column, from its trimmed and its normalised text. */
export function kindOf(d: SqlDialect, column: ClassifiedColumn, trimmedExpr: string, normalisedExpr: string): string {
  return caseWhen(
    [
      [`${trimmedExpr} = ${d.text("")}`, d.text(emptyKind)],
      ...classifiedKinds(column).map(
        ({ kind, match }) => [`${normalisedExpr} = ${d.text(match)}`, d.text(kind)] as const,
      ),
    ],
    d.text(unrecognisedKind),
  );
}

/** The bucket key (bucketIdentity's key) of a kind and the trimmed text. */
export function bucketKeyOf(d: SqlDialect, kindExpr: string, trimmedExpr: string): string {
  return caseWhen(
    [
      [`${kindExpr} = ${d.text(emptyKind)}`, d.text("empty")],
      [`${kindExpr} = ${d.text(unrecognisedKind)}`, d.concat(d.text("text:"), trimmedExpr)],
    ],
    kindExpr,
  );
}

/** What a bucket shows: the documented value, the trimmed text, or "". */
export function bucketTextOf(d: SqlDialect, kindExpr: string, trimmedExpr: string): string {
  return caseWhen(
    [
      [`${kindExpr} = ${d.text(emptyKind)}`, d.text("")],
      [`${kindExpr} = ${d.text(unrecognisedKind)}`, trimmedExpr],
    ],
    kindExpr,
  );
}

const hex: PatternItem = { charClass: "0-9a-fA-F" };
const guidPattern: PatternItem[] = [8, 4, 4, 4, 12].flatMap((count, index) => [
  ...(index > 0 ? [{ char: "-" }] : []),
  ...Array.from({ length: count }, () => hex),
]);
const bracedGuidPattern: PatternItem[] = [{ char: "{" }, ...guidPattern, { char: "}" }];

/** The record id of a trimmed text: lower case, no braces; NULL when it is no GUID. */
export function recordIdOf(d: SqlDialect, trimmedExpr: string): string {
  return caseWhen([
    [d.matches(trimmedExpr, guidPattern), d.lower(trimmedExpr)],
    [d.matches(trimmedExpr, bracedGuidPattern), d.lower(d.substring(trimmedExpr, "2", "36"))],
  ]);
}

/** groupIdentity's kind: "empty", "id" or "malformed". */
export function groupKindOf(d: SqlDialect, trimmedExpr: string, idExpr: string): string {
  return caseWhen(
    [
      [`${trimmedExpr} = ${d.text("")}`, d.text("empty")],
      [`${idExpr} IS NOT NULL`, d.text("id")],
    ],
    d.text("malformed"),
  );
}

/** groupIdentity's key: "empty", the id, or "text:<trimmed text>". */
export function groupKeyOf(d: SqlDialect, kindExpr: string, idExpr: string, trimmedExpr: string): string {
  return caseWhen(
    [
      [`${kindExpr} = ${d.text("empty")}`, d.text("empty")],
      [`${kindExpr} = ${d.text("id")}`, idExpr],
    ],
    d.concat(d.text("text:"), trimmedExpr),
  );
}

/** groupIdentity's text: "", the id, or the trimmed text. */
export function groupTextOf(d: SqlDialect, kindExpr: string, idExpr: string, trimmedExpr: string): string {
  return caseWhen(
    [
      [`${kindExpr} = ${d.text("empty")}`, d.text("")],
      [`${kindExpr} = ${d.text("id")}`, idExpr],
    ],
    trimmedExpr,
  );
}
