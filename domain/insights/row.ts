import { DeliveryNames as D } from "../tables/names";
import { isoTime } from "./isoTime";

/**
 * One delivery as the insights read it: the columns of the flat reads (flatQuery.ts), each
 * optional since a read selects only what it needs. Dates are Date objects; a stored value
 * that is no date is an invalid Date (NaN), which the metrics count as a bad date rather
 * than as no date.
 */
export interface InsightRow {
  status?: string | null;
  result?: string | null;
  dialMode?: string | null;
  channel?: string | null;
  configurationId?: string | null;
  queueId?: string | null;
  dispositionCodes?: string | null;
  windowStart?: Date | null;
  windowEnd?: Date | null;
  callStart?: Date | null;
  callEnd?: Date | null;
  /** msdyn_channel_sent_date: a message delivery's sent date, where a call has its start. */
  sentDate?: Date | null;
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

function dateOf(value: unknown): Date | null {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) return value;
  // The Web API writes date-times as ISO 8601 text in UTC; anything else becomes an invalid date.
  return new Date(typeof value === "string" ? isoTime(value) : typeof value === "number" ? value : Number.NaN);
}

const textPairs = Object.entries(rowTextColumns) as [keyof typeof rowTextColumns, string][];
const datePairs = Object.entries(rowDateColumns) as [keyof typeof rowDateColumns, string][];

/** A Web API record (retrieveMultipleRecords' entities) as an InsightRow; absent columns stay absent. */
export function insightRowOf(record: Readonly<Record<string, unknown>>): InsightRow {
  const row: InsightRow = {};
  for (const [field, column] of textPairs) if (column in record) row[field] = textOf(record[column]);
  for (const [field, column] of datePairs) if (column in record) row[field] = dateOf(record[column]);
  return row;
}
