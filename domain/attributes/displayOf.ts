import { classifyValue } from "./classifyValue";
import type { AttributeRow, ClassifiedValue } from "./types";

// Keyed by the row object: rows are immutable and a rebuilt model hands unchanged rows over,
// so a row is classified once however often it scrolls into view. Rows that leave the model
// leave the cache with it.
const classified = new WeakMap<AttributeRow, ClassifiedValue>();

/** How a row's value is displayed, classified the first time the row is shown. */
export function displayOf(row: AttributeRow): ClassifiedValue {
  let display = classified.get(row);
  if (!display) {
    display = classifyValue(row.value);
    classified.set(row, display);
  }
  return display;
}
