/**
 * context.webAPI over the sample store: retrieveRecord, retrieveMultipleRecords (with
 * $select/$filter/$orderby/$top/$count and paging through nextLink, or ?fetchXml=: count
 * aggregates grouped by one column and plain queries, see fetchxml/query.ts), createRecord,
 * updateRecord and deleteRecord. Answers are shaped like the Dataverse Web API's (etag,
 * _<lookup>_value, formatted-value annotations for choices and lookups). Every failure,
 * including an unsupported query option, is a rejected promise, never a throw.
 *
 * Partitions as on an elastic table: retrieveRecord finds a row with a custom partitionid only
 * with ?partitionId='<p>', while retrieveMultipleRecords searches every partition. Writes
 * find a row by its id alone; the preview's own form saves through them and no control
 * writes a delivery, so modelling partitions there would test nothing of ours.
 */
import { lookupValueName, type StoreColumn, type StoreTable } from "./schema";
import { normalizeId, type SampleStore } from "./store";
import { SampleWebApiError } from "./odata/errors";
import type { ResolvedColumn } from "./odata/evaluate";
import { maxPageSize, parseQuery, splitQuery } from "./odata/query";
import { UnsupportedQueryError } from "./odata/errors";
import { runFetchXml, type AggregateMode } from "./fetchxml/query";
import type { Row } from "./types";

export type WebApiOperation =
  "retrieveRecord" | "retrieveMultipleRecords" | "createRecord" | "updateRecord" | "deleteRecord";

export interface WebApiRequest {
  operation: WebApiOperation;
  entityType: string;
  id?: string;
  options?: string;
  maxPageSize?: number;
  /** Rows returned (retrieve) or 1 (writes); undefined when the request failed. */
  rows?: number;
  /** performance.now() when the call was made and when it was answered: which calls overlapped. */
  startedAt?: number;
  answeredAt?: number;
  error?: string;
}

export interface SampleWebApiOptions {
  /** Base of nextLink URLs. */
  baseUrl?: string;
  /** Awaited before every answer: lets the preview simulate network latency. */
  delay?: () => Promise<void>;
  /** Called once per request, after it completed or failed. */
  onRequest?: (request: WebApiRequest) => void;
  /**
   * FetchXML aggregates whose filter matches more rows than this are refused with Dataverse's
   * AggregateQueryRecordLimit error (-2147164125). Default: Dataverse's 50,000 on standard
   * tables and none on the elastic tables (data-model.md: the limit applies to standard
   * tables); lower it (0 refuses every aggregate that matches a row) to try a control's fallback.
   */
  aggregateQueryRecordLimit?: number;
  /**
   * The switch for a control's fallback path: `answer` (default) answers aggregates; `refuse`
   * refuses every FetchXML aggregate with Dataverse's generic "Aggregates are not supported"
   * (-2147220970), `limit` with AggregateQueryRecordLimit (-2147164125), whatever it matches.
   * Flat reads and plain FetchXML are answered as ever.
   */
  aggregates?: AggregateMode;
}

type Entity = ComponentFramework.WebApi.Entity;
type LookupValue = ComponentFramework.LookupValue;

const formattedSuffix = "@OData.Community.Display.V1.FormattedValue";
const lookupTableSuffix = "@Microsoft.Dynamics.CRM.lookuplogicalname";

export interface SampleWebApi extends ComponentFramework.WebApi {
  /** Every request so far, oldest first. */
  readonly requests: readonly WebApiRequest[];
}

export type { AggregateMode } from "./fetchxml/query";

