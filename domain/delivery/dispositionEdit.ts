import { DispositionCodesMaxLength } from "../tables/names";
import { parseDispositionCodes } from "./dispositionParse";
import { compactDispositionCodes, serializeDispositionCodes } from "./dispositionSerialize";

/**
 * Adding and removing codes the way the chips control offers it. Every change produces the
 * canonical text to store, and an addition that would not fit the column is refused rather
 * than cut, because a truncated code is a wrong code.
 */
export type AddCodesOutcome =
  | { ok: true; codes: string[]; text: string; added: string[] }
  | { ok: false; reason: "empty" | "alreadyPresent" }
  | { ok: false; reason: "tooLong"; length: number; limit: number };

/** The typed text may hold one code or several ("A, B" or "\"A\",\"B\""), like the column itself. */
export function addCodes(
  current: readonly string[],
  typed: string,
  limit: number = DispositionCodesMaxLength,
): AddCodesOutcome {
  const candidates = parseDispositionCodes(typed).codes;
  if (candidates.length === 0) {
    return { ok: false, reason: "empty" };
  }
  const added = candidates.filter((code) => !current.includes(code));
  if (added.length === 0) {
    return { ok: false, reason: "alreadyPresent" };
  }
  const codes = [...current, ...added];
  const text = serializeDispositionCodes(codes);
  if (text.length > limit) {
    return { ok: false, reason: "tooLong", length: text.length, limit };
  }
  return { ok: true, codes, text, added };
}

/**
 * The canonical text of the codes left, or, when that does not fit the column, their compact
 * form: codes read from a stored text in another form (a, b, c unquoted) can take more room
 * quoted than the column holds, and a removal must never write more than the column holds.
 */
export function removeCode(
  current: readonly string[],
  code: string,
  limit: number = DispositionCodesMaxLength,
): { codes: string[]; text: string } {
  const codes = current.filter((existing) => existing !== code);
  const canonical = serializeDispositionCodes(codes);
  return { codes, text: canonical.length <= limit ? canonical : compactDispositionCodes(codes) };
}
