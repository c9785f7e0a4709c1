import type { OneToManyRelationship, TableDefinition } from "../../domain/tables";
import { el, leaf, type XmlElement } from "../xml/node";
import { INTRODUCED_VERSION } from "./attributeXml";
import { descriptions } from "./labels";

function oneToMany(
  r: OneToManyRelationship,
  options: { description: string; referencingNavigation: string; collectionNavigation: string },
): XmlElement {
  const flag = (b: boolean) => (b ? 1 : 0);
  // CascadeMerge has no element in the 9.0 schema; the platform applies NoCascade, which is ours.
  return el(
    "EntityRelationship",
    { Name: r.schemaName },
    leaf("EntityRelationshipType", "OneToMany"),
    leaf("IsCustomizable", flag(r.isCustomizable)),
    leaf("IntroducedVersion", INTRODUCED_VERSION),
    leaf("IsHierarchical", 0),
    leaf("ReferencingEntityName", r.referencingEntity),
    leaf("ReferencedEntityName", r.referencedEntity),
    leaf("CascadeAssign", r.cascade.assign),
    leaf("CascadeDelete", r.cascade.delete),
    leaf("CascadeReparent", r.cascade.reparent),
    leaf("CascadeShare", r.cascade.share),
    leaf("CascadeUnshare", r.cascade.unshare),
    leaf("CascadeRollupView", r.cascade.rollupView),
    leaf("IsValidForAdvancedFind", flag(r.isValidForAdvancedFind)),
    leaf("ReferencingAttributeName", r.referencingAttribute),
    el("RelationshipDescription", {}, descriptions(options.description)),
    el(
      "EntityRelationshipRoles",
      {},
      el(
        "EntityRelationshipRole",
        {},
        leaf("NavPaneDisplayOption", r.menu.behavior),
        leaf("NavPaneArea", r.menu.group),
        leaf("NavPaneOrder", r.menu.order),
        leaf("NavigationPropertyName", options.referencingNavigation),
        leaf("RelationshipRoleType", 1),
      ),
      el("EntityRelationshipRole", {}, leaf("NavigationPropertyName", options.collectionNavigation), leaf("RelationshipRoleType", 0)),
    ),
  );
}

export function customRelationshipXml(r: OneToManyRelationship): XmlElement {
  return oneToMany(r, { description: "", referencingNavigation: r.referencingAttribute, collectionNavigation: r.schemaName });
}

const noCascade = { assign: "NoCascade", reparent: "NoCascade", share: "NoCascade", unshare: "NoCascade", merge: "NoCascade", rollupView: "NoCascade" } as const;
const systemMenu = { behavior: "DoNotDisplay", group: "Details", order: 10000 } as const;

/** The relationships Dataverse creates for a user-owned table, as an export carries them. */
export function systemRelationships(table: TableDefinition): { relationship: OneToManyRelationship; navigation: string }[] {
  const t = table.logicalName;
  const system = (schemaName: string, referenced: string, attribute: string, navigation: string, cascade: Partial<OneToManyRelationship["cascade"]> = {}) => ({
    relationship: {
      schemaName,
      referencedEntity: referenced,
      referencingEntity: t,
      referencingAttribute: attribute,
      cascade: { ...noCascade, delete: "NoCascade" as const, ...cascade },
      menu: systemMenu,
      isCustomizable: false,
      isValidForAdvancedFind: true,
    },
    navigation,
  });
  return [
    system(`business_unit_${t}`, "BusinessUnit", "owningbusinessunit", "owningbusinessunit", { delete: "Restrict" }),
    system(`lk_${t}_createdby`, "SystemUser", "createdby", "createdby"),
    system(`lk_${t}_createdonbehalfby`, "SystemUser", "createdonbehalfby", "createdonbehalfby"),
    system(`lk_${t}_modifiedby`, "SystemUser", "modifiedby", "modifiedby"),
    system(`lk_${t}_modifiedonbehalfby`, "SystemUser", "modifiedonbehalfby", "modifiedonbehalfby"),
    system(`owner_${t}`, "Owner", "ownerid", "ownerid"),
    system(`team_${t}`, "Team", "owningteam", "owningteam"),
    system(`user_${t}`, "SystemUser", "owninguser", "owninguser"),
  ];
}

export function systemRelationshipXml(entry: { relationship: OneToManyRelationship; navigation: string }): XmlElement {
  return oneToMany(entry.relationship, { description: "", referencingNavigation: entry.navigation, collectionNavigation: entry.relationship.schemaName });
}
