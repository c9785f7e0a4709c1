/**
 * Fluent's grid opens a row's record on double click anywhere in the row; a double click on
 * a button inside the row (copy, show all) must not also open the record.
 */
export function stopInvoke(event: { stopPropagation(): void }): void {
  event.stopPropagation();
}
