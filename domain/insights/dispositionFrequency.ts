import { parseDispositionCodes } from "../delivery/dispositionParse";
import { compareBuckets } from "./buckets";

/**
 * How often each disposition code was set, from deliveries counted by their stored
 * msdyn_disposition_codes text (an aggregate grouped by the text, or rows tallied the same
 * way). Each distinct text is parsed once, however many deliveries share it. A code counts
 * once per delivery (the parser drops repeats within one text); texts the parser had to
 * repair (an unterminated quote, text after a quote) still give the codes it read, and are
 * counted apart so the dashboard can say how many were malformed.
 */
export interface CodeCount {
  code: string;
  /** Deliveries whose text holds the code. */
  deliveries: number;
}

export interface DispositionFigures {
  codes: CodeCount[];
  /** Deliveries with at least one code. */
  withCodes: number;
  /** Deliveries with no code: no text, or only empty entries. withCodes + withoutCodes = deliveries counted. */
  withoutCodes: number;
  /** Deliveries whose text had a quoting problem (their readable codes are counted). */
  malformed: number;
  /** Distinct stored texts parsed. */
  distinctTexts: number;
}

/** How a text's codes are read: the domain parser, or a tally's memo of it (memo.ts). */
export type DispositionReader = (text: string) => Pick<ReturnType<typeof parseDispositionCodes>, "codes" | "problems">;

export function dispositionFiguresOf(
  counts: ReadonlyMap<string, number>,
  parse: DispositionReader = parseDispositionCodes,
): DispositionFigures {
  const codes = new Map<string, number>();
  const figures: DispositionFigures = { codes: [], withCodes: 0, withoutCodes: 0, malformed: 0, distinctTexts: 0 };
  for (const [text, count] of counts) {
    if (count <= 0) continue;
    figures.distinctTexts += 1;
    const parsed = parse(text);
    if (parsed.problems.length > 0) figures.malformed += count;
    if (parsed.codes.length === 0) {
      figures.withoutCodes += count;
      continue;
    }
    figures.withCodes += count;
    for (const code of parsed.codes) codes.set(code, (codes.get(code) ?? 0) + count);
  }
  figures.codes = [...codes]
    .map(([code, deliveries]) => ({ code, deliveries }))
    .sort((a, b) => compareBuckets({ count: a.deliveries, key: a.code }, { count: b.deliveries, key: b.code }));
  return figures;
}
