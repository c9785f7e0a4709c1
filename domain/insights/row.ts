import { DeliveryNames as D } from "../tables/names";
import { isoTime } from "./isoTime";

/**
 * One delivery as the insights read it: the columns of the flat reads (flatQuery.ts), each
 * optional since a read selects only what it needs. A date is its time in milliseconds
 * (insightRowOf makes no Date object: a read of 100,000 deliveries carries 400,000 dates) or a
 * Date; a stored value that is no date is NaN (or an invalid Date), which the metrics count
 * as a bad date rather than as no date.
 */
export type InsightTime = number | Date;

export interface InsightRow {
  status?: string | null;
  result?: string | null;
  dialMode?: string | null;
  channel?: string | null;
  configurationId?: string | null;
  queueId?: string | null;
  dispositionCodes?: string | null;
  windowStart?: InsightTime | null;
  windowEnd?: InsightTime | null;
  callStart?: InsightTime | null;
  callEnd?: InsightTime | null;
  /** msdyn_channel_sent_date: a message delivery's sent date, where a call has its start. */
  sentDate?: InsightTime | null;
}

export const rowTextColumns = {
  status: D.status,
  result: D.result,
  dialMode: D.dialModeType,
  channel: D.channel,
  configurationId: D.configId,
  queueId: D.queueId,
  dispositionCodes: D.dispositionCodes,
} as const;

export const rowDateColumns = {
  windowStart: D.windowStartDate,
  windowEnd: D.windowEndDate,
  callStart: D.startDate,
  callEnd: D.endDate,
  sentDate: D.channelSentDate,
} as const;

function textOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  // A text column holds text; a number or flag from some other writer is shown as itself.
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

function dateOf(value: unknown): InsightTime | null {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) return value;
  // The Web API writes date-times as ISO 8601 text in UTC; anything else is no date (NaN).
  return typeof value === "string" ? isoTime(value) : typeof value === "number" ? value : Number.NaN;
}

/**
 * A Web API record (retrieveMultipleRecords' entities) as an InsightRow; absent columns stay
 * absent. Written out column by column: each read then has one fixed key, which V8 makes
 * fast, where a loop over the column pairs cost more than twice as much over 100,000 records.
 */
export function insightRowOf(record: Readonly<Record<string, unknown>>): InsightRow {
  const row: InsightRow = {};
  const text = rowTextColumns;
  const date = rowDateColumns;
  const status = record[text.status];
  if (status !== undefined || text.status in record) row.status = textOf(status);
  const result = record[text.result];
  if (result !== undefined || text.result in record) row.result = textOf(result);
  const dialMode = record[text.dialMode];
  if (dialMode !== undefined || text.dialMode in record) row.dialMode = textOf(dialMode);
  const channel = record[text.channel];
  if (channel !== undefined || text.channel in record) row.channel = textOf(channel);
  const configurationId = record[text.configurationId];
  if (configurationId !== undefined || text.configurationId in record) row.configurationId = textOf(configurationId);
  const queueId = record[text.queueId];
  if (queueId !== undefined || text.queueId in record) row.queueId = textOf(queueId);
  const dispositionCodes = record[text.dispositionCodes];
  if (dispositionCodes !== undefined || text.dispositionCodes in record)
    row.dispositionCodes = textOf(dispositionCodes);
  const windowStart = record[date.windowStart];
  if (windowStart !== undefined || date.windowStart in record) row.windowStart = dateOf(windowStart);
  const windowEnd = record[date.windowEnd];
  if (windowEnd !== undefined || date.windowEnd in record) row.windowEnd = dateOf(windowEnd);
  const callStart = record[date.callStart];
  if (callStart !== undefined || date.callStart in record) row.callStart = dateOf(callStart);
  const callEnd = record[date.callEnd];
  if (callEnd !== undefined || date.callEnd in record) row.callEnd = dateOf(callEnd);
  const sentDate = record[date.sentDate];
  if (sentDate !== undefined || date.sentDate in record) row.sentDate = dateOf(sentDate);
  return row;
}
