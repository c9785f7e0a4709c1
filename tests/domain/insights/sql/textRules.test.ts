import { DuckDBInstance } from "@duckdb/node-api";
import { classifyDialMode, classifyResult, classifyStatus } from "../../../../domain/delivery";
import { bucketIdentity, groupIdentity } from "../../../../domain/insights";
import { characterTables, classifiedKinds, duckdb, type ClassifiedColumn } from "../../../../domain/insights/sql";
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
import { classifiedSpellings, idSpellings, whitespaceCharacters } from "./spellings";

/**
 * The SQL text rules, evaluated by DuckDB on hundreds of spellings, against domain/'s own
 * functions: every documented value with every whitespace character, "_" and "-" inside and
 * around it and in other cases, near misses, and record ids in every spelling.
 */
// DuckDB and the sample data take seconds to load; more on a machine busy with other builds.
jest.setTimeout(30_000);
const { whitespace, removed, caseMapping } = characterTables();

describe("the character tables come from domain/", () => {
  it("whitespace is what trim removes and \\s matches; removed adds _ and -", () => {
    expect(whitespaceCharacters.every((char) => char.trim() === "" && /^\s$/.test(char))).toBe(true);
    expect(whitespace).toHaveLength(25);
    expect(removed).toEqual([...whitespace, 0x2d, 0x5f].sort((a, b) => a - b));
  });

  it("the case mapping is A to Z and the Kelvin sign, and nothing beyond the BMP lower-cases to ASCII letters", () => {
    expect(caseMapping).toEqual([
      ...Array.from({ length: 26 }, (_, index) => [0x41 + index, String.fromCharCode(0x61 + index)]),
      [0x212a, "k"],
    ]);
    let astral = 0;
    for (let codePoint = 0x10000; codePoint <= 0x10ffff; codePoint += 1) {
      if (/^[a-z]+$/.test(String.fromCodePoint(codePoint).toLowerCase())) astral += 1;
    }
    expect(astral).toBe(0);
  });

  it("each column's kinds are the ones its classifier reads as themselves", () => {
    expect(classifiedKinds("status").map((entry) => entry.kind)).toEqual([
      "Cancelled",
      "Complete",
      "Error",
      "Expired",
      "InProcess",
      "Pending",
    ]);
    expect(classifiedKinds("dialMode").map((entry) => entry.kind)).toEqual([
      "Copilot",
      "Predictive",
      "Preview",
      "Progressive",
    ]);
    expect(classifiedKinds("result")).toHaveLength(18);
    expect(classifiedKinds("result").find((entry) => entry.kind === "NotDelivered")?.match).toBe("notdelivered");
  });
});

const classifiers: Readonly<Record<ClassifiedColumn, (raw: string) => { kind: string; text: string }>> = {
  status: classifyStatus,
  result: classifyResult,
  dialMode: classifyDialMode,
};

async function evaluate(
  texts: readonly string[],
  expressions: Record<string, string>,
): Promise<Record<string, string | null>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run("CREATE TABLE spellings (position INTEGER, stored VARCHAR)");
    const appender = await connection.createAppender("spellings");
    texts.forEach((text, position) => {
      appender.appendInteger(position);
      appender.appendVarchar(text);
      appender.endRow();
    });
    appender.closeSync();
    const columns = Object.entries(expressions).map(([name, expr]) => `${expr} AS ${name}`);
    const reader = await connection.runAndReadAll(`SELECT ${columns.join(", ")} FROM spellings ORDER BY position`);
    return reader.getRowObjectsJS() as Record<string, string | null>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("DuckDB reads every spelling as domain/ does", () => {
  for (const column of ["status", "result", "dialMode"] as const) {
    it(`${column}: kind, bucket key and bucket text`, async () => {
      const texts = classifiedSpellings(column);
      const kind = kindOf(duckdb, column, trimmed(duckdb, "stored"), normalised(duckdb, "stored"));
      const rows = await evaluate(texts, {
        kind,
        bucket_key: bucketKeyOf(duckdb, kind, trimmed(duckdb, "stored")),
        bucket_text: bucketTextOf(duckdb, kind, trimmed(duckdb, "stored")),
      });
      const expected = texts.map((text) => {
        const identity = bucketIdentity(classifiers[column](text));
        return { kind: identity.kind, bucket_key: identity.key, bucket_text: identity.text };
      });
      expect(texts.length).toBeGreaterThan(25 * classifiedKinds(column).length);
      expect(rows).toEqual(expected);
      expect(new Set(expected.map((entry) => entry.kind)).size).toBe(classifiedKinds(column).length + 2);
    });
  }

  it("record ids: kind, key, id and text as groupIdentity gives them", async () => {
    const texts = idSpellings();
    const id = recordIdOf(duckdb, trimmed(duckdb, "stored"));
    const kind = groupKindOf(duckdb, trimmed(duckdb, "stored"), id);
    const rows = await evaluate(texts, {
      kind,
      group_key: groupKeyOf(duckdb, kind, id, trimmed(duckdb, "stored")),
      id,
      group_text: groupTextOf(duckdb, kind, id, trimmed(duckdb, "stored")),
    });
    const expected = texts.map((text) => {
      const identity = groupIdentity(text);
      return { kind: identity.kind, group_key: identity.key, id: identity.id ?? null, group_text: identity.text };
    });
    expect(rows).toEqual(expected);
    expect(expected.filter((entry) => entry.kind === "id").length).toBeGreaterThan(50);
    expect(expected.filter((entry) => entry.kind === "malformed").length).toBeGreaterThan(50);
  });
});
