/**
 * Bound field properties as the platform hands them to a control: raw and formatted value,
 * the column's metadata and the user's field security. Formatted values come from the same
 * formatting API the context offers (the base language's unless told).
 */
import { formattedValueOf, type ColumnDescription } from "./columns";
import { formattingFor } from "./formatting";

type AnyProperty = ComponentFramework.PropertyTypes.Property;
type Metadata = ComponentFramework.PropertyHelper.FieldPropertyMetadata.Metadata;

export interface PropertyOptions {
  formatted?: string;
  /** Column metadata merged over the defaults (DisplayName, LogicalName, MaxLength, ...). */
  attributes?: Record<string, unknown>;
  security?: Partial<ComponentFramework.PropertyHelper.SecurityValues>;
  error?: boolean;
  errorMessage?: string;
  /** Formats the formatted value; the base language's formatting unless given. */
  formatting?: ComponentFramework.Formatting;
}

function fieldProperty(
  type: string,
  raw: unknown,
  options: PropertyOptions = {},
  column?: ColumnDescription,
): AnyProperty {
  const formatting = options.formatting ?? formattingFor(1033);
  return {
    raw,
    formatted: options.formatted ?? formattedValueOf(column, raw, formatting),
    type,
    error: options.error ?? false,
    errorMessage: options.errorMessage ?? "",
    security: { editable: true, readable: true, secured: false, ...options.security },
    attributes: {
      DisplayName: "",
      LogicalName: "",
      RequiredLevel: 0,
      IsSecured: false,
      SourceType: 0,
      Description: "",
      ...options.attributes,
    } as Metadata,
  } as AnyProperty;
}

export function textProperty(
  raw: string | null,
  options: PropertyOptions = {},
): ComponentFramework.PropertyTypes.StringProperty {
  return fieldProperty("SingleLine.Text", raw, {
    ...options,
    attributes: { MaxLength: 100, ...options.attributes },
  }) as ComponentFramework.PropertyTypes.StringProperty;
}

/** A Date and Time column; behaviour 3 (time zone independent) unless told otherwise. */
export function dateProperty(
  raw: Date | null,
  options: PropertyOptions = {},
): ComponentFramework.PropertyTypes.DateTimeProperty {
  const attributes = { Behavior: 3, Format: 1, ImeMode: 0, ...options.attributes };
  return fieldProperty("DateAndTime.DateAndTime", raw, {
    ...options,
    attributes,
  }) as ComponentFramework.PropertyTypes.DateTimeProperty;
}

export function wholeNumberProperty(
  raw: number | null,
  options: PropertyOptions = {},
): ComponentFramework.PropertyTypes.WholeNumberProperty {
  const column: ColumnDescription = { logicalName: "", displayName: "", kind: "integer" };
  return fieldProperty("Whole.None", raw, options, column) as ComponentFramework.PropertyTypes.WholeNumberProperty;
}

export function optionSetProperty(
  raw: number | null,
  options: PropertyOptions & { choices?: { Label: string; Value: number }[] } = {},
): ComponentFramework.PropertyTypes.OptionSetProperty {
  const choices = options.choices ?? [];
  const column: ColumnDescription = {
    logicalName: "",
    displayName: "",
    kind: "choice",
    options: choices.map((choice) => ({ label: choice.Label, value: choice.Value })),
  };
  const attributes = {
    Options: choices.map((choice) => ({ ...choice, Color: "" })),
    DefaultValue: -1,
    ...options.attributes,
  };
  return fieldProperty(
    "OptionSet",
    raw,
    { ...options, attributes },
    column,
  ) as ComponentFramework.PropertyTypes.OptionSetProperty;
}

function metadataOf(column: ColumnDescription, required: boolean): Record<string, unknown> {
  const base = { DisplayName: column.displayName, LogicalName: column.logicalName, RequiredLevel: required ? 2 : 0 };
  switch (column.kind) {
    case "text":
      return { ...base, MaxLength: column.maxLength, Format: "Text", ImeMode: 0 };
    case "datetime":
      return { ...base, Behavior: 3, Format: 1, ImeMode: 0 };
    case "choice":
      return {
        ...base,
        DefaultValue: -1,
        Options: (column.options ?? []).map((option) => ({ Label: option.label, Value: option.value, Color: "" })),
      };
    case "integer":
      return { ...base, MinValue: column.min, MaxValue: column.max, Format: "None", ImeMode: 0 };
    default:
      return base;
  }
}

export interface ColumnPropertyOptions {
  formatting: ComponentFramework.Formatting;
  /** Application-required columns get RequiredLevel 2. */
  required: boolean;
  editable: boolean;
}

/** A property bound to a described column, holding a raw value (see rawValueOf). */
export function columnProperty(
  type: string,
  column: ColumnDescription,
  raw: unknown,
  options: ColumnPropertyOptions,
): AnyProperty {
  return fieldProperty(
    type,
    raw,
    {
      formatting: options.formatting,
      security: { editable: options.editable },
      attributes: metadataOf(column, options.required),
    },
    column,
  );
}

/** The same property holding a new value, as the form passes it back after an output. */
export function propertyWithValue(
  property: AnyProperty,
  raw: unknown,
  formatting: ComponentFramework.Formatting,
  column?: ColumnDescription,
): AnyProperty {
  return { ...property, raw, formatted: formattedValueOf(column, raw, formatting) } as AnyProperty;
}
