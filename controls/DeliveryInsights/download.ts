/**
 * Offers text as a file download. Returns false where the browser cannot (no Blob URLs):
 * the caller says so, and Copy still works.
 */
export function downloadText(fileName: string, text: string, type = "text/csv;charset=utf-8"): boolean {
  if (typeof URL === "undefined" || typeof URL.createObjectURL !== "function") return false;
  // A byte-order mark lets Excel read the UTF-8 file's accents and right-to-left text.
  const url = URL.createObjectURL(new Blob(["\ufeff", text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return true;
}
