import type { RelatedTable } from "../../domain/related/relatedTables";
import { retryAfterMs } from "../shared/retryAfter";
import { classifyWebApiError, isMissingTableError } from "../shared/webApiError";
import type { NameResolution, UnresolvedReason } from "./relatedState";

/** A throttled read is tried again this many times, each after the wait the server asked for. */
export const throttleRetries = 2;

/**
 * Names read while the app is open, per table and id. Module level on purpose: the platform
 * loads a control's bundle once per app session and every instance (another form, another
 * tab, the same form after a save) shares it, so no instance asks for a name another asked
 * for. The promise is kept, not only the answer, so two instances asking at once share one read.
 */
const pending = new Map<string, Promise<NameResolution>>();
const settled = new Map<string, NameResolution>();

// Worth asking again later: the row and the user's rights may be fine by then.
const passing: ReadonlySet<UnresolvedReason> = new Set<UnresolvedReason>(["throttled", "offline", "other"]);

const keyOf = (table: RelatedTable, id: string): string => `${table.logicalName}|${id}`;

function reasonOf(error: unknown): UnresolvedReason {
  return isMissingTableError(error) ? "unknownTable" : classifyWebApiError(error);
}

const wait = (milliseconds: number): Promise<void> =>
  new Promise((resolve) => {
    window.setTimeout(resolve, milliseconds);
  });

async function readName(webAPI: ComponentFramework.WebApi, table: RelatedTable, id: string): Promise<NameResolution> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const row = await webAPI.retrieveRecord(table.logicalName, id, `?$select=${table.primaryNameAttribute}`);
      const name = row[table.primaryNameAttribute] as unknown;
      return { kind: "resolved", name: typeof name === "string" ? name : "" };
    } catch (error) {
      const reason = reasonOf(error);
      if (reason !== "throttled" || attempt >= throttleRetries) return { kind: "failed", reason };
      await wait(retryAfterMs(error));
    }
  }
}

/** A name already read, so a view can show it without a moment of "Looking up". */
export function knownName(table: RelatedTable, id: string): NameResolution | undefined {
  return settled.get(keyOf(table, id));
}

/** The name of one row: from the cache, or one retrieveRecord of its primary name column. */
export function resolveName(
  webAPI: ComponentFramework.WebApi,
  table: RelatedTable,
  id: string,
): Promise<NameResolution> {
  const key = keyOf(table, id);
  let read = pending.get(key);
  if (!read) {
    read = readName(webAPI, table, id).then((resolution) => {
      if (resolution.kind === "failed" && passing.has(resolution.reason)) pending.delete(key);
      else settled.set(key, resolution);
      return resolution;
    });
    pending.set(key, read);
  }
  return read;
}
