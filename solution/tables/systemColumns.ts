import type { TableDefinition } from "../../domain/tables";
import { el, leaf, type XmlElement, type XmlNode } from "../xml/node";
import { attributeElement } from "./attributeXml";
import { descriptions, displayNames, labels } from "./labels";

/**
 * The system columns Dataverse gives every user-owned table, written the way a solution
 * export carries them, so that importing our package matches what Microsoft's tools emit.
 */
interface SystemColumn {
  name: string;
  type: string;
  displayName: string;
  description: string;
  createApi: boolean;
  updateApi: boolean;
  required?: "none" | "systemrequired";
  mask?: string;
  specific: XmlNode[];
}

const GRID = "ValidForAdvancedFind|ValidForForm|ValidForGrid";
const lookup = [leaf("LookupStyle", "single"), el("LookupTypes")];
const userLocal = [leaf("Format", "datetime"), leaf("CanChangeDateTimeBehavior", 0), leaf("Behavior", 1)];
const int = (min: number, max: number) => [leaf("Format", "none"), leaf("MinValue", min), leaf("MaxValue", max)];

function systemColumns(table: TableDefinition): SystemColumn[] {
  const t = table.displayName;
  return [
    { name: table.primaryIdAttribute, type: "primarykey", displayName: t, description: "Unique identifier for entity instances", createApi: true, updateApi: false, required: "systemrequired", mask: "ValidForAdvancedFind|RequiredForGrid", specific: [] },
    { name: "createdby", type: "lookup", displayName: "Created By", description: "Unique identifier of the user who created the record.", createApi: false, updateApi: false, specific: lookup },
    { name: "createdon", type: "datetime", displayName: "Created On", description: "Date and time when the record was created.", createApi: false, updateApi: false, specific: userLocal },
    { name: "createdonbehalfby", type: "lookup", displayName: "Created By (Delegate)", description: "Unique identifier of the delegate user who created the record.", createApi: false, updateApi: false, specific: lookup },
    { name: "importsequencenumber", type: "int", displayName: "Import Sequence Number", description: "Sequence number of the import that created this record.", createApi: true, updateApi: false, mask: "ValidForAdvancedFind|ValidForGrid", specific: int(-2147483648, 2147483647) },
    { name: "modifiedby", type: "lookup", displayName: "Modified By", description: "Unique identifier of the user who modified the record.", createApi: false, updateApi: false, specific: lookup },
    { name: "modifiedon", type: "datetime", displayName: "Modified On", description: "Date and time when the record was modified.", createApi: false, updateApi: false, specific: userLocal },
    { name: "modifiedonbehalfby", type: "lookup", displayName: "Modified By (Delegate)", description: "Unique identifier of the delegate user who modified the record.", createApi: false, updateApi: false, specific: lookup },
    { name: "overriddencreatedon", type: "datetime", displayName: "Record Created On", description: "Date and time that the record was migrated.", createApi: true, updateApi: false, specific: [leaf("Format", "date"), leaf("CanChangeDateTimeBehavior", 0), leaf("Behavior", 1)] },
    { name: "ownerid", type: "owner", displayName: "Owner", description: "Owner Id", createApi: true, updateApi: true, required: "systemrequired", mask: `${GRID}|RequiredForForm`, specific: lookup },
    { name: "owningbusinessunit", type: "lookup", displayName: "Owning Business Unit", description: "Unique identifier for the business unit that owns the record", createApi: false, updateApi: false, mask: "ValidForAdvancedFind|ValidForForm|ValidForGrid", specific: lookup },
    { name: "owningteam", type: "lookup", displayName: "Owning Team", description: "Unique identifier for the team that owns the record.", createApi: false, updateApi: false, mask: "ValidForAdvancedFind|ValidForGrid", specific: lookup },
    { name: "owninguser", type: "lookup", displayName: "Owning User", description: "Unique identifier for the user that owns the record.", createApi: false, updateApi: false, mask: "ValidForAdvancedFind|ValidForGrid", specific: lookup },
    { name: "statecode", type: "state", displayName: "Status", description: `Status of the ${t}`, createApi: false, updateApi: true, required: "systemrequired", mask: `${GRID}|RequiredForForm`, specific: [leaf("OptionSetName", `${table.logicalName}_statecode`), stateOptionSet(table)] },
    { name: "statuscode", type: "status", displayName: "Status Reason", description: `Reason for the status of the ${t}`, createApi: true, updateApi: true, specific: [leaf("OptionSetName", `${table.logicalName}_statuscode`), statusOptionSet(table)] },
    { name: "timezoneruleversionnumber", type: "int", displayName: "Time Zone Rule Version Number", description: "For internal use only.", createApi: true, updateApi: true, mask: "ValidForAdvancedFind|ValidForGrid", specific: int(-1, 2147483647) },
    { name: "utcconversiontimezonecode", type: "int", displayName: "UTC Conversion Time Zone Code", description: "Time zone code that was in use when the record was created.", createApi: true, updateApi: true, mask: "ValidForAdvancedFind|ValidForGrid", specific: int(-1, 2147483647) },
  ];
}

function optionSetHeader(name: string, type: "state" | "status", displayName: string, description: string): XmlNode[] {
  return [leaf("OptionSetType", type), leaf("IntroducedVersion", "1.0.0.0"), leaf("IsCustomizable", 1), displayNames(displayName), descriptions(description)];
}

function stateOptionSet(table: TableDefinition): XmlElement {
  const name = `${table.logicalName}_statecode`;
  return el(
    "optionset",
    { Name: name },
    optionSetHeader(name, "state", "Status", `Status of the ${table.displayName}`),
    el(
      "states",
      {},
      el("state", { value: 0, defaultstatus: 1, invariantname: "Active" }, labels("Active")),
      el("state", { value: 1, defaultstatus: 2, invariantname: "Inactive" }, labels("Inactive")),
    ),
  );
}

function statusOptionSet(table: TableDefinition): XmlElement {
  const name = `${table.logicalName}_statuscode`;
  return el(
    "optionset",
    { Name: name },
    optionSetHeader(name, "status", "Status Reason", `Reason for the status of the ${table.displayName}`),
    el("statuses", {}, el("status", { value: 1, state: 0 }, labels("Active")), el("status", { value: 2, state: 1 }, labels("Inactive"))),
  );
}

export function systemColumnsXml(table: TableDefinition): XmlElement[] {
  return systemColumns(table).map((c) =>
    attributeElement(
      c.name,
      c.type,
      {
        custom: false,
        createApi: c.createApi,
        updateApi: c.updateApi,
        mask: c.mask ?? GRID,
        required: c.required ?? "none",
        displayName: c.displayName,
        description: c.description,
      },
      c.specific,
    ),
  );
}

export const systemColumnNames = (table: TableDefinition): string[] => systemColumns(table).map((c) => c.name);
