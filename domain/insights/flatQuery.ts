import { DeliveryNames as D } from "../tables/names";
import { insightConditions } from "./conditions";
import type { InsightFilters } from "./filters";
import { odataFilter } from "./odataFilter";
import type { InsightPeriod } from "./period";

/**
 * The flat Web API reads: one table, the insight conditions as $filter, only the columns a
 * figure needs in $select, 5,000 rows a page (the Web API's largest page, asked for by
 * maxPageSize; $top would end paging) and the next page by @odata.nextLink. No $orderby:
 * aggregation does not care about order, and an order costs the server a sort on every page.
 */
export const insightPageSize = 5000;

/** The default cap of a flat read; the coverage says how much of the period it covers. */
export const defaultRowCap = 100_000;

/** What the time figures (and per day) need: the four dates, status (processed, active) and result (success). */
export const timeColumns = [D.status, D.result, D.windowStartDate, D.windowEndDate, D.startDate, D.endDate] as const;

/** What every figure needs when the server refuses aggregates: the time columns and each breakdown's column. */
export const fallbackColumns = [
  ...timeColumns,
  D.dialModeType,
  D.channel,
  D.configId,
  D.queueId,
  D.dispositionCodes,
  D.channelSentDate,
] as const;

export type FlatRead = "time" | "fallback";

export interface FlatReadPlan {
  read: FlatRead;
  entitySetName: string;
  /** The `options` of retrieveMultipleRecords for the first page. */
  options: string;
  /** The maxPageSize argument (or the Prefer: odata.maxpagesize header). */
  maxPageSize: number;
  /** Rows to read at most. */
  cap: number;
}

export function flatReadPlan(
  read: FlatRead,
  period: InsightPeriod,
  filters: InsightFilters = {},
  options: { cap?: number; pageSize?: number } = {},
): FlatReadPlan {
  const cap = options.cap ?? defaultRowCap;
  const pageSize = options.pageSize ?? insightPageSize;
  if (!Number.isInteger(cap) || cap < 1) throw new RangeError(`Not a row cap: ${cap}`);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > insightPageSize) {
    throw new RangeError(`Not a page size from 1 to ${insightPageSize}: ${pageSize}`);
  }
  const columns = read === "time" ? timeColumns : fallbackColumns;
  return {
    read,
    entitySetName: D.entitySet,
    options: `?$select=${columns.join(",")}&$filter=${odataFilter(insightConditions(period, filters))}`,
    maxPageSize: Math.min(pageSize, cap),
    cap,
  };
}
