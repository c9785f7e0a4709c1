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
import { BASE_LANGUAGE, SOLUTION_VERSION } from "./release";
import { FORM_LANGUAGES } from "../../domain/languages";
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
    // Microsoft's table metadata, in the base language as before.
    languages: [BASE_LANGUAGE],
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

/** The languages the experience writes its labels in (its forms': domain/languages.ts). */
export const EXPERIENCE_LANGUAGES = FORM_LANGUAGES;

/**
 * The experience's main forms, as it packs them: the delivery form with its code components and
 * scripts, the attribute form, the contact form with ContactDeliveries. The preview lays its
 * pages out from these very objects (preview/server/formLayouts.ts).
 */
export function experienceForms(webResources: readonly WebResourceDefinition[]): FormDefinition[] {
  return [
    withFormScripts(withDeliveryControls(deliveryMainForm), webResources),
    attributeMainForm,
    withContactDeliveries(contactMainForm, CONTACT_DELIVERIES_TAB),
  ];
}

/** Everything users see, on top of either the tables solution or Contact Center's own tables. */
export function experienceSolution(parts: ExperienceParts): SolutionDefinition {
  const forms = parts.forms ?? experienceForms(parts.webResources);
  const solution = {
    uniqueName: EXPERIENCE_SOLUTION,
    displayName: "Proactive Delivery Experience",
    description:
      "The Proactive Engagement app: forms, views, the delivery insights dashboard, controls and scripts for proactive engagement deliveries, and the allowed disposition codes setting. Requires the proactive delivery tables (Dynamics 365 Contact Center or the ProactiveDeliveryTables solution).",
    version: SOLUTION_VERSION,
    // Its forms' labels are written in each of these (domain/languages.ts).
    languages: EXPERIENCE_LANGUAGES,
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
