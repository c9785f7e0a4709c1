import { flatReadPlan, type InsightFilters, type InsightPeriod } from "../../../../domain/insights";
import { DeliveryNames as D } from "../../../../domain/tables";
import { generateSampleData } from "../../../../preview/data";
import { filterPredicate, queryOptions } from "../serverModel";
import { openInsightDatabase, type DeliveryRecord } from "./database";
import { clientFigures, sqlFigures } from "./figures";

/**
 * The views rendered for a period and filters: the same conditions the flat Web API read
 * sends (domain/insights/conditions.ts), so the views cover exactly the rows that read returns
 * (selected here by the tests' model of the Web API $filter) and give the client's figures for
 * them; an empty period gives the client's figures of no rows (zeros, 24 empty hours).
 */
// DuckDB and the sample data take seconds to load; more on a machine busy with other builds.
jest.setTimeout(30_000);
const records = generateSampleData().deliveries;

function selected(period: InsightPeriod, filters: InsightFilters): DeliveryRecord[] {
  const filter = queryOptions(flatReadPlan("fallback", period, filters).options).get("$filter");
  if (!filter) throw new Error("The flat read has no $filter");
  return records.filter(filterPredicate(filter));
}

/** The most frequent stored value of a column: a filter value the sample data surely holds. */
function commonest(column: string): string {
  const counts = new Map<string, number>();
  for (const record of records) {
    const value = record[column];
    if (typeof value === "string") counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

async function viewFiguresFor(period: InsightPeriod, filters: InsightFilters = {}) {
  const database = await openInsightDatabase(records, { period, filters });
  try {
    return await sqlFigures(database);
  } finally {
    database.close();
  }
}

describe("the views for a period and filters", () => {
  it("give the client's figures for the rows the flat read selects", async () => {
    const period = { start: new Date("2025-05-01T00:00:00.000Z"), end: new Date("2025-05-20T00:00:00.000Z") };
    const filters: InsightFilters = { dialModes: [commonest(D.dialModeType), ""], queueIds: [commonest(D.queueId)] };
    const rows = selected(period, filters);
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.length).toBeLessThan(records.length / 4);
    const figures = await viewFiguresFor(period, filters);
    expect(figures.deliveries).toBe(rows.length);
    expect(figures).toEqual(clientFigures(rows));
  });

  it("give the client's figures of no rows for a period without deliveries", async () => {
    const period = { start: new Date("2030-01-01T00:00:00.000Z"), end: new Date("2030-01-02T00:00:00.000Z") };
    expect(selected(period, {})).toHaveLength(0);
    const figures = await viewFiguresFor(period);
    expect(figures).toEqual(clientFigures([]));
    expect(figures.deliveries).toBe(0);
    expect(figures.successByHour).toHaveLength(24);
    expect(figures.perDay).toEqual([]);
    expect(figures.waitToCall).toEqual({ count: 0, missing: 0, reversed: 0 });
  });
});
