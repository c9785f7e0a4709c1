import { DeliveryAttributeRelationship, attributeTable, attributeTypeChoice, deliveryAttributesRelationship, deliveryTable, tables } from "../../domain/tables";
import type { BuiltControl, Dependency, FormDefinition, SolutionDefinition, ViewDefinition, WebResourceDefinition } from "../model";
import { withDeliveryControls } from "./controlBindings";
import { attributeMainForm, deliveryMainForm } from "./forms";
import { experiencePublisher, tablesPublisher } from "./publishers";
import { SOLUTION_VERSION } from "./release";
import { experienceViews, tableSystemViews } from "./views";

export const TABLES_SOLUTION = "ProactiveDeliveryTables";
export const EXPERIENCE_SOLUTION = "ProactiveDeliveryExperience";

/** Creates both tables exactly as Contact Center does, for environments that lack them. */
export function tablesSolution(): SolutionDefinition {
  return {
    uniqueName: TABLES_SOLUTION,
    displayName: "Proactive Delivery Tables",
    description: "The msdyn_proactive_delivery and msdyn_proactive_delivery_attribute tables with Microsoft's metadata. Do not import where Dynamics 365 Contact Center is installed.",
    version: SOLUTION_VERSION,
    publisher: tablesPublisher,
    tables: [
      { table: deliveryTable, include: "full" },
      { table: attributeTable, include: "full" },
    ],
    globalChoices: [attributeTypeChoice],
    relationships: [deliveryAttributesRelationship],
    forms: [],
    views: tableSystemViews,
    webResources: [],
    controls: [],
    dependencies: [],
  };
}

/** Columns used by forms and views: declared as dependencies, since the tables come from elsewhere. */
function columnDependencies(forms: FormDefinition[], views: ViewDefinition[]): Dependency[] {
  const used = new Map<string, Set<string>>();
  const use = (table: string, column: string) => {
    if (!used.has(table)) used.set(table, new Set());
    used.get(table)?.add(column);
  };
  for (const form of forms) {
    for (const cell of form.tabs.flatMap((t) => t.sections.flatMap((s) => s.cells))) if (cell.kind === "field") use(form.table, cell.column);
  }
  for (const view of views) {
    for (const c of view.columns) use(view.table, c.name);
    for (const o of view.orderBy) use(view.table, o.attribute);
    for (const c of view.conditions ?? []) use(view.table, c.attribute);
  }
  const dependencies: Dependency[] = [];
  for (const table of tables) {
    for (const column of table.columns) {
      if (used.get(table.logicalName)?.has(column.logicalName)) {
        dependencies.push({ type: 2, schemaName: column.logicalName, displayName: column.displayName, parent: table.logicalName, providedBy: TABLES_SOLUTION });
      }
    }
  }
  return dependencies;
}

export interface ExperienceParts {
  controls: BuiltControl[];
  webResources: WebResourceDefinition[];
  forms?: FormDefinition[];
}

/** Everything users see, on top of either the tables solution or Contact Center's own tables. */
export function experienceSolution(parts: ExperienceParts): SolutionDefinition {
  const forms = parts.forms ?? [withDeliveryControls(deliveryMainForm), attributeMainForm];
  return {
    uniqueName: EXPERIENCE_SOLUTION,
    displayName: "Proactive Delivery Experience",
    description: "Forms, views, controls and scripts for proactive engagement deliveries. Requires the proactive delivery tables (Dynamics 365 Contact Center or the ProactiveDeliveryTables solution).",
    version: SOLUTION_VERSION,
    publisher: experiencePublisher,
    tables: [
      { table: deliveryTable, include: "shell" },
      { table: attributeTable, include: "shell" },
    ],
    globalChoices: [],
    relationships: [],
    forms,
    views: experienceViews,
    webResources: parts.webResources,
    controls: parts.controls,
    dependencies: [
      { type: 1, schemaName: deliveryTable.logicalName, displayName: deliveryTable.displayName, providedBy: TABLES_SOLUTION },
      { type: 1, schemaName: attributeTable.logicalName, displayName: attributeTable.displayName, providedBy: TABLES_SOLUTION },
      { type: 10, schemaName: DeliveryAttributeRelationship, displayName: DeliveryAttributeRelationship, providedBy: TABLES_SOLUTION },
      ...columnDependencies(forms, experienceViews),
    ],
  };
}
