import { parseRecordId } from "../related/recordId";
import { relatedTables, type RelatedTable } from "../related/relatedTables";

/**
 * Queue and configuration names for the ids the deliveries store as text: one query per
 * table for every distinct id, never a query per row. `$filter` is an `or` of `eq` on the
 * primary key (the plainest filter both the platform's queue table and Contact Center's
 * configuration table take; `in` is not part of Dataverse's OData 4.0).
 *
 * The ids go in chunks so that each request URL stays under about 2,000 characters. The Web
 * API itself accepts URLs up to 32,768 characters, but a request also passes the browser,
 * proxies and gateways between the user and Dataverse, and around 2,000 characters is the
 * length every one of those has long been known to take; a chunk is still 30-odd ids, so a
 * period with a few hundred queues costs a handful of requests. The length counted is the
 * encoded one (a space travels as %20).
 *
 * Text that is no id (and no id at all) is never sent: it is shown as stored. An id the
 * query does not return (deleted, or not readable by this user) is shown as the id.
 */
export type NamedKind = "queue" | "configuration";

export interface NameQuery {
  kind: NamedKind;
  entitySetName: string;
  /** The `options` of retrieveMultipleRecords. */
  options: string;
  /** The ids this query asks for, lower case without braces. */
  ids: string[];
}

export interface NameQueryOptions {
  /** Longest URL allowed, prefix included. */
  maxUrlLength?: number;
  /** Room for what precedes the options: https://<org>.crm<n>.dynamics.com/api/data/v9.2/<entity set>. */
  prefixLength?: number;
}

export const defaultMaxUrlLength = 2000;
export const defaultUrlPrefixLength = 200;

/** The distinct ids among stored texts, lower case without braces, in order. */
export function distinctIds(storedTexts: Iterable<string | null | undefined>): string[] {
  const ids = new Set<string>();
  for (const text of storedTexts) {
    const parsed = parseRecordId(text);
    if (parsed.kind === "valid") ids.add(parsed.id);
  }
  return [...ids].sort();
}

/** Length of the options as they travel (encodeURI's escaping). */
const encodedLength = (options: string): number => encodeURI(options).length;

export function nameQueries(
  kind: NamedKind,
  storedTexts: Iterable<string | null | undefined>,
  options: NameQueryOptions = {},
): NameQuery[] {
  const table: RelatedTable = relatedTables[kind];
  const budget = (options.maxUrlLength ?? defaultMaxUrlLength) - (options.prefixLength ?? defaultUrlPrefixLength);
  const head = `?$select=${table.primaryIdAttribute},${table.primaryNameAttribute}&$filter=`;
  const condition = (id: string): string => `${table.primaryIdAttribute} eq ${id}`;
  const build = (ids: string[]): NameQuery => ({
    kind,
    entitySetName: table.entitySetName,
    options: head + ids.map(condition).join(" or "),
    ids,
  });
  if (encodedLength(head + condition("00000000-0000-0000-0000-000000000000")) > budget) {
    throw new RangeError(`A URL of ${options.maxUrlLength ?? defaultMaxUrlLength} characters cannot hold one id`);
  }
  const queries: NameQuery[] = [];
  let chunk: string[] = [];
  for (const id of distinctIds(storedTexts)) {
    if (chunk.length > 0 && encodedLength(build([...chunk, id]).options) > budget) {
      queries.push(build(chunk));
      chunk = [];
    }
    chunk.push(id);
  }
  if (chunk.length > 0) queries.push(build(chunk));
  return queries;
}

/** Names by id (lower case) from the records the name queries returned. */
export function namesFrom(kind: NamedKind, records: readonly Readonly<Record<string, unknown>>[]): Map<string, string> {
  const table = relatedTables[kind];
  const names = new Map<string, string>();
  for (const record of records) {
    const id = parseRecordId(
      typeof record[table.primaryIdAttribute] === "string" ? (record[table.primaryIdAttribute] as string) : "",
    );
    const name = record[table.primaryNameAttribute];
    if (id.kind === "valid" && typeof name === "string" && name.trim() !== "") names.set(id.id, name);
  }
  return names;
}

export interface DisplayName {
  text: string;
  /** A name was found; otherwise text is the id or the stored text. */
  resolved: boolean;
}

/** What to show for a group row (groups.ts): its name, else its id, else its stored text. */
export function displayNameOf(row: { id?: string; text: string }, names: ReadonlyMap<string, string>): DisplayName {
  const name = row.id === undefined ? undefined : names.get(row.id);
  return name === undefined ? { text: row.text, resolved: false } : { text: name, resolved: true };
}
