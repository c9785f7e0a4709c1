import type { OneToManyRelationship, TableDefinition } from "../../domain/tables";
import { el, leaf, type XmlElement } from "./node";
import { INTRODUCED_VERSION } from "../definitions/release";
import { descriptions } from "./labels";

const flag = (b: boolean) => (b ? 1 : 0);

/** The elements every one-to-many relationship starts with, in export order. */
function header(
  referencing: string,
  referenced: string,
  customizable: boolean,
  cascade: OneToManyRelationship["cascade"],
): XmlElement[] {
  // CascadeMerge has no element in the 9.0 schema; the platform applies NoCascade, which is ours.
  // Newer exports add CascadeArchive, which the 9.0 schema lacks too; it is optional on import.
  return [
    leaf("EntityRelationshipType", "OneToMany"),
    leaf("IsCustomizable", flag(customizable)),
    leaf("IntroducedVersion", INTRODUCED_VERSION),
    leaf("IsHierarchical", 0),
    leaf("ReferencingEntityName", referencing),
    leaf("ReferencedEntityName", referenced),
    leaf("CascadeAssign", cascade.assign),
    leaf("CascadeDelete", cascade.delete),
    leaf("CascadeReparent", cascade.reparent),
    leaf("CascadeShare", cascade.share),
    leaf("CascadeUnshare", cascade.unshare),
  ];
}

/** A relationship the solution defines: the full shape, with navigation roles. */
export function customRelationshipXml(r: OneToManyRelationship): XmlElement {
  return el(
    "EntityRelationship",
    { Name: r.schemaName },
    header(r.referencingEntity, r.referencedEntity, r.isCustomizable, r.cascade),
    leaf("CascadeRollupView", r.cascade.rollupView),
    leaf("IsValidForAdvancedFind", flag(r.isValidForAdvancedFind)),
    leaf("ReferencingAttributeName", r.referencingAttribute),
    el("RelationshipDescription", {}, descriptions("")),
    el(
      "EntityRelationshipRoles",
      {},
      el(
        "EntityRelationshipRole",
        {},
        leaf("NavPaneDisplayOption", r.menu.behavior),
        leaf("NavPaneArea", r.menu.group),
        leaf("NavPaneOrder", r.menu.order),
        leaf("NavigationPropertyName", r.referencingAttribute),
        leaf("RelationshipRoleType", 1),
      ),
      el("EntityRelationshipRole", {}, leaf("NavigationPropertyName", r.schemaName), leaf("RelationshipRoleType", 0)),
    ),
  );
}

/** One of the relationships Dataverse makes for a user-owned table, as an export names it. */
export interface SystemRelationship {
  name: string;
  /** Schema name of the referenced system table, in Microsoft's casing. */
  referenced: "BusinessUnit" | "SystemUser" | "Owner" | "Team";
  /** Schema name of the referencing column. */
  attribute: string;
  description: string;
  deleteBehavior: "NoCascade" | "Restrict";
}

/**
 * Exactly the six that exports carry per user-owned table (powercat-creator-kit,
 * powercat-business-approvals-kit, QuizSolution). The platform makes the two on-behalf-of
 * relationships itself, so no export lists them; the columns stay.
 */
export function systemRelationships(table: TableDefinition): SystemRelationship[] {
  const t = table.logicalName;
  return [
    // Tables made on the current platform restrict deleting a business unit that owns rows.
    {
      name: `business_unit_${t}`,
      referenced: "BusinessUnit",
      attribute: "OwningBusinessUnit",
      description: "Unique identifier for the business unit that owns the record",
      deleteBehavior: "Restrict",
    },
    {
      name: `lk_${t}_createdby`,
      referenced: "SystemUser",
      attribute: "CreatedBy",
      description: "Unique identifier of the user who created the record.",
      deleteBehavior: "NoCascade",
    },
    {
      name: `lk_${t}_modifiedby`,
      referenced: "SystemUser",
      attribute: "ModifiedBy",
      description: "Unique identifier of the user who modified the record.",
      deleteBehavior: "NoCascade",
    },
    {
      name: `owner_${t}`,
      referenced: "Owner",
      attribute: "OwnerId",
      description: "Owner Id",
      deleteBehavior: "NoCascade",
    },
    {
      name: `team_${t}`,
      referenced: "Team",
      attribute: "OwningTeam",
      description: "Unique identifier for the team that owns the record.",
      deleteBehavior: "NoCascade",
    },
    {
      name: `user_${t}`,
      referenced: "SystemUser",
      attribute: "OwningUser",
      description: "Unique identifier for the user that owns the record.",
      deleteBehavior: "NoCascade",
    },
  ];
}

const noCascade = {
  assign: "NoCascade",
  reparent: "NoCascade",
  share: "NoCascade",
  unshare: "NoCascade",
  merge: "NoCascade",
  rollupView: "NoCascade",
} as const;

/** The short shape exports give system relationships: no roles, rollup view or advanced find flag. */
export function systemRelationshipXml(table: TableDefinition, r: SystemRelationship): XmlElement {
  return el(
    "EntityRelationship",
    { Name: r.name },
    header(table.schemaName, r.referenced, true, { ...noCascade, delete: r.deleteBehavior }),
    leaf("ReferencingAttributeName", r.attribute),
    el("RelationshipDescription", {}, descriptions(r.description)),
  );
}
