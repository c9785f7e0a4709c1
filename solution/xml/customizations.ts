import type { SolutionDefinition } from "../model";
import { globalChoiceXml } from "./optionSet";
import { entityXml } from "./entity";
import { customRelationshipXml, systemRelationshipXml, systemRelationships } from "./relationship";
import { el, leaf, type XmlElement } from "./node";
import { webResourceXml } from "./webResource";
import { appModuleSiteMapXml, appModuleXml } from "./appModule";
import { roleXml } from "./role";
import { dashboardXml } from "./dashboard";

export const XSI = "http://www.w3.org/2001/XMLSchema-instance";

export function controlManifestFileName(name: string): string {
  return `/Controls/${name}/ControlManifest.xml`;
}

export function entityXmlFor(solution: SolutionDefinition, index: number): XmlElement {
  const { table, include } = solution.tables[index];
  return entityXml({
    table,
    include,
    forms: solution.forms.filter((f) => f.table === table.logicalName),
    views: solution.views.filter((v) => v.table === table.logicalName),
    languages: solution.languages,
  });
}

/** Every relationship of the solution, sorted by name (ordinal, case-insensitive) as exports list them. */
export function relationshipsXml(solution: SolutionDefinition): XmlElement[] {
  const system = solution.tables
    .filter((t) => t.include === "full")
    .flatMap((t) => systemRelationships(t.table).map((r) => systemRelationshipXml(t.table, r)));
  const key = (r: XmlElement) => r.attributes[0][1].toLowerCase();
  return [...solution.relationships.map(customRelationshipXml), ...system].sort((a, b) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
  );
}

/** customizations.xml, children in the order the schema and the importer require. */
export function customizationsXml(solution: SolutionDefinition): XmlElement {
  return el(
    "ImportExportXml",
    { "xmlns:xsi": XSI },
    el(
      "Entities",
      {},
      solution.tables.map((_t, i) => entityXmlFor(solution, i)),
    ),
    el("Roles", {}, solution.roles.map(roleXml)),
    el("Workflows"),
    el("FieldSecurityProfiles"),
    el("Templates"),
    el("EntityMaps"),
    el("EntityRelationships", {}, relationshipsXml(solution)),
    el("OrganizationSettings"),
    el("optionsets", {}, solution.globalChoices.map(globalChoiceXml)),
    // Dashboards sit between optionsets and WebResources (the schema's sequence; QuizSolution's export).
    solution.dashboards.length > 0 && el("Dashboards", {}, solution.dashboards.map(dashboardXml)),
    solution.webResources.length > 0 && el("WebResources", {}, solution.webResources.map(webResourceXml)),
    solution.controls.length > 0 &&
      el(
        "CustomControls",
        {},
        solution.controls.map((c) =>
          el("CustomControl", {}, leaf("Name", c.name), leaf("FileName", controlManifestFileName(c.name))),
        ),
      ),
    solution.siteMaps.length > 0 && el("AppModuleSiteMaps", {}, solution.siteMaps.map(appModuleSiteMapXml)),
    solution.appModules.length > 0 && el("AppModules", {}, solution.appModules.map(appModuleXml)),
    el("EntityDataProviders"),
    // Every language its labels are written in, as an export of an environment with them lists them.
    el(
      "Languages",
      {},
      solution.languages.map((language) => leaf("Language", language)),
    ),
  );
}
