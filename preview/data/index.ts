/**
 * The preview's data layer: deterministic sample data generated from domain/tables, an
 * in-memory store, and context.webAPI over it with a checked OData subset. Pure TypeScript
 * with no browser or Node API, shared by the browser preview and the Node tests.
 */
export * from "./generate";
export * from "./schema";
export * from "./store";
export * from "./types";
export * from "./webApi";
export { xssPayloads } from "./brokenRecords";
export {
  QuerySyntaxError,
  RecordNotFoundError,
  SampleWebApiError,
  UnknownPropertyError,
  UnsupportedQueryError,
  ValidationError,
} from "./odata/errors";
export { parseFilter } from "./odata/filter";
export { parseQuery, splitQuery, maxPageSize } from "./odata/query";
export {
  AggregateQueryRecordLimitError,
  AggregatesNotSupportedError,
  ElasticTableQueryError,
  FetchXmlUnknownAttributeError,
  aggregateQueryRecordLimitErrorCode,
  aggregatesNotSupportedErrorCode,
  defaultAggregateQueryRecordLimit,
} from "./fetchxml/errors";
export { aggregateModes, runFetchXml, type AggregateMode, type FetchXmlResponse } from "./fetchxml/query";
export { parseXml } from "./fetchxml/xml";
