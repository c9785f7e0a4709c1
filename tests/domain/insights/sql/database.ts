import { DuckDBInstance, timestampValue, type DuckDBAppender, type DuckDBConnection } from "@duckdb/node-api";
import { isoTime } from "../../../../domain/insights";
import { duckdbStatements, type InsightScope } from "../../../../domain/insights/sql";
import { DeliveryNames as D } from "../../../../domain/tables";

/**
 * An in-memory DuckDB holding msdyn_proactive_delivery as the Fabric endpoint types it (text
 * columns as text, date columns as instants) and the insight views rendered for DuckDB.
 */
export type DeliveryRecord = Readonly<Record<string, unknown>>;

const textColumns = [D.id, D.status, D.result, D.dialModeType, D.channel, D.configId, D.queueId, D.dispositionCodes];
const dateColumns = [D.windowStartDate, D.windowEndDate, D.startDate, D.endDate, D.channelSentDate];
const sourceTable = `dbo.${D.table}`;

export type SqlValue = string | number | boolean | Date | null;
export type SqlRow = Record<string, SqlValue>;

export interface InsightDatabase {
  query(sql: string): Promise<SqlRow[]>;
  view(name: string): Promise<SqlRow[]>;
  close(): void;
}

function appendText(appender: DuckDBAppender, value: unknown, column: string): void {
  if (value === null || value === undefined) appender.appendNull();
  else if (typeof value === "string") appender.appendVarchar(value);
  else throw new Error(`${column} holds ${typeof value}, not text`);
}

/** A date column holds an instant or nothing: a text that is no date cannot reach the endpoint. */
function appendDate(appender: DuckDBAppender, value: unknown, column: string): void {
  if (value === null || value === undefined || value === "") {
    appender.appendNull();
    return;
  }
  const time = typeof value === "string" ? isoTime(value) : Number.NaN;
  if (!Number.isFinite(time)) throw new Error(`${column} holds ${JSON.stringify(value)}, which datetime2 cannot`);
  appender.appendTimestamp(timestampValue(BigInt(time) * BigInt(1000)));
}

async function load(connection: DuckDBConnection, records: readonly DeliveryRecord[]): Promise<void> {
  const columns = [...textColumns.map((name) => `${name} VARCHAR`), ...dateColumns.map((name) => `${name} TIMESTAMP`)];
  await connection.run(`CREATE SCHEMA dbo; CREATE TABLE ${sourceTable} (${columns.join(", ")})`);
  const appender = await connection.createAppender(D.table, "dbo");
  for (const record of records) {
    for (const name of textColumns) appendText(appender, record[name], name);
    for (const name of dateColumns) appendDate(appender, record[name], name);
    appender.endRow();
  }
  appender.closeSync();
}

function plain(value: unknown): SqlValue {
  if (typeof value === "bigint") return Number(value);
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) {
    return value;
  }
  throw new Error(`Unexpected value from DuckDB: ${String(value)}`);
}

export async function openInsightDatabase(
  records: readonly DeliveryRecord[],
  scope?: InsightScope,
): Promise<InsightDatabase> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await load(connection, records);
  for (const statement of duckdbStatements({ source: sourceTable, ...(scope ? { scope } : {}) })) {
    await connection.run(statement);
  }
  const query = async (sql: string): Promise<SqlRow[]> => {
    const reader = await connection.runAndReadAll(sql);
    return reader
      .getRowObjectsJS()
      .map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, plain(value)])));
  };
  return {
    query,
    view: (name) => query(`SELECT * FROM pdx_insights.${name}`),
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
