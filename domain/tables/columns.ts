import type { FormLabels } from "../languages";
import type { DateTimeColumn, TextColumn } from "./types";

/** A column's name: English only, or one text per form language (FORM_LANGUAGES). */
export type ColumnName = string | FormLabels;

/** displayName (the base language's) and, when given per language, displayNames. */
export function columnNames(name: ColumnName): { displayName: string; displayNames?: FormLabels } {
  return typeof name === "string" ? { displayName: name } : { displayName: name[1033], displayNames: name };
}

/** Builders for the two column shapes both tables use, with Microsoft's defaults. */
type ColumnOptions = { required?: "none" | "required"; validForForm?: boolean; primaryName?: boolean };

export function text(
  logicalName: string,
  displayName: ColumnName,
  maxLength: number,
  description: string,
  options: ColumnOptions = {},
): TextColumn {
  return {
    kind: "text",
    logicalName,
    schemaName: logicalName,
    ...columnNames(displayName),
    description,
    maxLength,
    required: options.required ?? "none",
    validForForm: options.validForForm ?? true,
    ...(options.primaryName ? { primaryName: true } : {}),
  };
}

/** Every date column of these tables is time zone independent and may have its behaviour changed. */
export function dateTime(logicalName: string, displayName: ColumnName, description: string): DateTimeColumn {
  return {
    kind: "datetime",
    logicalName,
    schemaName: logicalName,
    ...columnNames(displayName),
    description,
    format: "datetime",
    behavior: 3,
    canChangeBehavior: true,
    required: "none",
    validForForm: true,
  };
}
