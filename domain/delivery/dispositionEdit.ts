import { DispositionCodesMaxLength } from "../tables/names";
import { parseDispositionCodes } from "./dispositionParse";
import { compactDispositionCodes, serializeDispositionCodes } from "./dispositionSerialize";
import { codeKey, vocabularyCode } from "./dispositionVocabulary";

/**
 * Adding and removing codes the way the chips control offers it. Every change produces the
 * canonical text to store, and an addition that would not fit the column is refused rather
 * than cut, because a truncated code is a wrong code.
 *
 * Codes compare without regard to case: "donotcall" is not added beside "DoNotCall". With a
 * list of allowed codes (the environment's vocabulary), a typed code takes the list's spelling
 * and a code the list lacks is refused, naming it.
 */
export type AddCodesOutcome =
  | { ok: true; codes: string[]; text: string; added: string[] }
  | { ok: false; reason: "empty" | "alreadyPresent" }
  | { ok: false; reason: "notAllowed"; codes: string[] }
  | { ok: false; reason: "tooLong"; length: number; limit: number };

/** The typed text may hold one code or several ("A, B" or "\"A\",\"B\""), like the column itself. */
export function addCodes(
  current: readonly string[],
  typed: string,
  limit: number = DispositionCodesMaxLength,
  vocabulary?: readonly string[],
): AddCodesOutcome {
  return addCodeList(current, parseDispositionCodes(typed).codes, limit, vocabulary);
}

/** Adds codes taken as they are (a suggestion the user picked), with the same checks as addCodes. */
export function addCodeList(
  current: readonly string[],
  candidates: readonly string[],
  limit: number,
  vocabulary?: readonly string[],
): AddCodesOutcome {
  if (candidates.length === 0) {
    return { ok: false, reason: "empty" };
  }
  const refused: string[] = [];
  const spelled: string[] = [];
  for (const candidate of candidates) {
    const allowed = vocabulary && vocabulary.length > 0 ? vocabularyCode(vocabulary, candidate) : candidate;
    if (allowed === undefined) refused.push(candidate);
    else spelled.push(allowed);
  }
  if (refused.length > 0) {
    return { ok: false, reason: "notAllowed", codes: refused };
  }
  const had = new Set(current.map(codeKey));
  const added: string[] = [];
  for (const code of spelled) {
    if (!had.has(codeKey(code))) {
      had.add(codeKey(code));
      added.push(code);
    }
  }
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
