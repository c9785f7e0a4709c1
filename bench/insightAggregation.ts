/**
 * The insights' client-side aggregation in Node: 100,000 generated deliveries (the preview's
 * large sample, `generateSampleData({ periodDeliveries })`) read as the fallback path reads them,
 * 20 pages of 5,000 Web API records with the fallback's columns, each page turned into rows
 * (`insightRowOf`) and added to one `createInsightAccumulator()`, whose `addPage` gives the
 * updated figures after every page as the control shows them. The pages are made by the
 * preview's sample Web API before the clock starts, so only the domain's work is timed.
 *
 * Each run is a fresh accumulator over the same pages; one run before the timed ones warms the
 * code up (a control's first dashboard opens cold, every later one warm). Two figures: pages
 * from Web API records (rows made and aggregated, the control's work per page) and from rows
 * already made (the accumulator alone).
 */
import {
  createInsightAccumulator,
  defaultPeriod,
  flatReadPlan,
  insightRowOf,
  type InsightRow,
} from "../domain/insights";
import { DeliveryNames as D } from "../domain/tables";
import { createSampleWebApi, generateSampleData, SampleStore } from "../preview/data";
import { summarize, type Summary } from "./stats";

type Entity = ComponentFramework.WebApi.Entity;

export interface InsightAggregation {
  deliveries: number;
  pages: number;
  /** Records → rows → accumulator, every page: what the control does. */
  fromRecords: Summary;
  /** Rows → accumulator: the aggregation alone. */
  fromRows: Summary;
  /** Figures of the last run, as a check that every delivery was counted. */
  rowsRead: number;
  countedDeliveries: number;
}

async function fallbackPages(deliveries: number): Promise<Entity[][]> {
  const data = generateSampleData({ periodDeliveries: deliveries });
  const webApi = createSampleWebApi(new SampleStore(data));
  const plan = flatReadPlan("fallback", defaultPeriod(new Date(data.now)));
  const pages: Entity[][] = [];
  let options: string | undefined = plan.options;
  while (options) {
    const page = await webApi.retrieveMultipleRecords(D.table, options, plan.maxPageSize);
    pages.push(page.entities);
    options = page.nextLink;
  }
  return pages;
}

const elapsed = (started: bigint): number => Number(process.hrtime.bigint() - started) / 1e6;

export async function measureInsightAggregation(options: {
  runs: number;
  deliveries: number;
}): Promise<InsightAggregation> {
  const pages = await fallbackPages(options.deliveries);
  const rowPages: InsightRow[][] = pages.map((page) => page.map(insightRowOf));
  const fromRecords: number[] = [];
  const fromRows: number[] = [];
  let last = createInsightAccumulator().figures();
  for (let run = 0; run <= options.runs; run += 1) {
    let started = process.hrtime.bigint();
    const accumulator = createInsightAccumulator();
    for (const page of pages) last = accumulator.addPage(page.map(insightRowOf));
    const records = elapsed(started);
    started = process.hrtime.bigint();
    const rowsOnly = createInsightAccumulator();
    for (const page of rowPages) rowsOnly.addPage(page);
    const rows = elapsed(started);
    // Run 0 warms the code up.
    if (run === 0) continue;
    fromRecords.push(records);
    fromRows.push(rows);
  }
  return {
    deliveries: options.deliveries,
    pages: pages.length,
    fromRecords: summarize(fromRecords),
    fromRows: summarize(fromRows),
    rowsRead: last.rowsRead,
    countedDeliveries: last.counts?.deliveries ?? 0,
  };
}
