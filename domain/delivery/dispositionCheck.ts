import { DispositionCodesMaxLength } from "../tables/names";
import { parseDispositionCodes } from "./dispositionParse";
import { serializeDispositionCodes } from "./dispositionSerialize";

/**
 * Whether a disposition text may be stored as it is: in the canonical form the chips control
 * writes, so every reader sees the same codes, and within the column's length. The first
 * problem found is the one reported, in the order a person would fix them.
 */
export type DispositionTextProblem =
  | { kind: "tooLong"; length: number; limit: number }
  | { kind: "unterminatedQuote"; position: number }
  | { kind: "textAfterQuote"; position: number }
  | { kind: "duplicate"; code: string }
  | { kind: "emptyEntry" }
  /** Readable, but not as the chips write it; example holds the first codes written canonically. */
  | { kind: "notCanonical"; example: string };

export type DispositionTextCheck = { ok: true } | { ok: false; problem: DispositionTextProblem };

const exampleCodeCount = 2;

export function checkDispositionText(
  text: string | null | undefined,
  limit: number = DispositionCodesMaxLength,
): DispositionTextCheck {
  const source = text ?? "";
  if (source === "") {
    return { ok: true };
  }
  // Given the limit, the parser reports a text too long before any quoting problem.
  const parsed = parseDispositionCodes(source, limit);
  if (parsed.problems.length > 0) {
    return { ok: false, problem: parsed.problems[0] };
  }
  if (parsed.duplicates.length > 0) {
    return { ok: false, problem: { kind: "duplicate", code: parsed.duplicates[0] } };
  }
  if (parsed.emptyEntries > 0) {
    return { ok: false, problem: { kind: "emptyEntry" } };
  }
  const canonical = serializeDispositionCodes(parsed.codes);
  if (canonical === source) {
    return { ok: true };
  }
  // Quoting can make a text that fits too long; say so rather than suggest a form that cannot be stored.
  if (canonical.length > limit) {
    return { ok: false, problem: { kind: "tooLong", length: canonical.length, limit } };
  }
  const example = serializeDispositionCodes(parsed.codes.slice(0, exampleCodeCount));
  return { ok: false, problem: { kind: "notCanonical", example } };
}
