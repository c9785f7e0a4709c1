import { parseDispositionCodes } from "../../../../domain/delivery";
import { insightViews } from "../../../../domain/insights/sql";
import { generateSampleData } from "../../../../preview/data";
import { openInsightDatabase, type InsightDatabase } from "./database";
import { clientFigures, combinedDispositions, dispositionTextsOf, sqlFigures, type ItemTwoFigures } from "./figures";

/**
 * The views rendered for DuckDB over the preview's sample deliveries (2,257 rows, the broken
 * records included) against the client-side aggregation of the same rows: every figure of
 * item 2, exactly (toEqual, no tolerance: the success rates are the same doubles).
 */
// DuckDB and the sample data take seconds to load; more on a machine busy with other builds.
jest.setTimeout(30_000);
const records = generateSampleData().deliveries;
let database: InsightDatabase;
let sql: ItemTwoFigures;
let client: ItemTwoFigures;

beforeAll(async () => {
  database = await openInsightDatabase(records);
  sql = await sqlFigures(database);
  client = clientFigures(records);
});

afterAll(() => database.close());

describe("the sample data exercises what the views must get right", () => {
  it("holds unknown and empty values, missing and reversed dates, and texts only the parser reads", async () => {
    expect(client.byStatus.some((bucket) => bucket.kind === "unrecognised")).toBe(true);
    expect(client.byStatus.some((bucket) => bucket.kind === "empty")).toBe(true);
    expect(client.withoutWindowStart).toBeGreaterThan(0);
    expect(client.waitToCall.reversed + client.callDuration.reversed).toBeGreaterThan(0);
    expect(client.outsideWindow.missing).toBeGreaterThan(0);
    expect(client.callDuration.inProgress).toBeGreaterThan(0);
    expect(client.dispositions.malformed).toBeGreaterThan(0);
    const texts = await dispositionTextsOf(database);
    expect(texts.filter((entry) => !entry.sqlParsed).length).toBeGreaterThan(0);
    expect(texts.filter((entry) => entry.sqlParsed).length).toBeGreaterThan(100);
  });
});

describe("DuckDB over the sample data gives the client's figures", () => {
  it("every view has the columns its definition names (the T-SQL test checks the same list)", async () => {
    for (const view of insightViews) {
      const described = await database.query(`DESCRIBE pdx_insights.${view.name}`);
      expect({ view: view.name, columns: described.map((row) => row.column_name) }).toEqual({
        view: view.name,
        columns: [...view.columns],
      });
    }
  });

  it("totals: deliveries, processed, successful, success rate, expired without a call, without window start", () => {
    expect(sql.deliveries).toBe(records.length);
    expect({
      deliveries: sql.deliveries,
      processed: sql.processed,
      successful: sql.successful,
      successRate: sql.successRate,
      expiredWithoutCall: sql.expiredWithoutCall,
      withoutWindowStart: sql.withoutWindowStart,
    }).toEqual({
      deliveries: client.deliveries,
      processed: client.processed,
      successful: client.successful,
      successRate: client.successRate,
      expiredWithoutCall: client.expiredWithoutCall,
      withoutWindowStart: client.withoutWindowStart,
    });
  });

  it("deliveries by status, processed by result, processed by dial mode", () => {
    expect(sql.byStatus).toEqual(client.byStatus);
    expect(sql.processedByResult).toEqual(client.processedByResult);
    expect(sql.processedByDialMode).toEqual(client.processedByDialMode);
  });

  it("per configuration and per queue: total, processed, successful, success rate", () => {
    expect(sql.perConfiguration).toEqual(client.perConfiguration);
    expect(sql.perQueue).toEqual(client.perQueue);
  });

  it("per day and success by hour of day", () => {
    expect(sql.perDay).toEqual(client.perDay);
    expect(sql.successByHour).toEqual(client.successByHour);
  });

  it("wait to call, call duration (median and 90th percentile, nearest rank) and calls outside their window", () => {
    expect(sql.waitToCall).toEqual(client.waitToCall);
    expect(sql.callDuration).toEqual(client.callDuration);
    expect(sql.outsideWindow).toEqual(client.outsideWindow);
  });

  it("disposition code frequency from the texts the views group, each parsed once by the domain parser", () => {
    expect(sql.dispositions).toEqual(client.dispositions);
  });

  it("disposition code frequency read by SQL, completed by the parser for the texts SQL leaves to it", async () => {
    expect(await combinedDispositions(database)).toEqual(client.dispositions);
  });

  it("every text SQL reads holds the codes the parser reads, with no quoting problem", async () => {
    const codes = new Map<string, string[]>();
    for (const row of await database.view("disposition_text_codes")) {
      const text = String(row.disposition_text);
      codes.set(text, [...(codes.get(text) ?? []), String(row.code)]);
    }
    for (const entry of (await dispositionTextsOf(database)).filter((text) => text.sqlParsed)) {
      const parsed = parseDispositionCodes(entry.text);
      expect({ text: entry.text, problems: parsed.problems, codes: [...parsed.codes].sort() }).toEqual({
        text: entry.text,
        problems: [],
        codes: [...(codes.get(entry.text) ?? [])].sort(),
      });
      expect(entry.codes).toBe(parsed.codes.length);
    }
  });
});
