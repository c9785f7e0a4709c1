import type { Element } from "@xmldom/xmldom";
import { DeliveryNames } from "../../domain/tables/names";
import { ControlNames, deliveryInsightsDataSet, deliveryInsightsProperties } from "../definitions/controlBindings";
import { deliveryInsightsDashboard } from "../definitions/dashboards";
import { all, childText, directChildren, text } from "../xml/read";
import { ClassIds, FORM_FACTORS } from "../xml/form";

const FILE = "customizations.xml";
const DASHBOARDS_PAGE = "/workplace/home_dashboards.aspx";
const bare = (id: string | null | undefined) => (id ?? "").replace(/[{}]/g, "").toLowerCase();
const same = (a: string | null | undefined, b: string | null | undefined) => bare(a) === bare(b);

/** The `<Dashboard>` elements of customizations.xml, each with its FormId. */
export function dashboardsOf(customizations: Element): { id: string; dashboard: Element }[] {
  return directChildren(directChildren(customizations, "Dashboards")[0], "Dashboard").map((dashboard) => ({
    id: childText(dashboard, "FormId") ?? "",
    dashboard,
  }));
}

/** The list (subgrid) cells of a dashboard: each cell's control with the parameters it names. */
function listsOf(dashboard: Element): { name: string; control: Element; parameter: (tag: string) => string }[] {
  return all(dashboard, "control")
    .filter((c) => c.getAttribute("indicationOfSubgrid") === "true")
    .map((control) => {
      const parameters = directChildren(control, "parameters")[0];
      return {
        name: control.getAttribute("id") ?? "",
        control,
        parameter: (tag: string) => (parameters ? (childText(parameters, tag) ?? "") : ""),
      };
    });
}

/** The saved queries of the package, by bare id: their table and name. */
function viewsOf(customizations: Element): Map<string, { table: string; name: string; queryType: string }> {
  const views = new Map<string, { table: string; name: string; queryType: string }>();
  for (const entity of directChildren(directChildren(customizations, "Entities")[0], "Entity")) {
    const table = childText(entity, "Name") ?? "";
    for (const query of all(entity, "savedquery"))
      views.set(bare(text(query, "savedqueryid")), {
        table,
        name: all(query, "LocalizedName")[0]?.getAttribute("description") ?? "",
        queryType: text(query, "querytype") ?? "",
      });
  }
  return views;
}

/**
 * [dashboard]: every dashboard of a package is an organization dashboard as exports write one:
 * a name, a FormXml of type dashboard, lists over public views of the package on the table each
 * names, with no relationship and no user view; a list a code component renders has its
 * controlDescription, whose data set is over the same view and table. A problem names the file,
 * the dashboard, the list and the field.
 */
