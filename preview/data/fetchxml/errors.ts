/**
 * How Dataverse refuses FetchXML, as the sample Web API refuses it.
 *
 * - AggregateQueryRecordLimitError: an aggregate whose filter matches more rows than the
 *   aggregate limit (50,000 by default). Code -2147164125 (0x8004E023) and the platform message,
 *   from Microsoft Learn "Aggregate data using FetchXml", section Limitations
 *   (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data);
 *   answered with HTTP 400 as Web API clients report it.
 * - ElasticTableQueryError: a query shape Microsoft lists as not supported on elastic tables
 *   ("Create and edit elastic tables", Features currently not supported:
 *   https://learn.microsoft.com/power-apps/maker/data-platform/create-edit-elastic-tables):
 *   ordering on lookup columns, column comparison, order by together with group by, filters on
 *   related tables (elastic tables support only left outer joins), distinct on user-owned
 *   tables. Microsoft documents no error code for these, so the preview uses the generic
 *   0x80040203 (InvalidArgument) with HTTP 400 and says in the message which limit it is.
 * - FetchXmlUnknownAttributeError: an attribute the table lacks, in the platform's wording
 *   for FetchXML (QueryBuilderNoAttribute, -2147217149 / 0x80041103).
 */
import { QuerySyntaxError, SampleWebApiError } from "../odata/errors";

/** Dataverse's default for queries that return aggregate values. */
export const defaultAggregateQueryRecordLimit = 50_000;

export const aggregateQueryRecordLimitErrorCode = -2147164125;

export class AggregateQueryRecordLimitError extends SampleWebApiError {
  /** Rows the query's filter matched, and the limit they exceeded: for tests and the host log. */
  readonly matched: number;
  readonly limit: number;

  constructor(matched: number, limit: number) {
    super(
      "AggregateQueryRecordLimit exceeded. Cannot perform this operation.",
      aggregateQueryRecordLimitErrorCode,
      400,
    );
    this.matched = matched;
    this.limit = limit;
  }
}

export class ElasticTableQueryError extends SampleWebApiError {
  /** Which documented elastic-table limitation the query ran into. */
  readonly limitation: string;

  constructor(table: string, limitation: string, detail: string) {
    super(`${detail} (${table} is an elastic table; elastic tables do not support ${limitation})`, -2147220989, 400);
    this.limitation = limitation;
  }
}

export class FetchXmlUnknownAttributeError extends QuerySyntaxError {
  readonly attribute: string;

  constructor(table: string, attribute: string) {
    super(
      `'${table}' entity doesn't contain attribute with Name = '${attribute}' and NameMapping = 'Logical'.`,
      -2147217149,
    );
    this.attribute = attribute;
  }
}
