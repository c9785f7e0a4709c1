/**
 * Copies text, preferring the async Clipboard API. Model-driven forms can run in frames or
 * browsers where that API is missing or refused, so a hidden textarea plus execCommand is
 * the fallback. Resolves false when neither worked, so the caller can say so.
 */
export function copyText(text: string): Promise<boolean> {
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (!clipboard || typeof clipboard.writeText !== "function") {
    return Promise.resolve(copyWithTextarea(text));
  }
  return clipboard.writeText(text).then(
    () => true,
    // Permission denied or no user activation: the older path may still work.
    () => copyWithTextarea(text),
  );
}

function copyWithTextarea(text: string): boolean {
  if (typeof document === "undefined" || typeof document.execCommand !== "function") return false;
  const textarea = document.createElement("textarea");
  textarea.value = text;
  textarea.setAttribute("readonly", "");
  textarea.style.position = "fixed";
  textarea.style.opacity = "0";
  document.body.appendChild(textarea);
  const previousFocus = document.activeElement as HTMLElement | null;
  try {
    textarea.select();
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    document.body.removeChild(textarea);
    previousFocus?.focus();
  }
}
