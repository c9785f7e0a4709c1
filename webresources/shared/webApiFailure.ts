import { classifyWebApiError, type WebApiFailure } from "../../controls/shared/webApiError";

export type { WebApiFailure };

/** The same sorting the controls use, so a form script and a control name a failure alike. */
export { classifyWebApiError as classifyFailure };

/** The error's own message (a Web API error or an exception): something to quote to an administrator. */
export function failureDetail(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : String(error);
}
