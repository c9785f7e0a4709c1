import { screen } from "@testing-library/react";

/** Text without the Unicode isolates (U+2068, U+2069) the time line puts around values in sentences. */
export const plain = (text: string | null | undefined): string => (text ?? "").replace(/[\u2068\u2069]/g, "");

/**
 * The value a term names, as a reader sees it: the status line's terms are dt elements of
 * their own ("Result:"), the date list's labels are isolated inside theirs (dt > bdi).
 */
export function definition(term: string): string {
  const label = screen.getByText(term, { selector: "dt, dt > bdi" });
  return plain(label.closest("dt")?.nextElementSibling?.textContent);
}

/** A mark of the overview or of the close-up by its part (call, result, window, now ...). */
export function mark(part: string, strip: "overview" | "zoom" = "overview"): HTMLElement | null {
  return document.querySelector(`[data-part="${strip}"] [data-part="${part}"]`);
}
