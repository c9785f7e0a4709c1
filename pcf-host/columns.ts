/**
 * What the platform knows about a table column and how it turns a stored value into what a
 * control sees (raw and formatted) and an output back into a stored value. The preview's
 * sample store describes its tables this way; tests may describe none.
 */
export type ColumnKind = "guid" | "text" | "datetime" | "lookup" | "choice" | "integer";

export interface ColumnDescription {
  logicalName: string;
  displayName: string;
  kind: ColumnKind;
  maxLength?: number;
  /** Lookups: the referenced table. */
  target?: string;
  options?: readonly { label: string; value: number }[];
  min?: number;
  max?: number;
}

export interface TableDescription {
  logicalName: string;
  primaryNameAttribute: string;
  columns: ReadonlyMap<string, ColumnDescription>;
}

/** A stored value as the Web API holds it: text, a number, or nothing. */
export type StoredValue = string | number | null;

/** Manifest of-type values each column kind may be bound to, as the form editor allows them. */
const acceptedTypes: Record<ColumnKind, readonly string[]> = {
  text: [
    "SingleLine.Text",
    "SingleLine.TextArea",
    "SingleLine.Email",
    "SingleLine.Phone",
    "SingleLine.URL",
    "SingleLine.Ticker",
    "Multiple",
  ],
  datetime: ["DateAndTime.DateAndTime", "DateAndTime.DateOnly"],
  choice: ["OptionSet"],
  integer: ["Whole.None"],
  lookup: ["Lookup.Simple"],
  guid: ["SingleLine.Text"],
};

export function checkBinding(
  controlName: string,
  propertyName: string,
  types: readonly string[],
  column: ColumnDescription,
): void {
  const accepted = acceptedTypes[column.kind];
  if (!types.some((type) => accepted.includes(type))) {
    throw new Error(
      `${controlName}.${propertyName} (${types.join(" | ")}) cannot be bound to ${column.logicalName} (${column.kind})`,
    );
  }
}

/** The data type a dataset column of this kind reports. */
export function dataTypeOf(kind: ColumnKind): string {
  return acceptedTypes[kind][0];
}

/** The raw value a control sees for a stored value: a Date for dates, a number for choices. */
export function rawValueOf(column: ColumnDescription, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case "datetime": {
      const date = value instanceof Date ? value : new Date(String(value));
      return Number.isNaN(date.getTime()) ? null : date;
    }
    case "choice":
    case "integer":
      return typeof value === "number" ? value : Number(value);
    default:
      return typeof value === "object" ? value : String(value);
  }
}

/**
 * The formatted value the platform shows for a raw value. Without a column description the
 * value's own type decides: dates in the user's short format, references by name.
 */
export function formattedValueOf(
  column: ColumnDescription | undefined,
  raw: unknown,
  formatting: ComponentFramework.Formatting,
): string {
  if (raw === null || raw === undefined) return "";
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? "" : formatting.formatDateShort(raw, true);
  if (typeof raw === "object") return "name" in raw ? String(raw.name ?? "") : "";
  switch (column?.kind) {
    case "choice":
      return column.options?.find((option) => option.value === raw)?.label ?? String(raw);
    case "integer":
      return formatting.formatInteger(Number(raw));
    default:
      return String(raw);
  }
}

/** An output value back into the stored form: Dates to ISO text without milliseconds, undefined to null. */
export function storedValueOf(column: ColumnDescription, output: unknown): StoredValue {
  if (output === null || output === undefined) return null;
  if (column.kind === "datetime") {
    const date = output instanceof Date ? output : new Date(String(output));
    return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  if (column.kind === "choice" || column.kind === "integer") return Number(output);
  return String(output);
}
