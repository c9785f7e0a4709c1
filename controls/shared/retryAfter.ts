/**
 * How long a throttled Web API call asks to wait before the next try, in milliseconds.
 * Dataverse sends Retry-After (seconds) with HTTP 429; what reaches a control depends on the
 * host: a `retryAfter` number, the response's headers (a plain object or a Headers-like
 * `get`), or nothing at all, when the default applies.
 */
export const defaultRetryAfterMs = 5000;

interface RetryShape {
  retryAfter?: unknown;
  headers?: unknown;
}

function seconds(value: unknown): number | undefined {
  const number = typeof value === "string" && value.trim() ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) && number >= 0 ? number : undefined;
}

function headerOf(headers: unknown): unknown {
  if (typeof headers !== "object" || headers === null) return undefined;
  const get = (headers as { get?: unknown }).get;
  if (typeof get === "function") return (get as (name: string) => unknown).call(headers, "Retry-After");
  const record = headers as Record<string, unknown>;
  return record["Retry-After"] ?? record["retry-after"];
}

export function retryAfterMs(error: unknown): number {
  const shape: RetryShape = typeof error === "object" && error !== null ? error : {};
  const wait = seconds(shape.retryAfter) ?? seconds(headerOf(shape.headers));
  return wait === undefined ? defaultRetryAfterMs : wait * 1000;
}
