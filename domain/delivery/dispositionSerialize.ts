/**
 * The canonical stored form: every code in double quotes, separated by commas, with \ and "
 * escaped by a backslash, e.g. "PromiseToPay","SpokeToAgent". Wrapped in [ ] it is a JSON
 * array of strings (for codes without control characters), so other tools can read what
 * this control writes; parseDispositionCodes reads it back unchanged.
 */
export function serializeDispositionCodes(codes: readonly string[]): string {
  return codes.map((code) => `"${code.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",");
}