export function dashboardShapeProblems(customizations: Element): string[] {
  const problems: string[] = [];
  const views = viewsOf(customizations);
  for (const { id, dashboard } of dashboardsOf(customizations)) {
    const where = `[dashboard] ${FILE}: dashboard ${id || "(no FormId)"}`;
    if (
      !all(directChildren(dashboard, "LocalizedNames")[0] ?? dashboard, "LocalizedName")[0]?.getAttribute("description")
    )
      problems.push(`${where}: LocalizedNames has no name`);
    const forms = directChildren(directChildren(dashboard, "FormXml")[0], "forms");
    if (forms.length !== 1 || forms[0].getAttribute("type") !== "dashboard")
      problems.push(`${where}: FormXml must hold one <forms type="dashboard">`);
    const lists = listsOf(dashboard);
    if (lists.length === 0) problems.push(`${where}: has no list, so it shows nothing`);
    const descriptions = all(dashboard, "controlDescription");
    for (const list of lists) {
      const at = `${where} list ${list.name}`;
      const table = list.parameter("TargetEntityType");
      const viewId = list.parameter("ViewId");
      const view = views.get(bare(viewId));
      if (!view) problems.push(`${at}: ViewId ${viewId || "(none)"} is not a view of the package`);
      else if (view.table.toLowerCase() !== table.toLowerCase())
        problems.push(`${at}: ViewId ${viewId} is a view of ${view.table}, but TargetEntityType is "${table}"`);
      else if (view.queryType !== "0")
        problems.push(`${at}: ViewId ${viewId} has querytype ${view.queryType}; a dashboard lists a public view (0)`);
      if (list.parameter("IsUserView") !== "false")
        problems.push(
          `${at}: IsUserView is "${list.parameter("IsUserView")}"; an organization dashboard lists system views`,
        );
      if (list.parameter("RelationshipName") !== "")
        problems.push(
          `${at}: RelationshipName is "${list.parameter("RelationshipName")}"; a dashboard has no record to relate to`,
        );
      if (!["Grid", "Chart"].includes(list.parameter("ChartGridMode")))
        problems.push(`${at}: ChartGridMode is "${list.parameter("ChartGridMode")}", neither Grid nor Chart`);

      const rendered = list.control.getAttribute("classid")?.toUpperCase() === ClassIds.customControl;
      const uniqueId = list.control.getAttribute("uniqueid");
      const description = descriptions.find((d) => d.getAttribute("forControl") === uniqueId);
      if (rendered && !description)
        problems.push(
          `${at}: rendered by a code component (classid ${ClassIds.customControl}) with no controlDescription`,
        );
      for (const custom of description ? directChildren(description, "customControl") : []) {
        if (custom.getAttribute("formFactor") === null) continue;
        const dataSet = directChildren(directChildren(custom, "parameters")[0], "data-set")[0];
        const factor = `${at} control ${custom.getAttribute("name")} form factor ${custom.getAttribute("formFactor")}`;
        if (!dataSet) {
          problems.push(`${factor}: no data-set, so the list gives the control no rows`);
          continue;
        }
        if (!same(childText(dataSet, "ViewId"), viewId))
          problems.push(
            `${factor}: data-set ViewId ${childText(dataSet, "ViewId")} is not the list's ViewId ${viewId}`,
          );
        if ((childText(dataSet, "TargetEntityType") ?? "") !== table)
          problems.push(
            `${factor}: data-set TargetEntityType "${childText(dataSet, "TargetEntityType")}" is not the list's "${table}"`,
          );
      }
    }
    for (const d of descriptions)
      if (!lists.some((l) => l.control.getAttribute("uniqueid") === d.getAttribute("forControl")))
        problems.push(
          `${where}: controlDescription forControl ${d.getAttribute("forControl")} names no list of the dashboard`,
        );
  }
  return problems;
}

const RULE = "[insights dashboard]";

/**
 * [insights dashboard] What the experience must carry for supervisors (issue 13): the
 * "Proactive Delivery Insights" dashboard as a root component, a list over All Deliveries
 * rendered by DeliveryInsights on web, tablet and phone with its data set and rowCap, the control
 * packaged, a site map entry opening it on the dashboards page, and the app listing it.
 */
