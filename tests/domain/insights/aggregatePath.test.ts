import { countFiguresByAggregates } from "../../../domain/insights";
import { configA, generatedRecords, queueA } from "./fixtures";
import { aggregatePathFigures, flatPathFigures } from "./aggregatePath";
import { handRecords } from "./handData";

const period = { start: new Date("2026-03-01T00:00:00.000Z"), end: new Date("2026-03-08T00:00:00.000Z") };

describe("the aggregate path and the fallback path", () => {
  it("give identical count figures on the hand data (row 9's bad window start falls outside both)", async () => {
    const aggregate = await aggregatePathFigures(handRecords, period);
    const flat = flatPathFigures(handRecords, period);
    expect(aggregate.figures).toEqual(flat.counts);
    expect(flat.rowsRead).toBe(9);
    expect(aggregate.figures.deliveries).toBe(9);
    expect(aggregate.requests).toBe(15);
  });

  it("give identical count figures on 20,000 generated deliveries, over 10 days of which the period holds 7", async () => {
    const records = generatedRecords(20_000, 7);
    const aggregate = await aggregatePathFigures(records, period);
    const flat = flatPathFigures(records, period);
    expect(aggregate.figures).toEqual(flat.counts);
    expect(flat.rowsRead).toBeGreaterThan(12_000);
    expect(flat.rowsRead).toBeLessThan(16_000);
    expect(aggregate.figures.deliveries).toBe(flat.rowsRead);
  });

  it("give identical figures with every filter set, an empty value among them", async () => {
    const records = generatedRecords(5000, 11);
    const filters = {
      queueIds: [queueA, ""],
      configurationIds: [configA, "not-a-guid"],
      dialModes: ["Copilot", "Robot"],
      channels: ["Voice", "voice", ""],
    };
    const aggregate = await aggregatePathFigures(records, period, filters);
    const flat = flatPathFigures(records, period, filters);
    expect(flat.rowsRead).toBeGreaterThan(0);
    expect(aggregate.figures).toEqual(flat.counts);
  });

  it("give the same empty figures for an empty period, the dependent wave sending nothing", async () => {
    const empty = { start: new Date("2030-01-01T00:00:00Z"), end: new Date("2030-01-02T00:00:00Z") };
    const aggregate = await aggregatePathFigures(handRecords, empty);
    expect(aggregate.requests).toBe(9);
    expect(aggregate.figures).toEqual(flatPathFigures(handRecords, empty).counts);
    expect(aggregate.figures.deliveries).toBe(0);
  });
});

describe("countFiguresByAggregates", () => {
  it("sends the first wave before the dependent one, and rejects when the server refuses a query", async () => {
    const sent: string[] = [];
    const refused = new Error("AggregateQueryRecordLimit exceeded. Cannot perform this operation.");
    await expect(
      countFiguresByAggregates(period, {}, (query) => {
        sent.push(query.spec.id);
        return Promise.reject(refused);
      }),
    ).rejects.toBe(refused);
    expect(sent).toHaveLength(9);
  });
});
