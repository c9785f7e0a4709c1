/**
 * What a list cell shows for a stored value, as a model-driven grid words it: dates in the
 * user's short date and time (user time zone UTC, as everywhere in the preview), a choice by its
 * label, a lookup by the referenced row's primary name, anything else as stored. Pure.
 */
import type { StoreColumn } from "../../data/schema";
import type { RowValue } from "../../data/types";

export interface CellTextContext {
  formatting: Pick<ComponentFramework.Formatting, "formatDateShort">;
  /** The primary name of the row a lookup names, when the sample data has it. */
  lookupName(table: string, id: string): string | undefined;
}

export function cellText(
  column: StoreColumn | undefined,
  value: RowValue | undefined,
  context: CellTextContext,
): string {
  if (value === null || value === undefined || value === "") return "";
  if (!column) return String(value);
  switch (column.kind) {
    case "datetime": {
      const date = new Date(String(value));
      // A stored text that is no date (the broken records have some) shows as it is.
      return Number.isNaN(date.getTime()) ? String(value) : context.formatting.formatDateShort(date, true);
    }
    case "choice": {
      const option = column.options?.find((candidate) => candidate.value === Number(value));
      return option?.label ?? String(value);
    }
    case "lookup":
      return (column.target && context.lookupName(column.target, String(value))) ?? String(value);
    default:
      return String(value);
  }
}