export function insightsDashboardProblems(solution: Element, customizations: Element): string[] {
  const problems: string[] = [];
  const expected = deliveryInsightsDashboard;
  const control = ControlNames.insights;
  const where = `${RULE} ${FILE}: dashboard ${expected.id}`;
  if (
    !all(solution, "RootComponent").some(
      (r) => r.getAttribute("type") === "60" && same(r.getAttribute("id"), expected.id),
    )
  )
    problems.push(`${RULE} solution.xml: no RootComponent type 60 id="${expected.id.toLowerCase()}"`);
  if (!all(customizations, "CustomControl").some((c) => childText(c, "Name") === control))
    problems.push(`${RULE} ${FILE}: control ${control} is not packaged`);

  const dashboard = dashboardsOf(customizations).find((d) => same(d.id, expected.id))?.dashboard;
  if (!dashboard) {
    problems.push(`${RULE} ${FILE}: no Dashboard with FormId ${expected.id}`);
  } else {
    const name = all(directChildren(dashboard, "LocalizedNames")[0] ?? dashboard, "LocalizedName")[0]?.getAttribute(
      "description",
    );
    if (name !== expected.name) problems.push(`${where}: LocalizedName is "${name}", not "${expected.name}"`);
    if (childText(dashboard, "IsTabletEnabled") !== "1")
      problems.push(`${where}: IsTabletEnabled is not 1, so tablets and phones do not get the control`);
    const allDeliveries = viewsOf(customizations).get(bare(deliveryInsightsDataSet.viewId));
    if (allDeliveries?.name !== "All Deliveries")
      problems.push(
        `${where}: the package has no view "All Deliveries" ${deliveryInsightsDataSet.viewId} (found "${allDeliveries?.name ?? ""}")`,
      );
    const list = listsOf(dashboard).find(
      (l) =>
        l.parameter("TargetEntityType") === DeliveryNames.table &&
        same(l.parameter("ViewId"), deliveryInsightsDataSet.viewId),
    );
    if (!list) {
      problems.push(
        `${where}: no list with TargetEntityType ${DeliveryNames.table} and ViewId ${deliveryInsightsDataSet.viewId} (All Deliveries)`,
      );
      return problems;
    }
    const at = `${where} list ${list.name}`;
    if (list.parameter("ChartGridMode") !== "Grid")
      problems.push(`${at}: ChartGridMode is "${list.parameter("ChartGridMode")}", not Grid`);
    const description = all(dashboard, "controlDescription").find(
      (d) => d.getAttribute("forControl") === list.control.getAttribute("uniqueid"),
    );
    const bound = description
      ? directChildren(description, "customControl").filter((c) => c.getAttribute("name") === control)
      : [];
    const factors = bound.map((c) => c.getAttribute("formFactor"));
    if (factors.join(",") !== FORM_FACTORS.join(","))
      problems.push(
        `${at}: ${control} is on form factors [${factors.join(", ")}], not web, tablet and phone (${FORM_FACTORS.join(", ")})`,
      );
    for (const c of bound) {
      const parameters = directChildren(c, "parameters")[0];
      const factor = `${at} form factor ${c.getAttribute("formFactor")}`;
      const dataSet = directChildren(parameters, "data-set")[0];
      if (dataSet?.getAttribute("name") !== deliveryInsightsDataSet.name)
        problems.push(`${factor}: ${control} is not given data-set "${deliveryInsightsDataSet.name}"`);
      for (const [property, { static: value, type }] of Object.entries(deliveryInsightsProperties)) {
        const given = directChildren(parameters, property)[0];
        if (
          given?.textContent?.trim() !== value ||
          given.getAttribute("static") !== "true" ||
          given.getAttribute("type") !== type
        )
          problems.push(`${factor}: ${property} is not the static ${type} ${value}`);
      }
    }
  }

  const entries = all(customizations, "SubArea").filter((s) => same(s.getAttribute("DefaultDashboard"), expected.id));
  if (entries.length === 0) problems.push(`${RULE} ${FILE}: no site map SubArea has DefaultDashboard ${expected.id}`);
  for (const entry of entries)
    if (entry.getAttribute("Url") !== DASHBOARDS_PAGE)
      problems.push(
        `${RULE} ${FILE}: site map subarea ${entry.getAttribute("Id")}: Url is "${entry.getAttribute("Url") ?? ""}", not ${DASHBOARDS_PAGE}`,
      );
  const apps = directChildren(directChildren(customizations, "AppModules")[0], "AppModule");
  for (const app of apps)
    if (
      !all(app, "AppModuleComponent").some(
        (c) => c.getAttribute("type") === "60" && same(c.getAttribute("id"), expected.id),
      )
    )
      problems.push(
        `${RULE} ${FILE}: app ${childText(app, "UniqueName")} does not list dashboard ${expected.id} (type 60)`,
      );
  return problems;
}
