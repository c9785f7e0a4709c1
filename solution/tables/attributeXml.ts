import type { ColumnDefinition, RequiredLevel } from "../../domain/tables";
import { el, leaf, type XmlElement, type XmlNode } from "../xml/node";
import { descriptions, displayNames } from "./labels";

export const INTRODUCED_VERSION = "1.0.0.0";

export function displayMask(column: Pick<ColumnDefinition, "validForForm" | "required"> & { primaryName?: boolean }): string {
  const parts: string[] = [];
  if (column.primaryName) parts.push("PrimaryName");
  parts.push("ValidForAdvancedFind");
  if (column.validForForm) parts.push("ValidForForm");
  parts.push("ValidForGrid");
  if (column.validForForm && column.required === "required") parts.push("RequiredForForm");
  return parts.join("|");
}

interface CommonOptions {
  custom: boolean;
  createApi: boolean;
  updateApi: boolean;
  mask: string;
  required: RequiredLevel;
  displayName: string;
  description: string;
  customizable?: boolean;
}

/** The elements every attribute carries, in export order, around its type-specific part. */
export function attributeElement(logicalName: string, type: string, options: CommonOptions, specific: XmlNode[]): XmlElement {
  const flag = (b: boolean) => (b ? 1 : 0);
  return el(
    "attribute",
    { PhysicalName: logicalName },
    leaf("Type", type),
    leaf("Name", logicalName),
    leaf("LogicalName", logicalName),
    leaf("RequiredLevel", options.required),
    leaf("DisplayMask", options.mask),
    leaf("ImeMode", "auto"),
    leaf("ValidForUpdateApi", flag(options.updateApi)),
    leaf("ValidForReadApi", 1),
    leaf("ValidForCreateApi", flag(options.createApi)),
    leaf("IsCustomField", flag(options.custom)),
    leaf("IsAuditEnabled", flag(options.custom)),
    leaf("IsSecured", 0),
    leaf("IntroducedVersion", INTRODUCED_VERSION),
    leaf("IsCustomizable", flag(options.customizable ?? true)),
    leaf("IsRenameable", flag(options.custom)),
    leaf("CanModifySearchSettings", 1),
    leaf("CanModifyRequirementLevelSettings", flag(options.custom)),
    leaf("CanModifyAdditionalSettings", 1),
    leaf("SourceType", 0),
    leaf("IsGlobalFilterEnabled", 0),
    leaf("IsSortableEnabled", 0),
    leaf("CanModifyGlobalFilterSettings", 1),
    leaf("CanModifyIsSortableSettings", 1),
    leaf("IsDataSourceSecret", 0),
    specific,
    displayNames(options.displayName),
    descriptions(options.description),
  );
}

function typeSpecific(column: ColumnDefinition): { type: string; parts: XmlNode[] } {
  switch (column.kind) {
    case "text":
      return { type: "nvarchar", parts: [leaf("Format", "text"), leaf("MaxLength", column.maxLength), leaf("Length", column.maxLength * 2)] };
    case "datetime":
      return {
        type: "datetime",
        parts: [leaf("Format", column.format), leaf("CanChangeDateTimeBehavior", column.canChangeBehavior ? 1 : 0), leaf("Behavior", column.behavior)],
      };
    case "lookup":
      return { type: "lookup", parts: [leaf("LookupStyle", "single"), el("LookupTypes")] };
    case "choice":
      return { type: "picklist", parts: [leaf("OptionSetName", column.optionSet), leaf("AppDefaultValue", column.defaultValue)] };
    case "integer":
      return { type: "int", parts: [leaf("Format", "none"), leaf("MinValue", column.min), leaf("MaxValue", column.max)] };
  }
}

/** A custom column of one of our table descriptions. */
export function customColumnXml(column: ColumnDefinition): XmlElement {
  const { type, parts } = typeSpecific(column);
  return attributeElement(
    column.logicalName,
    type,
    {
      custom: true,
      createApi: true,
      updateApi: true,
      mask: displayMask({ ...column, primaryName: column.kind === "text" && column.primaryName }),
      required: column.required,
      displayName: column.displayName,
      description: column.description,
    },
    parts,
  );
}
