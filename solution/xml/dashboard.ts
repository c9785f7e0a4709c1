import type { DashboardDefinition, DashboardSection, DashboardTab } from "../model";
import { INTRODUCED_VERSION } from "../definitions/release";
import { el, leaf, type XmlElement } from "./node";
import { descriptions, labels, localizedNames } from "./labels";
import { datasetControlDescription, subgridRowsXml } from "./form";
import { dashboardCells } from "../formCells";

function sectionXml(section: DashboardSection): XmlElement {
  return el(
    "section",
    { name: section.name, id: section.id, showlabel: false, showbar: false, columns: 1 },
    labels(section.label),
    el(
      "rows",
      {},
      section.cells.flatMap((cell) => subgridRowsXml(cell, "dashboard")),
    ),
  );
}

function tabXml(tab: DashboardTab): XmlElement {
  return el(
    "tab",
    { name: tab.name, id: tab.id, showlabel: false, verticallayout: true },
    labels(tab.label),
    el("columns", {}, el("column", { width: "100%" }, el("sections", {}, tab.sections.map(sectionXml)))),
  );
}

/**
 * `<Dashboard>` as exports write an organization dashboard (microsoft/coe-starter-kit
 * Dashboards/{id}.xml, MattCollins-Jones/QuizSolution customizations.xml): its name, FormId,
 * customizable, not the default dashboard, the FormXml (`<forms type="dashboard"><form>` with
 * tabs, sections and list cells, then the controlDescriptions of the lists a code component
 * renders, as a form writes them), the version it came in, and enabled for tablets (so the
 * control's tablet and phone bindings are used).
 *
 * A managed export writes a dashboard as it is: real "Both" unpacks (coe-starter-kit) carry no
 * `_managed` twin of a dashboard, unlike forms, and a dashboard has no field cells whose labels
 * a managed form empties. The managed zip carries the same XML.
 */
export function dashboardXml(dashboard: DashboardDefinition): XmlElement {
  const bound = dashboardCells(dashboard).flatMap((cell) =>
    cell.pcf ? [datasetControlDescription(cell, cell.pcf, "dashboard")] : [],
  );
  return el(
    "Dashboard",
    {},
    localizedNames(dashboard.name),
    dashboard.description !== "" && descriptions(dashboard.description),
    leaf("FormId", dashboard.id),
    leaf("IsCustomizable", 1),
    leaf("IsDefault", 0),
    el(
      "FormXml",
      {},
      el(
        "forms",
        { type: "dashboard" },
        el(
          "form",
          {},
          el("tabs", {}, dashboard.tabs.map(tabXml)),
          bound.length > 0 && el("controlDescriptions", {}, bound),
        ),
      ),
    ),
    leaf("IntroducedVersion", INTRODUCED_VERSION),
    leaf("IsTabletEnabled", 1),
  );
}
