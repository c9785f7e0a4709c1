import type { ColumnDefinition, RequiredLevel } from "../../domain/tables";
import { el, leaf, type XmlElement, type XmlNode } from "./node";
import { INTRODUCED_VERSION } from "../definitions/release";
import { descriptions, displayNames } from "./labels";

export function displayMask(
  column: Pick<ColumnDefinition, "validForForm" | "required"> & { primaryName?: boolean },
): string {
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
  /** Exports leave DisplayMask out on a few system columns (owningteam, owninguser, time zone columns). */
  mask: string | undefined;
  required: RequiredLevel;
  displayName: string;
  description: string;
  imeMode?: "auto" | "inactive" | "disabled";
  auditEnabled?: boolean;
  /** owningteam and owninguser are logical columns in exports. */
  logical?: boolean;
  canModifyRequirementLevel?: boolean;
}

/**
 * The elements every attribute carries, in export order, around its type-specific part. Exports
 * also write AutoNumberFormat, IsSearchable, IsFilterable, IsRetrievable and IsLocalizable, which
 * the 9.0 schema does not know; they are optional on import, so they are left out.
 */
export function attributeElement(
  physicalName: string,
  type: string,
  options: CommonOptions,
  specific: XmlNode[],
): XmlElement {
  const flag = (b: boolean) => (b ? 1 : 0);
  const logicalName = physicalName.toLowerCase();
  return el(
    "attribute",
    { PhysicalName: physicalName },
    leaf("Type", type),
    leaf("Name", logicalName),
    leaf("LogicalName", logicalName),
    leaf("RequiredLevel", options.required),
    options.mask !== undefined && leaf("DisplayMask", options.mask),
    leaf("ImeMode", options.imeMode ?? "auto"),
    leaf("ValidForUpdateApi", flag(options.updateApi)),
    leaf("ValidForReadApi", 1),
    leaf("ValidForCreateApi", flag(options.createApi)),
    leaf("IsCustomField", flag(options.custom)),
    leaf("IsAuditEnabled", flag(options.auditEnabled ?? options.custom)),
    options.logical === true && leaf("IsLogical", 1),
    leaf("IsSecured", 0),
    leaf("IntroducedVersion", INTRODUCED_VERSION),
    leaf("IsCustomizable", 1),
    leaf("IsRenameable", 1),
    leaf("CanModifySearchSettings", 1),
    leaf("CanModifyRequirementLevelSettings", flag(options.canModifyRequirementLevel ?? true)),
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
      return {
        type: "nvarchar",
        parts: [
          leaf("Format", column.format ?? "text"),
          leaf("MaxLength", column.maxLength),
          leaf("Length", column.maxLength * 2),
        ],
      };
    case "datetime":
      return {
        type: "datetime",
        parts: [
          leaf("Format", column.format),
          leaf("CanChangeDateTimeBehavior", column.canChangeBehavior ? 1 : 0),
          leaf("Behavior", column.behavior),
        ],
      };
    case "lookup":
      return { type: "lookup", parts: [leaf("LookupStyle", "single"), el("LookupTypes")] };
    case "choice":
      return {
        type: "picklist",
        parts: [leaf("OptionSetName", column.optionSet), leaf("AppDefaultValue", column.defaultValue)],
      };
    case "integer":
      return {
        type: "int",
        parts: [leaf("Format", "none"), leaf("MinValue", column.min), leaf("MaxValue", column.max)],
      };
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
