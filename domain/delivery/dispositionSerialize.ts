/**
 * The canonical stored form: every code in double quotes, separated by commas, with \ and "
 * escaped by a backslash, e.g. "PromiseToPay","SpokeToAgent". Wrapped in [ ] it is a JSON
 * array of strings (for codes without control characters), so other tools can read what
 * this control writes; parseDispositionCodes reads it back unchanged.
 */
export function serializeDispositionCodes(codes: readonly string[]): string {
  return codes.map((code) => `"${code.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",");
}

/**
 * The shortest text parseDispositionCodes reads back as exactly these (trimmed, non-empty,
 * distinct) codes: a code without a comma or a leading quote as it is, any other quoted,
 * escaping every " and only the backslashes the parser would otherwise read as an escape
 * (before " or \, or before the closing quote). It is never longer than a stored text the
 * codes were parsed from without problems, whatever form that text was in; the canonical
 * form can be (quoting a, b, c … triples it), so this is what a removal writes when the
 * canonical form does not fit the column.
 */
export function compactDispositionCodes(codes: readonly string[]): string {
  return codes.map(compactCode).join(",");
}

function compactCode(code: string): string {
  if (!code.includes(",") && !code.startsWith('"')) return code;
  let quoted = '"';
  for (let index = 0; index < code.length; index += 1) {
    const char = code[index];
    const next = code[index + 1];
    if (char === '"') quoted += '\\"';
    else if (char === "\\" && (next === undefined || next === '"' || next === "\\")) quoted += "\\\\";
    else quoted += char;
  }
  return quoted + '"';
}
