/**
 * The tables a delivery names by id in text columns (not lookups, so Dataverse resolves none
 * of them): what a control needs to read a row's name and open it. Logical names, entity
 * sets, primary id and primary name columns as Microsoft's entity references give them:
 * - contact: contactid, fullname;
 * - msdyn_ocliveworkitem ("Conversation", an activity table): activityid, subject;
 * - queue: queueid, name;
 * - msdyn_proactive_engagement_config ("Proactive Engagement Configuration", Contact Center):
 *   msdyn_proactive_engagement_configid, msdyn_name.
 */
export type RelatedKind = "contact" | "conversation" | "queue" | "configuration";

export interface RelatedTable {
  kind: RelatedKind;
  logicalName: string;
  entitySetName: string;
  primaryIdAttribute: string;
  primaryNameAttribute: string;
  /** English display name, for the preview's sample tables; the control has its own resx labels. */
  displayName: string;
}

export const relatedTables: Readonly<Record<RelatedKind, RelatedTable>> = {
  contact: {
    kind: "contact",
    logicalName: "contact",
    entitySetName: "contacts",
    primaryIdAttribute: "contactid",
    primaryNameAttribute: "fullname",
    displayName: "Contact",
  },
  conversation: {
    kind: "conversation",
    logicalName: "msdyn_ocliveworkitem",
    entitySetName: "msdyn_ocliveworkitems",
    primaryIdAttribute: "activityid",
    primaryNameAttribute: "subject",
    displayName: "Conversation",
  },
  queue: {
    kind: "queue",
    logicalName: "queue",
    entitySetName: "queues",
    primaryIdAttribute: "queueid",
    primaryNameAttribute: "name",
    displayName: "Queue",
  },
  configuration: {
    kind: "configuration",
    logicalName: "msdyn_proactive_engagement_config",
    entitySetName: "msdyn_proactive_engagement_configs",
    primaryIdAttribute: "msdyn_proactive_engagement_configid",
    primaryNameAttribute: "msdyn_name",
    displayName: "Proactive Engagement Configuration",
  },
};

/** In the order the control shows them. */
export const relatedKinds: readonly RelatedKind[] = ["contact", "conversation", "queue", "configuration"];
