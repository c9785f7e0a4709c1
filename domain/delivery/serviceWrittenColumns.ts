import type { DeliveryNames } from "../tables/names";

// A literal typed as its DeliveryNames entry rather than the object itself: form scripts import
// this, and the object would add every column name to their bundles. The form script's own
// list of columns takes this one, so the name is in its bundle once.
export const dispositionCodesColumn: (typeof DeliveryNames)["dispositionCodes"] = "msdyn_disposition_codes";

/**
 * Whether the proactive engagement service writes a delivery column (from the caller's request
 * or from the call itself), so that a person editing it would contradict what happened. All of
 * Microsoft's delivery columns start with msdyn_; the disposition codes are the one a
 * representative sets. Platform columns (owner, created on) are left to the platform.
 */
export function isServiceWrittenColumn(column: string): boolean {
  return column.startsWith("msdyn_") && column !== dispositionCodesColumn;
}
