import type { Element } from "@xmldom/xmldom";
import { all, childText, directChildren } from "../xml/read";

/** A table in customizations.xml. */
export interface TableEntity {
  name: string;
  /** The solution creates it (EntityInfo present) rather than adding to it as a shell. */
  created: boolean;
  entity: Element;
}

export function tableEntities(customizations: Element): TableEntity[] {
  return directChildren(directChildren(customizations, "Entities")[0], "Entity").map((entity) => ({
    name: childText(entity, "Name") ?? "",
    created: directChildren(entity, "EntityInfo").length > 0,
    entity,
  }));
}

/** Schema names exports give the system columns of a table a solution creates. */
const SYSTEM_COLUMN_CASING = [
  "CreatedBy",
  "CreatedOn",
  "CreatedOnBehalfBy",
  "ImportSequenceNumber",
  "ModifiedBy",
  "ModifiedOn",
  "ModifiedOnBehalfBy",
  "OverriddenCreatedOn",
  "OwnerId",
  "OwningBusinessUnit",
  "OwningTeam",
  "OwningUser",
  "statecode",
  "statuscode",
  "TimeZoneRuleVersionNumber",
  "UTCConversionTimeZoneCode",
  "VersionNumber",
];
const SYSTEM_TABLES = new Set(["BusinessUnit", "SystemUser", "Owner", "Team"]);
const systemRelationshipNames = (t: string) => [
  `business_unit_${t}`,
  `lk_${t}_createdby`,
  `lk_${t}_modifiedby`,
  `owner_${t}`,
  `team_${t}`,
  `user_${t}`,
];
const DEFAULT_FORM_TYPES = ["card", "main", "quick"];
/** The export-shape rules of a table the solution creates (the tables solution's standard tables). */
export function createdTableRules(table: TableEntity, customizations: Element, problems: string[]): void {
  const t = table.name.toLowerCase();
  const attributes = all(table.entity, "attribute");
  for (const attribute of attributes) {
    const physical = attribute.getAttribute("PhysicalName") ?? "";
    const expected = SYSTEM_COLUMN_CASING.find((n) => n.toLowerCase() === physical.toLowerCase());
    if (expected && physical !== expected)
      problems.push(
        `[system column casing] table ${t}: column ${physical.toLowerCase()} is written PhysicalName="${physical}"; exports write "${expected}"`,
      );
    const type = childText(attribute, "Type");
    if ((type === "state" || type === "status") && directChildren(attribute, "OptionSetName").length > 0) {
      problems.push(
        `[inline state options] table ${t}: ${type} column ${physical} has an OptionSetName; exports carry its options inline only`,
      );
    }
    if ((type === "state" || type === "status") && directChildren(attribute, "optionset").length !== 1)
      problems.push(`[inline state options] table ${t}: ${type} column ${physical} lacks its inline optionset`);
  }
  const owner = attributes.find((a) => a.getAttribute("PhysicalName")?.toLowerCase() === "ownerid");
  const lookupTypes = owner ? all(owner, "LookupType").map((l) => l.textContent?.trim()) : [];
  if (owner && lookupTypes.join(",") !== "8,9")
    problems.push(
      `[owner lookup types] table ${t}: ownerid lists LookupTypes [${lookupTypes.join(", ")}]; exports list 8 (user) and 9 (team)`,
    );

  const system = all(customizations, "EntityRelationship").filter(
    (r) =>
      childText(r, "ReferencingEntityName")?.toLowerCase() === t &&
      SYSTEM_TABLES.has(childText(r, "ReferencedEntityName") ?? ""),
  );
  const names = system.map((r) => r.getAttribute("Name") ?? "").sort();
  const expected = systemRelationshipNames(t).sort();
  if (names.join(",") !== expected.join(","))
    problems.push(
      `[system relationships] table ${t}: has ${names.join(", ") || "none"}; exports carry exactly ${expected.join(", ")}`,
    );
  for (const r of system) {
    for (const tag of ["EntityRelationshipRoles", "CascadeRollupView", "IsValidForAdvancedFind"]) {
      if (directChildren(r, tag).length > 0)
        problems.push(
          `[system relationships] relationship ${r.getAttribute("Name")}: has ${tag}, which exports leave out of system relationships`,
        );
    }
  }
  const formTypes = directChildren(directChildren(table.entity, "FormXml")[0], "forms").map(
    (f) => f.getAttribute("type") ?? "",
  );
  for (const type of DEFAULT_FORM_TYPES)
    if (!formTypes.includes(type))
      problems.push(`[default forms] table ${t}: no ${type} form; an exported table ships main, quick and card forms`);
}
