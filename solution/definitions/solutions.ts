import {
  attributeTable,
  attributeTypeChoice,
  contactTable,
  deliveryAttributesRelationship,
  deliveryTable,
} from "../../domain/tables";
import type { BuiltControl, FormDefinition, SolutionDefinition, WebResourceDefinition } from "../model";
import { tableDefaultForms } from "./tableDefaultForms";
import { tableSystemViews } from "./systemViews";
import { appIconDependencies, missingDependencies } from "./dependencies";
import { proactiveEngagementApp } from "./appModule";
import { proactiveEngagementSiteMap } from "./siteMap";
import { experienceRoles } from "./roles";
import { withFormScripts } from "./formScripts";
import { withContactDeliveries, withDeliveryControls } from "./controlBindings";
import { attributeMainForm, CONTACT_DELIVERIES_TAB, contactMainForm, deliveryMainForm } from "./forms";
import { experiencePublisher, tablesPublisher } from "./publishers";
import { SOLUTION_VERSION } from "./release";
import { experienceViews } from "./views";
import { experienceDashboards } from "./dashboards";
import { experienceEnvironmentVariables } from "./environmentVariables";

export const TABLES_SOLUTION = "ProactiveDeliveryTables";
export const EXPERIENCE_SOLUTION = "ProactiveDeliveryExperience";

/** Creates both tables exactly as Contact Center does, for environments that lack them. */
export function tablesSolution(): SolutionDefinition {
  return {
    uniqueName: TABLES_SOLUTION,
    displayName: "Proactive Delivery Tables",
    description:
      "The msdyn_proactive_delivery and msdyn_proactive_delivery_attribute tables with Microsoft's metadata. Do not import where Dynamics 365 Contact Center is installed.",
    version: SOLUTION_VERSION,
    publisher: tablesPublisher,
    tables: [
      { table: deliveryTable, include: "full" },
      { table: attributeTable, include: "full" },
    ],
    globalChoices: [attributeTypeChoice],
    relationships: [deliveryAttributesRelationship],
    forms: tableDefaultForms,
    dashboards: [],
    views: tableSystemViews,
    webResources: [],
    controls: [],
    roles: [],
    siteMaps: [],
    appModules: [],
    environmentVariables: [],
    dependencies: [],
  };
}

export interface ExperienceParts {
  controls: BuiltControl[];
  webResources: WebResourceDefinition[];
  forms?: FormDefinition[];
}

/** Everything users see, on top of either the tables solution or Contact Center's own tables. */
export function experienceSolution(parts: ExperienceParts): SolutionDefinition {
  const forms = parts.forms ?? [
    withFormScripts(withDeliveryControls(deliveryMainForm), parts.webResources),
    attributeMainForm,
    withContactDeliveries(contactMainForm, CONTACT_DELIVERIES_TAB),
  ];
  const solution = {
    uniqueName: EXPERIENCE_SOLUTION,
    displayName: "Proactive Delivery Experience",
    description:
      "The Proactive Engagement app: forms, views, the delivery insights dashboard, controls and scripts for proactive engagement deliveries, and the allowed disposition codes setting. Requires the proactive delivery tables (Dynamics 365 Contact Center or the ProactiveDeliveryTables solution).",
    version: SOLUTION_VERSION,
    publisher: experiencePublisher,
    // By logical name, as exports list tables (their Entities and root components).
    tables: [
      // The platform's contact, shell only (behavior 2) as Microsoft's FSI solutions add forms
      // to it: it carries the contact form and nothing of contact's own metadata.
      { table: contactTable, include: "shell" as const },
      { table: deliveryTable, include: "shell" as const },
      { table: attributeTable, include: "shell" as const },
    ],
    globalChoices: [],
    relationships: [],
    forms,
    dashboards: experienceDashboards,
    views: experienceViews,
    webResources: parts.webResources,
    controls: parts.controls,
    roles: experienceRoles,
    siteMaps: [proactiveEngagementSiteMap],
    appModules: [proactiveEngagementApp],
    environmentVariables: experienceEnvironmentVariables,
  };
  return {
    ...solution,
    dependencies: [
      ...missingDependencies(solution, { uniqueName: TABLES_SOLUTION, version: SOLUTION_VERSION }),
      ...appIconDependencies(solution),
    ],
  };
}
