import type { AggregateQuery } from "../../domain/insights/aggregateQueries";
import type { FlatReadPlan } from "../../domain/insights/flatQuery";
import type { NameQuery } from "../../domain/insights/names";
import { insightRowOf, type InsightRow } from "../../domain/insights/row";
import { relatedTables } from "../../domain/related/relatedTables";
import { DeliveryNames as D } from "../../domain/tables/names";

/**
 * The Web API calls of the insights, each one request: an aggregate by its FetchXML, a page
 * of a flat read, a batch of names. Rows come back as plain records and become domain rows
 * here; no per-row typed conversion, since a flat read may bring 100,000 rows.
 */
export interface InsightPage {
  rows: InsightRow[];
  /** Records on the page, before the cap cut it. */
  rowCount: number;
  nextLink?: string;
}

type WebApi = Pick<ComponentFramework.WebApi, "retrieveMultipleRecords">;

export function sendAggregate(webAPI: WebApi) {
  return async (query: AggregateQuery): Promise<ComponentFramework.WebApi.Entity[]> =>
    (await webAPI.retrieveMultipleRecords(D.table, query.options)).entities;
}

export async function readPage(
  webAPI: WebApi,
  plan: Pick<FlatReadPlan, "maxPageSize">,
  options: string,
  accept: (rowCount: number) => number,
): Promise<InsightPage> {
  const answer = await webAPI.retrieveMultipleRecords(D.table, options, plan.maxPageSize);
  const entities = answer.entities;
  const take = accept(entities.length);
  const rows = new Array<InsightRow>(take);
  for (let index = 0; index < take; index += 1) rows[index] = insightRowOf(entities[index]);
  return { rows, rowCount: entities.length, ...(answer.nextLink ? { nextLink: answer.nextLink } : {}) };
}

export async function readNames(webAPI: WebApi, query: NameQuery): Promise<ComponentFramework.WebApi.Entity[]> {
  return (await webAPI.retrieveMultipleRecords(relatedTables[query.kind].logicalName, query.options)).entities;
}
