import { insightViews, insightsSchema, renderFabricSqlFile } from "../../../../domain/insights/sql";
import { batchesOf, parseDropBatch, parseViewBatch, statementOf, statementTypes } from "./tsqlBatches";

/**
 * The T-SQL file shipped beside the zips: every view's query parses with node-sql-parser's
 * transactsql grammar, the batches are in the order the views need, and the text is the same
 * on every build.
 */
const file = renderFabricSqlFile();
const batches = batchesOf(file);

describe("the generated T-SQL file", () => {
  it("is the same text on every render, ASCII only, with LF line ends", () => {
    expect(renderFabricSqlFile()).toBe(file);
    expect(/^[\x20-\x7e\n]*$/.test(file)).toBe(true);
    expect(file).not.toContain("\r");
  });

  it("creates the schema first, then drops and creates each view in its own batches", () => {
    expect(statementOf(batches[0])).toBe(
      `IF SCHEMA_ID(N'${insightsSchema}') IS NULL EXEC(N'CREATE SCHEMA ${insightsSchema}');`,
    );
    expect(batches).toHaveLength(1 + 2 * insightViews.length);
    insightViews.forEach((view, index) => {
      const name = `${insightsSchema}.${view.name}`;
      expect(parseDropBatch(batches[1 + 2 * index])).toBe(name);
      expect(parseViewBatch(batches[2 + 2 * index]).name).toBe(name);
    });
  });

  it("every view's query parses as one T-SQL SELECT with the columns its definition names", () => {
    for (const [index, view] of insightViews.entries()) {
      const parsed = parseViewBatch(batches[2 + 2 * index]);
      expect({ view: view.name, columns: parsed.columns }).toEqual({ view: view.name, columns: [...view.columns] });
    }
  });

  it("a view reads only the delivery table and views created before it", () => {
    const created = new Set<string>();
    for (const [index, view] of insightViews.entries()) {
      const { name } = parseViewBatch(batches[2 + 2 * index]);
      const read = [
        ...statementOf(batches[2 + 2 * index]).matchAll(/\bFROM ([a-z_]+\.[a-z_]+)|JOIN ([a-z_]+\.[a-z_]+)/g),
      ]
        .map((match) => match[1] ?? match[2])
        .filter((reference) => reference !== name);
      for (const reference of read) {
        expect({
          view: view.name,
          reads: reference,
          known: reference === "dbo.msdyn_proactive_delivery" || created.has(reference),
        }).toEqual({
          view: view.name,
          reads: reference,
          known: true,
        });
      }
      created.add(name);
    }
  });

  it("comments each view with what it computes", () => {
    for (const [index, view] of insightViews.entries()) {
      const drop = batches[1 + 2 * index];
      for (const line of view.summary) expect(drop).toContain(`-- ${line}`);
      expect(file).toContain(`--   ${insightsSchema}.${view.name}: ${view.title}`);
    }
  });
});

describe("the check can fail", () => {
  const good = batches[2 + 2 * insightViews.findIndex((view) => view.name === "wait_to_call")];

  it("rejects a view whose query has a syntax error", () => {
    expect(() => parseViewBatch(good)).not.toThrow();
    expect(() => parseViewBatch(good.replace("OVER (PARTITION BY", "OVER PARTITION BY"))).toThrow();
    expect(() => parseViewBatch(good.replace(/\)\nSELECT/, "\nSELECT"))).toThrow();
    expect(() => parseViewBatch(good.replace(" AS median_ms,", " AS median_ms,,"))).toThrow();
  });

  it("rejects a batch that is not CREATE VIEW <schema>.<name> AS <query>;", () => {
    expect(() => parseViewBatch(good.replace("CREATE VIEW", "CREATE VEIW"))).toThrow();
    expect(() => parseViewBatch(good.replace(/;$/, ""))).toThrow();
    expect(() => parseViewBatch("CREATE VIEW pdx_insights.v AS\nDELETE FROM t;")).toThrow();
  });

  it("does not rely on the parser for CREATE VIEW, which it accepts as procedure calls even when broken", () => {
    // Eight words read as four "name value" statements; no CREATE among them.
    expect(statementTypes("CREATE VIEW v AS SELECT nonsense FROM nowhere")).toEqual([
      "assign",
      "assign",
      "assign",
      "assign",
    ]);
    expect(() => statementTypes("SELECT garbage garbage garbage")).toThrow();
  });
});
