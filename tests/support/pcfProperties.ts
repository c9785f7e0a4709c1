/**
 * Bound field properties as the PCF host hands them to a control: raw and formatted value,
 * column metadata and the user's field security.
 */
export interface PropertyOptions {
  formatted?: string;
  /** Column metadata merged over the defaults (DisplayName, LogicalName, MaxLength, ...). */
  attributes?: Record<string, unknown>;
  security?: Partial<ComponentFramework.PropertyHelper.SecurityValues>;
  error?: boolean;
  errorMessage?: string;
}

type AnyProperty = ComponentFramework.PropertyTypes.Property;

function baseProperty(type: string, raw: unknown, formatted: string, options: PropertyOptions): AnyProperty {
  return {
    raw,
    formatted: options.formatted ?? formatted,
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
    } as ComponentFramework.PropertyHelper.FieldPropertyMetadata.Metadata,
  };
}

export function textProperty(raw: string | null, options: PropertyOptions = {}): ComponentFramework.PropertyTypes.StringProperty {
  const property = baseProperty("SingleLine.Text", raw, raw ?? "", {
    ...options,
    attributes: { MaxLength: 100, ...options.attributes },
  });
  return property as ComponentFramework.PropertyTypes.StringProperty;
}

/** A Date and Time column; behaviour 3 (time zone independent) unless told otherwise. */
export function dateProperty(raw: Date | null, options: PropertyOptions = {}): ComponentFramework.PropertyTypes.DateTimeProperty {
  const property = baseProperty("DateAndTime.DateAndTime", raw, raw ? raw.toISOString() : "", {
    ...options,
    attributes: { Behavior: 3, Format: 1, ImeMode: 0, ...options.attributes },
  });
  return property as ComponentFramework.PropertyTypes.DateTimeProperty;
}

export function wholeNumberProperty(raw: number | null, options: PropertyOptions = {}): ComponentFramework.PropertyTypes.WholeNumberProperty {
  const property = baseProperty("Whole.None", raw, raw === null ? "" : String(raw), options);
  return property as ComponentFramework.PropertyTypes.WholeNumberProperty;
}

export function optionSetProperty(
  raw: number | null,
  options: PropertyOptions & { choices?: { Label: string; Value: number }[] } = {},
): ComponentFramework.PropertyTypes.OptionSetProperty {
  const choices = options.choices ?? [];
  const label = choices.find((choice) => choice.Value === raw)?.Label ?? "";
  const property = baseProperty("OptionSet", raw, label, {
    ...options,
    attributes: { Options: choices.map((choice) => ({ ...choice, Color: "" })), DefaultValue: -1, ...options.attributes },
  });
  return property as ComponentFramework.PropertyTypes.OptionSetProperty;
}
