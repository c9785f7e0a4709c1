/**
 * Disposition code frequency. The client counts deliveries per stored msdyn_disposition_codes
 * text and parses each distinct text once with domain/delivery/dispositionParse.ts; the views
 * give the same counts per text, so any consumer can do exactly that (the tests do, and get the
 * client's figures).
 *
 * The endpoint has no recursive queries, so SQL cannot follow the parser through quotes,
 * escapes and repairs. It can follow it exactly on the texts where those never arise, and does:
 * a text SQL reads is one whose comma-separated pieces, trimmed, are each either unquoted (not
 * starting with a double quote; the code is the piece) or a whole quoted code ("..." with no
 * double quote or backslash inside; the code is its inside, trimmed). On such a text every
 * parser entry is one piece, so the codes are the same, repeats count once, and there is no
 * quoting problem to report. Every other text is marked sql_parsed = 0 and left to the parser.
 */
import { caseWhen, column, select, withSteps } from "./query";
import type { SqlDialect } from "./dialect";
import { trimmed } from "./textRules";
import { deliveriesViewName, qualified, type ViewContext, type ViewDefinition } from "./viewContext";

/**
 * How SQL reads one comma-separated piece (already trimmed): `readable` is 1 when the piece
 * is unquoted or a whole quoted code with no quote or backslash inside, `code` what the parser
 * reads from it then.
 */
export function pieceReading(d: SqlDialect, piece: string): { readable: string; code: string } {
  const quote = '"';
  const length = d.length(piece);
  const inside = d.substring(piece, "2", caseWhen([[`${length} >= 2`, `${length} - 2`]], "0"));
  return {
    readable: caseWhen(
      [
        [`NOT (${d.startsWith(piece, quote)})`, "1"],
        [
          `${length} >= 2 AND ${d.endsWith(piece, quote)} AND NOT (${d.contains(inside, quote)}) AND NOT (${d.contains(inside, "\\")})`,
          "1",
        ],
      ],
      "0",
    ),
    code: caseWhen([[d.startsWith(piece, quote), trimmed(d, inside)]], piece),
  };
}

function pieceSteps(context: ViewContext): [string, string][] {
  const d = context.dialect;
  const reading = pieceReading(d, "piece");
  return [
    [
      "texts",
      select({
        columns: [column("disposition_text"), column("COUNT(*)", "deliveries")],
        from: `${qualified(context, deliveriesViewName)} AS d`,
        groupBy: ["disposition_text"],
      }),
    ],
    [
      "pieces",
      select({
        columns: [column("t.disposition_text", "disposition_text"), column(trimmed(d, "p.value"), "piece")],
        from: d.splitJoin("texts AS t", "t.disposition_text", "p"),
      }),
    ],
    [
      "readings",
      select({
        columns: [column("disposition_text"), column(reading.readable, "readable"), column(reading.code, "code")],
        from: "pieces",
      }),
    ],
    [
      "per_text",
      select({
        columns: [
          column("disposition_text"),
          column("MIN(readable)", "sql_parsed"),
          column(`COUNT(DISTINCT CASE WHEN code <> ${d.text("")} THEN code END)`, "codes"),
        ],
        from: "readings",
        groupBy: ["disposition_text"],
      }),
    ],
  ];
}

export const dispositionTextsView: ViewDefinition = {
  name: "disposition_texts",
  title: "deliveries per stored disposition text, and whether SQL reads it as the domain parser does",
  summary: [
    "Deliveries per stored disposition text (no text counts as ''), as the client aggregates them.",
    "sql_parsed = 1 where SQL reads the text exactly as the domain parser does (see",
    "disposition_text_codes), with codes = how many distinct codes it holds; sql_parsed = 0 for a",
    "text with quotes inside codes, escapes or quoting mistakes: parse those texts with",
    "domain/delivery/dispositionParse.ts (each distinct text once) for their codes.",
  ],
  columns: ["disposition_text", "deliveries", "sql_parsed", "codes"],
  body(context) {
    return withSteps(
      pieceSteps(context),
      select({
        columns: [
          column("t.disposition_text", "disposition_text"),
          column("t.deliveries", "deliveries"),
          // A text no piece came back for (an engine that splits '' into nothing) holds no code.
          column("COALESCE(p.sql_parsed, 1)", "sql_parsed"),
          column(caseWhen([["COALESCE(p.sql_parsed, 1) = 1", "COALESCE(p.codes, 0)"]]), "codes"),
        ],
        from: "texts AS t LEFT JOIN per_text AS p ON p.disposition_text = t.disposition_text",
      }),
    );
  },
};

export const dispositionTextCodesView: ViewDefinition = {
  name: "disposition_text_codes",
  title: "the codes of each text SQL reads",
  summary: [
    "Each distinct code of each text SQL reads (sql_parsed = 1), one row per text and code: the",
    "codes the domain parser reads from that text, a repeat counted once, empty entries dropped.",
  ],
  columns: ["disposition_text", "code"],
  body(context) {
    return withSteps(
      pieceSteps(context),
      `SELECT DISTINCT r.disposition_text, r.code\nFROM readings AS r INNER JOIN per_text AS p ON p.disposition_text = r.disposition_text\nWHERE p.sql_parsed = 1 AND r.code <> ${context.dialect.text("")}`,
    );
  },
};

export const dispositionCodeFrequencyView: ViewDefinition = {
  name: "disposition_code_frequency",
  title: "deliveries per disposition code, over the texts SQL reads",
  summary: [
    "Deliveries per disposition code, over the texts SQL reads (sql_parsed = 1) only. For the",
    "complete frequency add the codes of the sql_parsed = 0 texts of disposition_texts, each",
    "parsed once by the domain parser and counted with that text's deliveries.",
  ],
  columns: ["code", "deliveries"],
  body(context) {
    return select({
      columns: [column("c.code", "code"), column("SUM(t.deliveries)", "deliveries")],
      from:
        `${qualified(context, dispositionTextCodesView.name)} AS c ` +
        `INNER JOIN ${qualified(context, dispositionTextsView.name)} AS t ON t.disposition_text = c.disposition_text`,
      groupBy: ["c.code"],
    });
  },
};
