import type { TableDefinition } from "../../domain/tables";
import type { FormLanguage } from "../../domain/languages";
import type { FormDefinition, ViewDefinition } from "../model";
import { formsXml } from "./form";
import { savedQueriesXml } from "./view";
import { el, leaf, type XmlElement } from "./node";
import { INTRODUCED_VERSION } from "../definitions/release";
import { customColumnXml } from "./attribute";
import { labelled } from "./labels";
import { systemColumnsXml } from "./systemColumns";

/** Table metadata as a full export carries it: every column, then the table's settings. */
function entityInfo(table: TableDefinition): XmlElement {
  // Exports order attributes by logical name, ordinal and case-insensitive.
  const key = (a: XmlElement) => a.attributes[0][1].toLowerCase();
  const attributes = [...table.columns.map(customColumnXml), ...systemColumnsXml(table)].sort((a, b) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
  );
  return el(
    "EntityInfo",
    {},
    el(
      "entity",
      { Name: table.schemaName },
      labelled("LocalizedNames", "LocalizedName", table.displayName),
      labelled("LocalizedCollectionNames", "LocalizedCollectionName", table.displayCollectionName),
      labelled("Descriptions", "Description", table.description),
      el("attributes", {}, attributes),
      leaf("EntitySetName", table.entitySetName),
      leaf("IsDuplicateCheckSupported", 0),
      leaf("IsBusinessProcessEnabled", 0),
      leaf("IsRequiredOffline", 0),
      leaf("IsInteractionCentricEnabled", 0),
      leaf("IsCollaboration", 0),
      leaf("AutoRouteToOwnerQueue", 0),
      leaf("IsConnectionsEnabled", 0),
      leaf("IsDocumentManagementEnabled", 0),
      leaf("AutoCreateAccessTeams", 0),
      leaf("IsOneNoteIntegrationEnabled", 0),
      leaf("IsKnowledgeManagementEnabled", 0),
      leaf("IsSLAEnabled", 0),
      leaf("IsDocumentRecommendationsEnabled", 0),
      leaf("IsBPFEntity", 0),
      leaf("OwnershipTypeMask", table.ownership),
      leaf("IsAuditEnabled", 0),
      leaf("IsActivity", 0),
      leaf("IsActivityParty", 0),
      leaf("IsReplicated", 0),
      leaf("IsReplicationUserFiltered", 0),
      leaf("IsMailMergeEnabled", 0),
      leaf("IsVisibleInMobile", 0),
      leaf("IsVisibleInMobileClient", 1),
      leaf("IsReadOnlyInMobileClient", 0),
      leaf("IsOfflineInMobileClient", 0),
      leaf("DaysSinceRecordLastModified", 0),
      leaf("IsMapiGridEnabled", 1),
      leaf("IsReadingPaneEnabled", 1),
      leaf("IsQuickCreateEnabled", 0),
      leaf("SyncToExternalSearchIndex", 0),
      leaf("IntroducedVersion", INTRODUCED_VERSION),
      leaf("IsCustomizable", 1),
      leaf("IsRenameable", 1),
      leaf("IsMappable", 1),
      leaf("CanModifyAuditSettings", 1),
      leaf("CanModifyMobileVisibility", 1),
      leaf("CanModifyMobileClientVisibility", 1),
      leaf("CanModifyMobileClientReadOnly", 1),
      leaf("CanModifyMobileClientOffline", 1),
      leaf("CanModifyConnectionSettings", 1),
      leaf("CanModifyDuplicateDetectionSettings", 1),
      leaf("CanModifyMailMergeSettings", 1),
      leaf("CanModifyQueueSettings", 1),
      leaf("CanCreateAttributes", 1),
      leaf("CanCreateForms", 1),
      leaf("CanCreateCharts", 1),
      leaf("CanCreateViews", 1),
      leaf("CanModifyAdditionalSettings", 1),
      leaf("CanEnableSyncToExternalSearchIndex", 1),
      leaf("EnforceStateTransitions", 0),
      leaf("CanChangeHierarchicalRelationship", 1),
      leaf("EntityHelpUrlEnabled", 0),
      leaf("ChangeTrackingEnabled", 1),
      leaf("CanChangeTrackingBeEnabled", 1),
      leaf("IsEnabledForExternalChannels", 0),
      leaf("HasRelatedNotes", "False"),
      leaf("HasRelatedActivities", "False"),
    ),
  );
}

export interface EntityXmlInput {
  table: TableDefinition;
  include: "full" | "shell";
  forms: FormDefinition[];
  views: ViewDefinition[];
  /** The solution's languages: its forms' cell labels are written in these. */
  languages: readonly FormLanguage[];
}

/**
 * One table of customizations.xml: metadata when the solution creates it, then its forms and views.
 *
 * A shell carries no EntityInfo and no ObjectTypeCode, so nothing in it can alter the table's
 * metadata. A platform table (contact) is named as real exports name one, with an empty
 * OriginalName and its schema name as text: `<Name LocalizedName="Contact" OriginalName="">Contact</Name>`
 * (TheMarkChristie/FoodbankModelDrivenApp customizations.xml, a packed export, for Contact,
 * Account, Task and the other platform tables it carries; microsoft/fsi-experiences
 * FSIWealthManagement Entities/Contact/Entity.xml, a forms-and-views-only contact shell, the
 * same). Tables a solution created (ours, Microsoft's proactive ones) repeat the display name.
 */
export function entityXml({ table, include, forms, views, languages }: EntityXmlInput): XmlElement {
  return el(
    "Entity",
    {},
    el(
      "Name",
      { LocalizedName: table.displayName, OriginalName: table.platform ? "" : table.displayName },
      table.schemaName,
    ),
    include === "full" && entityInfo(table),
    el("FormXml", {}, formsXml(forms, languages)),
    // The XSD wants a savedqueries inside SavedQueries; exports leave it out when there is none.
    views.length > 0 && el("SavedQueries", {}, savedQueriesXml(views, table)),
    el(
      "RibbonDiffXml",
      {},
      el("CustomActions"),
      el("Templates", {}, el("RibbonTemplates", { Id: "Mscrm.Templates" })),
      el("CommandDefinitions"),
      el("RuleDefinitions", {}, el("TabDisplayRules"), el("DisplayRules"), el("EnableRules")),
      el("LocLabels"),
    ),
  );
}
