import type { TableDefinition } from "../../domain/tables";
import { el, leaf, type XmlElement, type XmlNode } from "./node";
import { INTRODUCED_VERSION } from "../definitions/release";
import { attributeElement } from "./attribute";
import { descriptions, displayNames, labels } from "./labels";

/**
 * The system columns a solution export carries for a user-owned table it creates, field for
 * field as microsoft/powercat-creator-kit (cat_Sample) and powercat-business-approvals-kit
 * export them: schema names in Microsoft's casing (statecode and statuscode stay lower case),
 * owner lookups to users (8) and teams (9), state and status options inline. VersionNumber is
 * on every table but in no real export: the platform adds it, so it is not written here.
 */
interface SystemColumn {
  physicalName: string;
  type: string;
  displayName: string;
  description: string;
  createApi: boolean;
  updateApi: boolean;
  required?: "none" | "systemrequired";
  /** undefined: the export writes no DisplayMask. */
  mask: string | undefined;
  imeMode?: "inactive" | "disabled";
  auditEnabled: boolean;
  logical?: boolean;
  canModifyRequirementLevel?: boolean;
  specific: XmlNode[];
}

const GRID = "ValidForAdvancedFind|ValidForForm|ValidForGrid";
const noTargets = [leaf("LookupStyle", "single"), el("LookupTypes")];
const userOrTeam = [
  leaf("LookupStyle", "single"),
  el(
    "LookupTypes",
    {},
    [8, 9].map((code) => leaf("LookupType", code, { id: "00000000-0000-0000-0000-000000000000" })),
  ),
];
const dateTime = (format: "datetime" | "date") => [
  leaf("Format", format),
  leaf("CanChangeDateTimeBehavior", 0),
  leaf("Behavior", 1),
];
const int = (min: number) => [el("Format"), leaf("MinValue", min), leaf("MaxValue", 2147483647)];

function lookup(
  physicalName: string,
  displayName: string,
  description: string,
  extra: Partial<SystemColumn> = {},
): SystemColumn {
  return {
    physicalName,
    type: "lookup",
    displayName,
    description,
    createApi: false,
    updateApi: false,
    mask: GRID,
    auditEnabled: false,
    specific: noTargets,
    ...extra,
  };
}

/** createdon and modifiedon: set by the platform, user-local date and time. */
function auditDate(physicalName: string, displayName: string, description: string): SystemColumn {
  return {
    physicalName,
    type: "datetime",
    displayName,
    description,
    createApi: false,
    updateApi: false,
    mask: GRID,
    imeMode: "inactive",
    auditEnabled: false,
    specific: dateTime("datetime"),
  };
}

