import { classifyDialMode, classifyResult, classifyStatus, parseDispositionCodes } from "../../../../domain/delivery";
import { bucketIdentity, groupIdentity } from "../../../../domain/insights";
import { tsql, type ClassifiedColumn } from "../../../../domain/insights/sql";
import { pieceReading } from "../../../../domain/insights/sql/dispositionViews";
import {
  bucketKeyOf,
  bucketTextOf,
  groupKeyOf,
  groupKindOf,
  groupTextOf,
  kindOf,
  normalised,
  recordIdOf,
  trimmed,
} from "../../../../domain/insights/sql/textRules";
import { DeliveryNames as D } from "../../../../domain/tables";
import { openInsightDatabase } from "./database";
import { classifiedSpellings, dispositionTexts, idSpellings } from "./spellings";
import { tsqlExpression, type Value } from "./tsqlModel";

/**
 * The T-SQL renderings of the text rules, evaluated by the model of T-SQL's string functions
 * (tsqlModel.ts) on the same spellings as the DuckDB tests, against domain/. The DuckDB views
 * run for real; this is the closest the T-SQL text gets to running without an endpoint.
 */
// DuckDB and the sample data take seconds to load; more on a machine busy with other builds.
jest.setTimeout(30_000);
describe("the T-SQL model behaves as T-SQL is documented to", () => {
  const value = (expression: string): Value => tsqlExpression(expression)({});
  it("ignores trailing spaces in = and LEN, and in the text LIKE matches, not in the pattern", () => {
    expect(value("CASE WHEN N'a ' = N'a' THEN 1 ELSE 0 END")).toBe(1);
    expect(value("LEN(N'a  ')")).toBe(1);
    expect(value("CASE WHEN N'a ' LIKE N'a' THEN 1 ELSE 0 END")).toBe(1);
    expect(value("CASE WHEN N'a' LIKE N'a ' THEN 1 ELSE 0 END")).toBe(0);
  });

  it("reads SUBSTRING, PATINDEX, CHARINDEX, REPLACE and CONCAT as T-SQL does", () => {
    expect(value("SUBSTRING(N'abc', 0, 2)")).toBe("a");
    expect(value("SUBSTRING(N'abc', 2, 2147483647)")).toBe("bc");
    expect(value("PATINDEX(N'%[^ ]%', N'  x ')")).toBe(3);
    expect(value("PATINDEX(N'%[^ ]%', N'   ')")).toBe(0);
    expect(value("CHARINDEX(N'b', N'abc')")).toBe(2);
    expect(value("REPLACE(N'a_b_c', N'_', N'')")).toBe("abc");
    expect(value("CONCAT(N'a', NULL, NCHAR(66))")).toBe("aB");
  });
});

const classifiers: Readonly<Record<ClassifiedColumn, (raw: string) => { kind: string; text: string }>> = {
  status: classifyStatus,
  result: classifyResult,
  dialMode: classifyDialMode,
};

describe("T-SQL reads every spelling as domain/ does", () => {
  for (const column of ["status", "result", "dialMode"] as const) {
    it(`${column}: kind, bucket key and bucket text`, () => {
      const trim = trimmed(tsql, "stored");
      const kind = tsqlExpression(kindOf(tsql, column, trim, normalised(tsql, "stored")));
      const key = tsqlExpression(bucketKeyOf(tsql, "kind", trim));
      const text = tsqlExpression(bucketTextOf(tsql, "kind", trim));
      for (const stored of classifiedSpellings(column)) {
        const identity = bucketIdentity(classifiers[column](stored));
        const read = kind({ stored });
        expect({ stored, kind: read, key: key({ stored, kind: read }), text: text({ stored, kind: read }) }).toEqual({
          stored,
          kind: identity.kind,
          key: identity.key,
          text: identity.text,
        });
      }
    });
  }

  it("record ids: kind, key, id and text", () => {
    const id = tsqlExpression(recordIdOf(tsql, "trimmed_text"));
    const kind = tsqlExpression(groupKindOf(tsql, "trimmed_text", "id"));
    const key = tsqlExpression(groupKeyOf(tsql, "kind", "id", "trimmed_text"));
    const text = tsqlExpression(groupTextOf(tsql, "kind", "id", "trimmed_text"));
    const trim = tsqlExpression(trimmed(tsql, "stored"));
    for (const stored of idSpellings()) {
      const row: Record<string, Value> = { stored, trimmed_text: trim({ stored }) };
      row.id = id(row);
      row.kind = kind(row);
      const identity = groupIdentity(stored);
      expect({ stored, kind: row.kind, key: key(row), id: row.id, text: text(row) }).toEqual({
        stored,
        kind: identity.kind,
        key: identity.key,
        id: identity.id ?? null,
        text: identity.text,
      });
    }
  });
});

/** The texts SQL reads as the parser does (judged by hand from the rules in dispositionViews.ts). */
const readBySql = new Set<string>(
  dispositionTexts.filter(
    (text) =>
      ![
        '"',
        '""""',
        '"A""B"',
        '"A\\"B"',
        '"A\\\\B"',
        '"A\\B"',
        '"A"B',
        '"A" B',
        '"A',
        'A,"B',
        '"A,B"',
        '"A, B", C',
        ' "PromiseToPay", SpokeToAgent,,"Said ""call me later""" , "PromiseToPay","Escaped \\"quote\\"",',
        '"CallbackRequested","WrongNumber',
      ].includes(text),
  ),
);

describe("disposition texts: SQL reads the texts it claims exactly as the parser does", () => {
  const expectedCodes = (text: string): string[] => [...parseDispositionCodes(text).codes].sort();

  it("T-SQL (model), with STRING_SPLIT's documented split on every comma", () => {
    const trim = tsqlExpression(trimmed(tsql, "value"));
    const reading = pieceReading(tsql, "piece");
    const readable = tsqlExpression(reading.readable);
    const code = tsqlExpression(reading.code);
    for (const text of dispositionTexts) {
      const pieces = text.split(",").map((value) => ({ piece: trim({ value }) }));
      const parsed = pieces.every((piece) => readable(piece) === 1);
      const codes = [...new Set(pieces.map((piece) => code(piece)).filter((entry) => entry !== ""))].sort();
      expect({ text, parsed }).toEqual({ text, parsed: readBySql.has(text) });
      if (parsed) {
        expect({ text, codes, problems: parseDispositionCodes(text).problems }).toEqual({
          text,
          codes: expectedCodes(text),
          problems: [],
        });
      }
    }
  });

  it("DuckDB, through the views", async () => {
    const database = await openInsightDatabase(
      dispositionTexts.map((text, index) => ({ [D.id]: String(index), [D.dispositionCodes]: text })),
    );
    try {
      const texts = await database.view("disposition_texts");
      const codes = await database.view("disposition_text_codes");
      expect(texts.map((row) => row.disposition_text).sort()).toEqual([...new Set(dispositionTexts)].sort());
      for (const row of texts) {
        const text = String(row.disposition_text);
        expect({ text, parsed: row.sql_parsed === 1 }).toEqual({ text, parsed: readBySql.has(text) });
        if (row.sql_parsed !== 1) continue;
        const read = codes.filter((entry) => entry.disposition_text === text).map((entry) => String(entry.code));
        expect({ text, codes: read.sort(), count: row.codes }).toEqual({
          text,
          codes: expectedCodes(text),
          count: expectedCodes(text).length,
        });
      }
    } finally {
      database.close();
    }
  });
});
