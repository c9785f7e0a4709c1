/**
 * Reads a record id stored as text. The columns are free text written by the proactive
 * engagement service or an integration, so anything may be in them: a GUID with or without
 * braces (either case), blanks around it, or something that is no id at all.
 */
export type RecordIdText =
  | { kind: "empty" }
  | { kind: "malformed"; text: string }
  /** `id`: lower case, no braces, as the Web API takes it and as a cache key compares. */
  | { kind: "valid"; id: string; text: string };

const guid = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

export function parseRecordId(value: string | null | undefined): RecordIdText {
  const text = (value ?? "").trim();
  if (!text) return { kind: "empty" };
  const match = guid.exec(text);
  // A lone brace on one side only is a typo, not a GUID in braces.
  if (!match || text.startsWith("{") !== text.endsWith("}")) return { kind: "malformed", text };
  return { kind: "valid", id: match[1].toLowerCase(), text };
}