export function createSampleWebApi(store: SampleStore, options: SampleWebApiOptions = {}): SampleWebApi {
  const baseUrl = options.baseUrl ?? "/api/data/v9.2/";
  const requests: WebApiRequest[] = [];

  const allColumns = (table: StoreTable): ResolvedColumn[] =>
    [...table.columns.values()].map((column) => ({
      column,
      apiName: column.kind === "lookup" ? lookupValueName(column.logicalName) : column.logicalName,
    }));

  /** A value under a property name, with the annotations the Web API adds for its column type. */
  const putValue = (entity: Entity, apiName: string, column: StoreColumn, value: unknown): void => {
    entity[apiName] = value;
    if (value === null) return;
    if (column.kind === "choice") {
      const label = column.options?.find((option) => option.value === value)?.label;
      if (label !== undefined) entity[`${apiName}${formattedSuffix}`] = label;
    } else if (column.kind === "lookup" && column.target) {
      const targetTable = store.table(column.target);
      const target = store.get(column.target, String(value));
      entity[`${apiName}${lookupTableSuffix}`] = column.target;
      if (target) entity[`${apiName}${formattedSuffix}`] = target[targetTable.primaryNameAttribute] ?? "";
    }
  };

  const toEntity = (table: StoreTable, row: Row, select: ResolvedColumn[] | undefined): Entity => {
    const entity: Entity = { "@odata.etag": `W/"${String(row.modifiedon ?? "")}"` };
    const columns = select ?? allColumns(table);
    entity[table.primaryIdAttribute] = row[table.primaryIdAttribute];
    for (const { column, apiName } of columns) putValue(entity, apiName, column, row[column.logicalName] ?? null);
    return entity;
  };

  /** `?fetchXml=<encoded>` (or not encoded): the FetchXML, else undefined. */
  const fetchXmlOf = (query: string | undefined): string | undefined => {
    const text = (query ?? "").trim().replace(/^\?/, "");
    if (!/^fetchXml=/.test(text)) {
      if (splitQuery(query).some(([name]) => name === "fetchXml"))
        throw new UnsupportedQueryError("fetchXml with other query options", "send ?fetchXml= alone");
      return undefined;
    }
    const value = text.slice("fetchXml=".length);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  };

  async function run<T>(request: WebApiRequest, work: () => T, count: (result: T) => number): Promise<T> {
    const startedAt = performance.now();
    try {
      if (options.delay) await options.delay();
      const result = work();
      requests.push({ ...request, rows: count(result), startedAt, answeredAt: performance.now() });
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      requests.push({ ...request, error: message, startedAt, answeredAt: performance.now() });
      throw error instanceof SampleWebApiError ? error : new SampleWebApiError(message, -2147220970, 500);
    } finally {
      options.onRequest?.(requests[requests.length - 1]);
    }
  }

  /**
   * The rows a query matches, in its order. The next pages of a query (the same options, a
   * $skiptoken further) reuse what its first page found, as a server keeps a query's position,
   * until the store changes: a read of 100,000 rows in 20 pages filters them once, not 20 times.
   */
  const matched = new Map<string, Row[]>();
  store.subscribe(() => matched.clear());
  const matching = (entityType: string, parsed: ReturnType<typeof parseQuery>): Row[] => {
    const key = `${entityType}?${JSON.stringify(parsed.passthrough)}`;
    const known = matched.get(key);
    if (known) return known;
    let rows = store.rows(entityType).filter((row) => parsed.filter?.(row) ?? true);
    if (parsed.orderBy) rows = [...rows].sort(parsed.orderBy);
    if (matched.size >= 8) matched.delete(matched.keys().next().value as string);
    matched.set(key, rows);
    return rows;
  };

  const lookupResult = (logicalName: string, id: string): LookupValue => {
    const table = store.table(logicalName);
    const row = store.get(logicalName, id);
    return { entityType: logicalName, id, name: row ? String(row[table.primaryNameAttribute] ?? "") : "" };
  };

  return {
    requests,
    retrieveRecord: (entityType, id, query) =>
      run(
        { operation: "retrieveRecord", entityType, id, options: query },
        () => {
          const table = store.table(entityType);
          const parsed = parseQuery(query, table, "retrieveRecord");
          return toEntity(table, store.getInPartition(entityType, id, parsed.partitionId), parsed.select);
        },
        () => 1,
      ),
    retrieveMultipleRecords: (entityType, query, pageSize) =>
      run(
        { operation: "retrieveMultipleRecords", entityType, options: query, maxPageSize: pageSize },
        () => {
          const table = store.table(entityType);
          const fetchXml = fetchXmlOf(query);
          if (fetchXml !== undefined) {
            const answer = runFetchXml(fetchXml, {
              table,
              rows: store.rows(entityType),
              aggregateQueryRecordLimit: options.aggregateQueryRecordLimit,
              aggregates: options.aggregates,
              toEntity: (row, columns) => toEntity(table, row, columns),
              putValue,
            });
            return answer as ComponentFramework.WebApi.RetrieveMultipleResponse & Record<string, unknown>;
          }
          const parsed = parseQuery(query, table, "retrieveMultipleRecords");
          let rows = matching(entityType, parsed);
          const total = rows.length;
          if (parsed.top !== undefined) rows = rows.slice(0, parsed.top);
          const size = Math.min(Math.max(1, Math.floor(pageSize ?? maxPageSize)), maxPageSize);
          const page = rows.slice(parsed.skip, parsed.skip + size);
          const response: ComponentFramework.WebApi.RetrieveMultipleResponse & Record<string, unknown> = {
            entities: page.map((row) => toEntity(table, row, parsed.select)),
            nextLink: "",
          };
          const nextOffset = parsed.skip + size;
          if (nextOffset < rows.length) {
            const params = [...parsed.passthrough, ["$skiptoken", String(nextOffset)]]
              .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
              .join("&");
            response.nextLink = `${baseUrl}${table.entitySetName}?${params}`;
          } else {
            delete (response as Partial<typeof response>).nextLink;
          }
          if (parsed.count) response["@odata.count"] = total;
          return response;
        },
        (response) => response.entities.length,
      ),
    createRecord: (entityType, data) =>
      run(
        { operation: "createRecord", entityType },
        () => lookupResult(entityType, store.create(entityType, data)),
        () => 1,
      ),
    updateRecord: (entityType, id, data) =>
      run(
        { operation: "updateRecord", entityType, id },
        () => {
          store.update(entityType, id, data);
          return lookupResult(entityType, normalizeId(id));
        },
        () => 1,
      ),
    deleteRecord: (entityType, id) =>
      run(
        { operation: "deleteRecord", entityType, id },
        () => {
          const result = lookupResult(entityType, normalizeId(id));
          store.delete(entityType, id);
          return result;
        },
        () => 1,
      ),
  };
}
