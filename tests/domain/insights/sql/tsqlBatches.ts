import { Parser } from "node-sql-parser/build/transactsql";

/**
 * Reads the generated T-SQL file back: its GO-separated batches, and for each CREATE VIEW the
 * query parsed with node-sql-parser's transactsql grammar.
 *
 * node-sql-parser 5.4.0 has no CREATE VIEW rule for transactsql: given one, it reads the words
 * as a run of procedure-call-like statements and accepts almost anything (even
 * "CREATE VIEW v AS SELECT nonsense FROM nowhere"). So the header is checked here by pattern and
 * the view's query (WITH ... SELECT ...) is what the parser checks, which it does in full.
 */
const parser = new Parser();

export function batchesOf(file: string): string[] {
  if (!file.endsWith("\nGO\n")) throw new Error("The file does not end with a GO line");
  return file
    .slice(0, -"\nGO\n".length)
    .split(/\nGO\n/)
    .map((batch) => batch.trim());
}

/** The batch without its leading comment lines. */
export function statementOf(batch: string): string {
  return batch
    .split("\n")
    .filter((line) => !line.startsWith("--"))
    .join("\n")
    .trim();
}

export interface ParsedSelect {
  type: string;
  columns: { expr: { type: string; column?: unknown }; as: string | null }[];
}

function asSelect(ast: unknown): ParsedSelect {
  const statements = Array.isArray(ast) ? (ast as unknown[]) : [ast];
  if (statements.length !== 1) throw new Error(`Expected one statement, parsed ${statements.length}`);
  const statement = statements[0] as ParsedSelect;
  if (statement.type !== "select") throw new Error(`Expected a SELECT, parsed a ${statement.type}`);
  return statement;
}

export interface ParsedView {
  name: string;
  query: ParsedSelect;
  /** The output column names, in order. */
  columns: string[];
}

const createView = /^CREATE VIEW ([a-z_]+\.[a-z_]+) AS\n([\s\S]+);$/;

/** A CREATE VIEW batch: the header by pattern, the query by the T-SQL grammar (throws on either). */
export function parseViewBatch(batch: string): ParsedView {
  const match = createView.exec(statementOf(batch));
  if (!match) throw new Error(`Not a CREATE VIEW <schema>.<name> AS <query>; batch:\n${batch.slice(0, 200)}`);
  const query = asSelect(parser.astify(match[2]));
  const columns = query.columns.map((entry) => {
    if (entry.as) return entry.as;
    if (entry.expr.type === "column_ref" && typeof entry.expr.column === "string") return entry.expr.column;
    throw new Error(`A column of ${match[1]} has no name`);
  });
  return { name: match[1], query, columns };
}

/** A DROP VIEW IF EXISTS batch, parsed: the view it drops. */
export function parseDropBatch(batch: string): string {
  const ast = parser.astify(statementOf(batch)) as unknown;
  const statement = (Array.isArray(ast) ? (ast as unknown[])[0] : ast) as {
    type: string;
    keyword: string;
    prefix: string | null;
    name: { db: string; table: string }[];
  };
  if (statement.type !== "drop" || statement.keyword !== "view" || statement.prefix !== "if exists") {
    throw new Error(`Not a DROP VIEW IF EXISTS: ${batch.slice(0, 120)}`);
  }
  return statement.name.map((entry) => `${entry.db}.${entry.table}`).join(",");
}

/** What the parser makes of a statement, for showing its limits in the tests. */
export function statementTypes(sql: string): string[] {
  const ast = parser.astify(sql) as unknown;
  return (Array.isArray(ast) ? (ast as { type?: string; stmt?: { type: string } }[]) : [ast as { type: string }]).map(
    (entry) =>
      "type" in entry && entry.type ? entry.type : ((entry as { stmt?: { type: string } }).stmt?.type ?? "?"),
  );
}
