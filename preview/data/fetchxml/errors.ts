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
 * - AggregatesNotSupportedError: a table whose storage runs no aggregates refuses every one.
 *   Dataverse answers so on its log storage tables, kept outside its SQL store as elastic tables
 *   are: the platform's generic error -2147220970 (0x80040216) with the message "Aggregates are
 *   not supported", which SQL 4 CDS (MarkMpn/Sql4Cds, ExecutionPlan/HashMatchAggregateNode.cs)
 *   meets there and answers by aggregating in memory. Microsoft does not say whether Contact
 *   Center's elastic tables answer so; a control must take it as any other refusal. Microsoft documents no HTTP status for it; the
 *   preview answers 400, as for its other refused query shapes. The sample Web API refuses so
 *   only when told to (`aggregates: "refuse"`), so that a control's fallback path can be tried.
 */
import { QuerySyntaxError, SampleWebApiError } from "../odata/errors";

/**
 * Dataverse's default for queries that return aggregate values. data-model.md says it applies to
 * standard tables (the tables solution's copy); the sample Web API applies it there, and on the
 * elastic tables only when a limit is given.
 */
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

export const aggregatesNotSupportedErrorCode = -2147220970;

export class AggregatesNotSupportedError extends SampleWebApiError {
  readonly table: string;

  constructor(table: string) {
    super("Aggregates are not supported", aggregatesNotSupportedErrorCode, 400);
    this.table = table;
  }
}
