/**
 * Reads msdyn_disposition_codes as agents and integrations really leave it: a comma
 * separated list of codes, quoted or not, with spaces, empty entries, duplicates, escaped
 * quotes (\" or ""), trailing commas, and now and then a missing closing quote. Parsing
 * never fails: it returns every code it could read plus the problems it met, with
 * 1-based character positions a person can find in the stored text.
 */
export type DispositionProblem =
  | { kind: "unterminatedQuote"; position: number }
  | { kind: "textAfterQuote"; position: number }
  | { kind: "tooLong"; length: number; limit: number };

export interface ParsedDispositions {
  /** Distinct codes in stored order, trimmed. */
  codes: string[];
  problems: DispositionProblem[];
  /** Codes that appeared again after their first occurrence (each repeat listed once per repeat). */
  duplicates: string[];
  /** Entries with no code: ",,", '""', a trailing comma. */
  emptyEntries: number;
}

interface Entry {
  code: string;
  next: number;
}

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

function skipSpaces(text: string, from: number): number {
  let index = from;
  while (isSpace(text[index])) {
    index += 1;
  }
  return index;
}

function readUnquoted(text: string, from: number): Entry {
  const comma = text.indexOf(",", from);
  const end = comma === -1 ? text.length : comma;
  return { code: text.slice(from, end).trim(), next: end };
}

/** Reads a quoted code starting at the opening quote; undefined when it is never closed. */
function readQuoted(text: string, open: number): { code: string; closedAt: number } | undefined {
  let code = "";
  let index = open + 1;
  while (index < text.length) {
    const char = text[index];
    const following = text[index + 1];
    if (char === "\\" && (following === '"' || following === "\\")) {
      code += following;
      index += 2;
    } else if (char === '"' && following === '"') {
      code += '"';
      index += 2;
    } else if (char === '"') {
      return { code, closedAt: index };
    } else {
      code += char;
      index += 1;
    }
  }
  return undefined;
}

function readEntry(text: string, from: number, problems: DispositionProblem[]): Entry {
  const start = skipSpaces(text, from);
  if (text[start] !== '"') {
    return readUnquoted(text, start);
  }
  const quoted = readQuoted(text, start);
  if (!quoted) {
    // Recover by reading the rest as unquoted entries, so "A,B without its closing quote
    // still shows A and B.
    problems.push({ kind: "unterminatedQuote", position: start + 1 });
    return readUnquoted(text, start + 1);
  }
  const afterQuote = skipSpaces(text, quoted.closedAt + 1);
  if (afterQuote >= text.length || text[afterQuote] === ",") {
    return { code: quoted.code.trim(), next: afterQuote };
  }
  // Keep stray text with its code rather than lose characters someone typed.
  problems.push({ kind: "textAfterQuote", position: afterQuote + 1 });
  const stray = readUnquoted(text, afterQuote);
  return { code: `${quoted.code}${stray.code}`.trim(), next: stray.next };
}

export function parseDispositionCodes(text: string | null | undefined, limit?: number): ParsedDispositions {
  const source = text ?? "";
  const result: ParsedDispositions = { codes: [], problems: [], duplicates: [], emptyEntries: 0 };
  if (limit !== undefined && source.length > limit) {
    result.problems.push({ kind: "tooLong", length: source.length, limit });
  }
  if (!source.trim()) {
    return result;
  }
  const seen = new Set<string>();
  let index = 0;
  for (;;) {
    const entry = readEntry(source, index, result.problems);
    if (!entry.code) {
      result.emptyEntries += 1;
    } else if (seen.has(entry.code)) {
      result.duplicates.push(entry.code);
    } else {
      seen.add(entry.code);
      result.codes.push(entry.code);
    }
    if (entry.next >= source.length) {
      return result;
    }
    // entry.next sits on a comma: the next entry starts after it (possibly empty, if trailing).
    index = entry.next + 1;
  }
}
