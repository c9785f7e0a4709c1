/** True when the filter text is blank: the caller can then skip filtering altogether. */
export function isBlankFilter(text: string): boolean {
  return text.trim() === "";
}
