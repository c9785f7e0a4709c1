/**
 * Sorts a failed context.webAPI call into the few cases a user can act on ("throttled" is any
 * "busy, retry later": 429 or 503). Dataverse
 * reports throttling (service protection limits) with HTTP 429 and one of three error codes;
 * the message alone varies by host and language, so codes come first.
 */
export type WebApiFailure = "throttled" | "forbidden" | "notFound" | "offline" | "other";

// Service protection API limits: number of requests, execution time, concurrent requests.
const throttlingCodes = new Set([-2147015902, -2147015903, -2147015898]);
const forbiddenCodes = new Set([-2147220960, -2147180286]);
const notFoundCodes = new Set([-2147220969, -2147185406]);
// The table itself is unknown: no entity metadata for the name (0x80041102), or no entity set
// for the segment of the URL (0x8006088A). Both arrive with HTTP 404, like a missing row.
const missingTableCodes = new Set([-2147217150, -2147088246]);

interface ErrorShape {
  errorCode?: unknown;
  code?: unknown;
  status?: unknown;
  statusCode?: unknown;
  message?: unknown;
}

function numberOf(value: unknown): number | undefined {
  const number = typeof value === "string" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) ? number : undefined;
}

function shapeOf(error: unknown): ErrorShape {
  return typeof error === "object" && error !== null ? error : {};
}

function codesOf(shape: ErrorShape): (number | undefined)[] {
  return [numberOf(shape.errorCode), numberOf(shape.code)];
}

/**
 * True when the call failed because the environment has no such table (a solution that
 * defines it is not installed), not because one row is missing. classifyWebApiError calls
 * this "notFound" too, so a control that needs the difference asks this first.
 */
export function isMissingTableError(error: unknown): boolean {
  const shape = shapeOf(error);
  const message = typeof shape.message === "string" ? shape.message : "";
  return (
    codesOf(shape).some((code) => code !== undefined && missingTableCodes.has(code)) ||
    /resource not found for the segment|entity type '[^']*' does not exist|not found in the metadatacache/i.test(
      message,
    )
  );
}

export function classifyWebApiError(error: unknown): WebApiFailure {
  const shape = shapeOf(error);
  const codes = codesOf(shape);
  const status = numberOf(shape.status) ?? numberOf(shape.statusCode);
  const message = typeof shape.message === "string" ? shape.message : typeof error === "string" ? error : "";
  // 503 Service Unavailable asks, like 429, to come back after Retry-After: both are "busy".
  if (
    status === 429 ||
    status === 503 ||
    codes.some((code) => code !== undefined && throttlingCodes.has(code)) ||
    /\b429\b|too many requests/i.test(message)
  ) {
    return "throttled";
  }
  if (status === 401 || status === 403 || codes.some((code) => code !== undefined && forbiddenCodes.has(code))) {
    return "forbidden";
  }
  if (status === 404 || codes.some((code) => code !== undefined && notFoundCodes.has(code))) {
    return "notFound";
  }
  // A request that timed out reaches the control as status 0 or a message naming the timeout.
  if (status === 0 || status === 408 || /network|offline|failed to fetch|timed? ?out/i.test(message)) {
    return "offline";
  }
  return "other";
}
