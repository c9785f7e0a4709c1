/**
 * The allowed disposition codes of an environment: a JSON list of codes that admins keep in the
 * experience solution's environment variable. An empty list (the default) allows any code.
 * Codes match without regard to case, so "donotcall" is the list's "DoNotCall"; stored codes
 * outside the list are pointed out, never hidden or changed.
 */

/** The environment variable's schema name: the solution writes it, the chips read it. */
export const dispositionVocabularyVariable = "pdx_AllowedDispositionCodes";

/** Its default value: no list, any code may be added. */
export const dispositionVocabularyDefault = "[]";

export interface DispositionVocabulary {
  /** Allowed codes as the list spells them, in its order, each once (ignoring case). */
  codes: string[];
  /** Set when the value is no list of codes: not JSON, or JSON that is not a list. */
  problem?: "notJson" | "notList";
}

/** The form codes compare in: case folded, so "DoNotCall" and "donotcall" are one code. */
export function codeKey(code: string): string {
  return code.trim().toLowerCase();
}

/**
 * Reads the variable's value. Entries are kept when they are non-empty strings (trimmed); other
 * entries (numbers, empty strings) are skipped, and a second spelling of the same code is dropped.
 */
export function parseVocabulary(value: string | null | undefined): DispositionVocabulary {
  const text = (value || "").trim();
  if (text === "") return { codes: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { codes: [], problem: "notJson" };
  }
  if (!Array.isArray(parsed)) return { codes: [], problem: "notList" };
  const codes: string[] = [];
  for (const entry of parsed as unknown[]) {
    const code = typeof entry === "string" ? entry.trim() : "";
    if (code !== "" && vocabularyCode(codes, code) === undefined) codes.push(code);
  }
  return { codes };
}

/** The list's spelling of a code, whatever its case; undefined when the list lacks it. */
export function vocabularyCode(vocabulary: readonly string[], code: string): string | undefined {
  const key = codeKey(code);
  for (const allowed of vocabulary) if (codeKey(allowed) === key) return allowed;
  return undefined;
}

/** Stored codes the list does not hold (any case), in their stored order. None without a list. */
export function codesOutside(vocabulary: readonly string[], codes: readonly string[]): string[] {
  if (vocabulary.length === 0) return [];
  const allowed = new Set(vocabulary.map(codeKey));
  return codes.filter((code) => !allowed.has(codeKey(code)));
}

/**
 * The allowed codes to offer for what the user has typed: those that start with it first, then
 * those that contain it, each group in the list's order, leaving out codes the delivery already
 * has, at most `limit` of them. Nothing for empty input.
 */
export function suggestCodes(
  vocabulary: readonly string[],
  typed: string,
  present: readonly string[],
  limit: number,
): string[] {
  const key = codeKey(typed);
  const had = present.map(codeKey);
  const starts = (code: string): number => (codeKey(code).startsWith(key) ? 0 : 1);
  // Array.prototype.sort is stable, so each group keeps the list's order.
  return key === ""
    ? []
    : vocabulary
        .filter((code) => codeKey(code).includes(key) && had.indexOf(codeKey(code)) < 0)
        .sort((a, b) => starts(a) - starts(b))
        .slice(0, limit);
}
