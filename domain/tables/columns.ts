import type { DateTimeColumn, TextColumn } from "./types";

/** Builders for the two column shapes both tables use, with Microsoft's defaults. */
type ColumnOptions = { required?: "none" | "required"; validForForm?: boolean; primaryName?: boolean };

export function text(
  logicalName: string,
  displayName: string,
  maxLength: number,
  description: string,
  options: ColumnOptions = {},
): TextColumn {
  return {
    kind: "text",
    logicalName,
    schemaName: logicalName,
    displayName,
    description,
    maxLength,
    required: options.required ?? "none",
    validForForm: options.validForForm ?? true,
    ...(options.primaryName ? { primaryName: true } : {}),
  };
}

/** Every date column of these tables is time zone independent and may have its behaviour changed. */
export function dateTime(logicalName: string, displayName: string, description: string): DateTimeColumn {
  return {
    kind: "datetime",
    logicalName,
    schemaName: logicalName,
    displayName,
    description,
    format: "datetime",
    behavior: 3,
    canChangeBehavior: true,
    required: "none",
    validForForm: true,
  };
}