function systemColumns(table: TableDefinition): SystemColumn[] {
  const t = table.displayName;
  return [
    // Microsoft's own tables spell the primary key in lower case; the export keeps the schema name.
    {
      physicalName: table.primaryIdAttribute,
      type: "primarykey",
      displayName: t,
      description: "Unique identifier for entity instances",
      createApi: true,
      updateApi: false,
      required: "systemrequired",
      mask: "ValidForAdvancedFind|RequiredForGrid",
      auditEnabled: false,
      canModifyRequirementLevel: false,
      specific: [],
    },
    lookup("CreatedBy", "Created By", "Unique identifier of the user who created the record."),
    auditDate("CreatedOn", "Created On", "Date and time when the record was created."),
    lookup(
      "CreatedOnBehalfBy",
      "Created By (Delegate)",
      "Unique identifier of the delegate user who created the record.",
    ),
    {
      physicalName: "ImportSequenceNumber",
      type: "int",
      displayName: "Import Sequence Number",
      description: "Sequence number of the import that created this record.",
      createApi: true,
      updateApi: false,
      mask: "ValidForAdvancedFind",
      imeMode: "disabled",
      auditEnabled: true,
      specific: int(-2147483648),
    },
    lookup("ModifiedBy", "Modified By", "Unique identifier of the user who modified the record."),
    auditDate("ModifiedOn", "Modified On", "Date and time when the record was modified."),
    lookup(
      "ModifiedOnBehalfBy",
      "Modified By (Delegate)",
      "Unique identifier of the delegate user who modified the record.",
    ),
    {
      physicalName: "OverriddenCreatedOn",
      type: "datetime",
      displayName: "Record Created On",
      description: "Date and time that the record was migrated.",
      createApi: true,
      updateApi: false,
      mask: "ValidForAdvancedFind|ValidForGrid",
      imeMode: "inactive",
      auditEnabled: true,
      specific: dateTime("date"),
    },
    {
      physicalName: "OwnerId",
      type: "owner",
      displayName: "Owner",
      description: "Owner Id",
      createApi: true,
      updateApi: true,
      required: "systemrequired",
      mask: `${GRID}|RequiredForForm`,
      auditEnabled: true,
      specific: userOrTeam,
    },
    lookup(
      "OwningBusinessUnit",
      "Owning Business Unit",
      "Unique identifier for the business unit that owns the record",
      { required: "systemrequired", auditEnabled: true },
    ),
    lookup("OwningTeam", "Owning Team", "Unique identifier for the team that owns the record.", {
      mask: undefined,
      logical: true,
    }),
    lookup("OwningUser", "Owning User", "Unique identifier for the user that owns the record.", {
      mask: undefined,
      logical: true,
    }),
    {
      physicalName: "statecode",
      type: "state",
      displayName: "Status",
      description: `Status of the ${t}`,
      createApi: false,
      updateApi: true,
      required: "systemrequired",
      mask: GRID,
      auditEnabled: true,
      specific: [stateOptionSet(table)],
    },
    {
      physicalName: "statuscode",
      type: "status",
      displayName: "Status Reason",
      description: `Reason for the status of the ${t}`,
      createApi: true,
      updateApi: true,
      mask: GRID,
      auditEnabled: true,
      specific: [statusOptionSet(table)],
    },
    {
      physicalName: "TimeZoneRuleVersionNumber",
      type: "int",
      displayName: "Time Zone Rule Version Number",
      description: "For internal use only.",
      createApi: true,
      updateApi: true,
      mask: undefined,
      auditEnabled: false,
      specific: int(-1),
    },
    {
      physicalName: "UTCConversionTimeZoneCode",
      type: "int",
      displayName: "UTC Conversion Time Zone Code",
      description: "Time zone code that was in use when the record was created.",
      createApi: true,
      updateApi: true,
      mask: undefined,
      auditEnabled: false,
      specific: int(-1),
    },
  ];
}

function optionSetHeader(type: "state" | "status", displayName: string, description: string): XmlNode[] {
  return [
    leaf("OptionSetType", type),
    leaf("IntroducedVersion", INTRODUCED_VERSION),
    leaf("IsCustomizable", 1),
    displayNames(displayName),
    descriptions(description),
  ];
}

// Inline, named after the table, and without OptionSetName: exports use that only for global choices.
function stateOptionSet(table: TableDefinition): XmlElement {
  return el(
    "optionset",
    { Name: `${table.logicalName}_statecode` },
    optionSetHeader("state", "Status", `Status of the ${table.displayName}`),
    el(
      "states",
      {},
      el("state", { value: 0, defaultstatus: 1, invariantname: "Active" }, labels("Active")),
      el("state", { value: 1, defaultstatus: 2, invariantname: "Inactive" }, labels("Inactive")),
    ),
  );
}

function statusOptionSet(table: TableDefinition): XmlElement {
  return el(
    "optionset",
    { Name: `${table.logicalName}_statuscode` },
    optionSetHeader("status", "Status Reason", `Reason for the status of the ${table.displayName}`),
    el(
      "statuses",
      {},
      el("status", { value: 1, state: 0 }, labels("Active")),
      el("status", { value: 2, state: 1 }, labels("Inactive")),
    ),
  );
}

export function systemColumnsXml(table: TableDefinition): XmlElement[] {
  return systemColumns(table).map((c) =>
    attributeElement(
      c.physicalName,
      c.type,
      {
        custom: false,
        createApi: c.createApi,
        updateApi: c.updateApi,
        mask: c.mask,
        required: c.required ?? "none",
        displayName: c.displayName,
        description: c.description,
        imeMode: c.imeMode,
        auditEnabled: c.auditEnabled,
        logical: c.logical,
        canModifyRequirementLevel: c.canModifyRequirementLevel,
      },
      c.specific,
    ),
  );
}

/** Logical names of the system columns written for a table the solution creates. */
export const systemColumnNames = (table: TableDefinition): string[] =>
  systemColumns(table).map((c) => c.physicalName.toLowerCase());
