/**
 * Errors of the sample Web API. They carry Dataverse's error codes where Dataverse has one,
 * so controls that classify failures by code (controls/shared/webApiError.ts) see what a
 * real host would send.
 */
export class SampleWebApiError extends Error {
  readonly errorCode: number;
  readonly code: string;
  readonly status: number;

  constructor(message: string, errorCode: number, status: number) {
    super(message);
    this.name = new.target.name;
    this.errorCode = errorCode;
    this.code = `0x${(errorCode >>> 0).toString(16)}`;
    this.status = status;
  }
}

/**
 * A query uses something the sample data layer does not implement ($expand, $apply, lambda
 * operators, filters on related tables, unknown functions ...). The message names it, so a
 * control that relies on it fails loudly in the preview and in tests instead of getting
 * wrong data.
 */
export class UnsupportedQueryError extends SampleWebApiError {
  readonly option: string;

  constructor(option: string, detail?: string) {
    super(
      `Unsupported query option in the preview's sample Web API: ${option}${detail ? ` (${detail})` : ""}`,
      -2147220989,
      400,
    );
    this.option = option;
  }
}

/** A malformed query or a type mismatch: Dataverse answers these with 400 too. */
export class QuerySyntaxError extends SampleWebApiError {
  constructor(message: string, errorCode = -2147220989) {
    super(message, errorCode, 400);
  }
}

/**
 * A query option names a column the table lacks. Dataverse's own words and code (0x80060888),
 * so a control that names statecode on Contact Center's elastic tables fails here as it would
 * there, not only in production.
 */
export class UnknownPropertyError extends QuerySyntaxError {
  readonly property: string;

  constructor(table: string, property: string) {
    super(`Could not find a property named '${property}' on type 'Microsoft.Dynamics.CRM.${table}'.`, -2147088248);
    this.property = property;
  }
}

/** retrieveRecord, updateRecord or deleteRecord on an id that does not exist. */
export class RecordNotFoundError extends SampleWebApiError {
  constructor(table: string, id: string) {
    super(`${table} With Id = ${id} Does Not Exist`, -2147220969, 404);
  }
}

/** A write that breaks a column's rules (length, type, unknown or read-only column). */
export class ValidationError extends SampleWebApiError {
  constructor(message: string) {
    super(message, -2147220989, 400);
  }
}
