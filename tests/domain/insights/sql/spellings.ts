import { characterTables, classifiedKinds, type ClassifiedColumn } from "../../../../domain/insights/sql";

/**
 * Texts the SQL text rules must read exactly as domain/ does, shared by the DuckDB and the
 * T-SQL model tests: every documented value with every whitespace character, "_" and "-" in it
 * and around it and in other cases; near misses; record ids in every spelling; disposition
 * texts SQL reads and texts it must leave to the parser.
 */
export const whitespaceCharacters = characterTables().whitespace.map((code) => String.fromCharCode(code));

export function classifiedSpellings(column: ClassifiedColumn): string[] {
  const texts = new Set<string>(["", "   ", "_", "-", "Other", "Complete.", "\u0130nProcess", "Pr\u0131ogressive"]);
  // Unknown texts show trimmed, and blank ones are empty: every whitespace character on both sides.
  for (const space of whitespaceCharacters) texts.add(space).add(`${space}${space}`).add(`${space}Other value${space}`);
  for (const { kind } of classifiedKinds(column)) {
    const middle = Math.floor(kind.length / 2);
    texts.add(kind).add(kind.toLowerCase()).add(kind.toUpperCase()).add(`${kind}x`).add(kind.slice(1));
    texts.add(`${kind.slice(0, middle)}_${kind.slice(middle)}`).add(`-${kind}-`);
    texts.add(kind.replace(/k/gi, "\u212a")).add(kind.replace(/i/g, "\u0131"));
    for (const space of whitespaceCharacters) {
      texts.add(`${space}${kind.slice(0, middle)}${space}${kind.slice(middle)}${space}`);
    }
  }
  return [...texts];
}

export function idSpellings(): string[] {
  const id = "5a0c6f3e-1d2b-4c8e-9f00-00000000000a";
  const texts = new Set<string>([
    "",
    " ",
    "{}",
    "queue 7",
    id.slice(1),
    `${id}0`,
    id.replace("a", "g"),
    id.replace(/-/g, ""),
  ]);
  for (const form of [id, id.toUpperCase(), `{${id}}`, `{${id.toUpperCase()}}`, `{${id}`, `${id}}`, `{{${id}}}`]) {
    texts.add(form);
    for (const space of whitespaceCharacters) texts.add(`${space}${form}${space}`);
  }
  return [...texts];
}

export const dispositionTexts: readonly string[] = [
  "",
  " ",
  ",",
  ",,",
  " , , ",
  "A",
  " A ",
  "A,B",
  "A, B ,",
  "A,A,a",
  '"A"',
  ' "A" ',
  '"A","B"',
  '"A" ,"B",',
  '"A",A',
  '""',
  '" "',
  ' , "" , ',
  '"',
  '""""',
  '"A""B"',
  '"A\\"B"',
  '"A\\\\B"',
  '"A\\B"',
  "A\\B",
  'A"B',
  'A"',
  '"A"B',
  '"A" B',
  '"A',
  'A,"B',
  '"A,B"',
  '"A, B", C',
  "\u00a0A\u00a0,\u3000B\u3000",
  '"\u00a0A\u00a0"',
  '\u00a0"A"\u00a0',
  '"A"\t,\tB',
  "a\tb",
  "=cmd,+x",
  "\u{1f600},\u{1f600}",
  '"\u{1f600}"',
  '"PromiseToPay","SpokeToAgent"',
  ' "PromiseToPay", SpokeToAgent,,"Said ""call me later""" , "PromiseToPay","Escaped \\"quote\\"",',
  '"CallbackRequested","WrongNumber',
];
