import { normaliseValue } from "../../delivery/valueClass";

/**
 * The character tables the SQL needs to read text exactly as domain/ does, worked out from
 * domain/'s own functions (never listed by hand), so a change there changes the SQL too:
 *
 * - whitespace: what String.prototype.trim removes, which is also what /\s/ matches (the
 *   classifiers and record ids trim, the disposition parser skips /\s/); the two are checked
 *   to be the same set;
 * - removed: what normaliseValue (domain/delivery/valueClass.ts) drops (whitespace, "_", "-");
 * - case mapping: every character normaliseValue turns into ASCII lower-case letters. The
 *   documented values are ASCII letters, so only these mappings can make a text match one; the
 *   SQL applies exactly these with REPLACE rather than LOWER, whose table for other characters
 *   (a dotted capital I, say) need not be JavaScript's.
 *
 * Only UTF-16 code units are probed: no character outside the Basic Multilingual Plane is
 * whitespace, and none lower-cases to an ASCII letter (a test probes every code point).
 */
export interface CharacterTables {
  /** Code units trim removes, ascending. */
  whitespace: readonly number[];
  /** Code units normaliseValue removes, ascending. */
  removed: readonly number[];
  /** Code unit to the ASCII letters normaliseValue makes of it, for every one that is not already such a letter. */
  caseMapping: readonly (readonly [number, string])[];
}

const lastCodeUnit = 0xffff;
const asciiLowerLetters = /^[a-z]+$/;

function deriveTables(): CharacterTables {
  const whitespace: number[] = [];
  const removed: number[] = [];
  const caseMapping: [number, string][] = [];
  for (let code = 0; code <= lastCodeUnit; code += 1) {
    const char = String.fromCharCode(code);
    const trimmedAway = char.trim() === "";
    if (trimmedAway !== /\s/.test(char)) {
      throw new Error(`trim and \\s disagree on U+${code.toString(16)}: the SQL cannot follow both`);
    }
    if (trimmedAway) whitespace.push(code);
    const normalised = normaliseValue(char);
    if (normalised === "") removed.push(code);
    else if (normalised !== char && asciiLowerLetters.test(normalised)) caseMapping.push([code, normalised]);
  }
  return { whitespace, removed, caseMapping };
}

let tables: CharacterTables | undefined;

/** Worked out once (65,536 probes, a few milliseconds) and kept. */
export function characterTables(): CharacterTables {
  tables ??= deriveTables();
  return tables;
}
