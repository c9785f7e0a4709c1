import { parseRecordId } from "../related/recordId";

/**
 * The contact id a delivery stores, matched the way the proactive engagement service may have
 * written it. `msdyn_contact_id` is free text (a contact's GUID, not a lookup), and nothing
 * documents its spelling: a caller of the API may send `{ABC...}` as a form's getId() gives it,
 * or `abc...` as the Web API returns it. Whether `eq` on text ignores case on an elastic table
 * (stored in Azure Cosmos DB, unlike the SQL-backed standard tables) is not documented, and
 * braces are never ignored, so one query asks for every spelling we expect: lower case, upper
 * case, each with and without braces. A mixed-case or padded stored id is
 * not found (the service writes what it was given; we have seen no such id).
 */
export type ContactIdMatch =
  | {
      kind: "valid";
      /** Lower case, no braces: what the Web API and a cache key use. */
      id: string;
      /** The four spellings the service may store, lower and upper, bare and in braces. */
      storedForms: readonly [string, string, string, string];
    }
  | { kind: "invalid"; reason: "empty" | "malformed"; text: string; message: string };

/** Normalizes a contact id from the form context (`formContext.data.entity.getId()`, `{...}` upper case). */
export function matchContactId(value: string | null | undefined): ContactIdMatch {
  const parsed = parseRecordId(value);
  if (parsed.kind === "empty") {
    return { kind: "invalid", reason: "empty", text: "", message: "No contact id: the contact is not saved yet." };
  }
  if (parsed.kind === "malformed") {
    return {
      kind: "invalid",
      reason: "malformed",
      text: parsed.text,
      message: `"${parsed.text}" is not a contact id (a GUID such as 00000000-0000-0000-0000-000000000000).`,
    };
  }
  const lower = parsed.id;
  const upper = lower.toUpperCase();
  return { kind: "valid", id: lower, storedForms: [lower, upper, `{${lower}}`, `{${upper}}`] };
}
