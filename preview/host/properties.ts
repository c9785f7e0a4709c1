/**
 * Bound field properties as the platform hands them to a control: raw and formatted value,
 * the column's metadata (from domain/tables, through the store schema) and field security.
 * A manifest type that does not fit the column is refused, as the form editor refuses it.
 */
import type { StoreColumn } from "../data/schema";
import type { RowValue } from "../data/types";

type Property = ComponentFramework.PropertyTypes.Property;

/** Manifest of-type values each column kind may be bound to. */
const acceptedTypes: Record<StoreColumn["kind"], readonly string[]> = {
  text: ["SingleLine.Text", "SingleLine.TextArea", "SingleLine.Email", "SingleLine.Phone", "SingleLine.URL", "SingleLine.Ticker", "Multiple"],
  datetime: ["DateAndTime.DateAndTime", "DateAndTime.DateOnly"],
  choice: ["OptionSet"],
  integer: ["Whole.None"],
  lookup: ["Lookup.Simple"],
  guid: ["SingleLine.Text"],
};

export function checkBinding(controlName: string, propertyName: string, types: readonly string[], column: StoreColumn): void {
  const accepted = acceptedTypes[column.kind];
  if (!types.some((type) => accepted.includes(type))) {
    throw new Error(`${controlName}.${propertyName} (${types.join(" | ")}) cannot be bound to ${column.logicalName} (${column.kind})`);
  }
}

function metadataOf(column: StoreColumn, required: boolean): Record<string, unknown> {
  const base: Record<string, unknown> = {
    DisplayName: column.displayName,
    LogicalName: column.logicalName,
    RequiredLevel: required ? 2 : 0,
    IsSecured: false,
    SourceType: 0,
    Description: "",
  };
  switch (column.kind) {
    case "text":
      return { ...base, MaxLength: column.maxLength, Format: "Text", ImeMode: 0 };
    case "datetime":
      return { ...base, Behavior: 3, Format: 1, ImeMode: 0 };
    case "choice":
      return { ...base, DefaultValue: -1, Options: (column.options ?? []).map((option) => ({ Label: option.label, Value: option.value, Color: "" })) };
    case "integer":
      return { ...base, MinValue: column.min, MaxValue: column.max, Format: "None", ImeMode: 0 };
    default:
      return base;
  }
}

export interface PropertyContext {
  formatting: ComponentFramework.Formatting;
  /** Application-required columns get RequiredLevel 2. */
  required: boolean;
  editable: boolean;
}

/** The raw value a control sees for a stored value: Date for dates, number for choices. */
export function rawValueOf(column: StoreColumn, value: RowValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case "datetime": {
      const date = new Date(String(value));
      return Number.isNaN(date.getTime()) ? null : date;
    }
    case "choice":
    case "integer":
      return typeof value === "number" ? value : Number(value);
    default:
      return String(value);
  }
}

export function formattedValueOf(column: StoreColumn, raw: unknown, formatting: ComponentFramework.Formatting): string {
  if (raw === null || raw === undefined) return "";
  switch (column.kind) {
    case "datetime":
      return raw instanceof Date ? formatting.formatDateShort(raw, true) : "";
    case "choice":
      return column.options?.find((option) => option.value === raw)?.label ?? String(raw);
    case "integer":
      return formatting.formatInteger(Number(raw));
    default:
      return String(raw);
  }
}

export function createProperty(type: string, column: StoreColumn, value: RowValue | undefined, context: PropertyContext): Property {
  const raw = rawValueOf(column, value);
  return {
    raw,
    formatted: formattedValueOf(column, raw, context.formatting),
    type,
    error: false,
    errorMessage: "",
    security: { editable: context.editable, readable: true, secured: false },
    attributes: metadataOf(column, context.required) as unknown as ComponentFramework.PropertyHelper.FieldPropertyMetadata.Metadata,
  } as Property;
}

/** An output value back into the stored form: Dates to ISO text, undefined to null. */
export function storedValueOf(column: StoreColumn, output: unknown): RowValue {
  if (output === null || output === undefined) return null;
  if (column.kind === "datetime") {
    const date = output instanceof Date ? output : new Date(String(output));
    return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  if (column.kind === "choice" || column.kind === "integer") return Number(output);
  return String(output);
}
