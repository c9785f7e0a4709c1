import { AttributeTypeChoice } from "../tables/names";
import type { AttributeGroupRef } from "./types";

const inputGroup: AttributeGroupRef = { key: "input", kind: "input", raw: String(AttributeTypeChoice.input) };
const resultGroup: AttributeGroupRef = { key: "result", kind: "result", raw: String(AttributeTypeChoice.result) };
const noTypeGroup: AttributeGroupRef = { key: "none", kind: "none", raw: "" };

/**
 * Maps a raw msdyn_type value to its group. Hosts hand the choice over as a number or as a
 * numeric string; any value outside the documented two stays visible under its own raw text.
 */
export function groupOf(type: unknown): AttributeGroupRef {
  // The platform hands the choice over as a number: the two documented values need no text.
  if (type === AttributeTypeChoice.input) return inputGroup;
  if (type === AttributeTypeChoice.result) return resultGroup;
  if (type === null || type === undefined) return noTypeGroup;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects went to JSON.stringify; only primitives reach String
  const raw = typeof type === "object" ? JSON.stringify(type) : String(type).trim();
  if (raw === "") return noTypeGroup;
  if (raw === inputGroup.raw) return inputGroup;
  if (raw === resultGroup.raw) return resultGroup;
  return { key: `unknown:${raw}`, kind: "unknown", raw };
}

const kindRank: Record<AttributeGroupRef["kind"], number> = { input: 0, result: 1, unknown: 2, none: 3 };

/** Input first, then Result, then unknown values by their raw text, rows without a type last. */
export function compareGroups(a: AttributeGroupRef, b: AttributeGroupRef): number {
  // Rows of one group meet far more often than groups do; localeCompare is the costly part.
  if (a.key === b.key) return 0;
  const byKind = kindRank[a.kind] - kindRank[b.kind];
  if (byKind !== 0) return byKind;
  return a.raw.localeCompare(b.raw, undefined, { numeric: true });
}
