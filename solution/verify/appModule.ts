import type { Element } from "@xmldom/xmldom";
import { defaultAppIcon } from "../definitions/appModule";
import { all, childText, directChildren, text } from "../xml/read";

const bare = (id: string | null | undefined) => (id ?? "").replace(/[{}]/g, "").toLowerCase();
const elements = (parent: Element | undefined, tag: string) => directChildren(parent, tag);
/** The dashboards page a dashboard subarea opens (coe-starter-kit's site maps, the 9.0 default site map). */
const DASHBOARDS_PAGE = "/workplace/home_dashboards.aspx";

/** Whether a component of a type code is in the package or a declared dependency (verifyZip.ts). */
export type Resolves = (type: string, key: string) => boolean | undefined;

/** The table and view an entity list address opens: `/main.aspx?pagetype=entitylist&etn=...&viewid=...`. */
export function entityListOf(url: string): { table: string; viewId?: string } | undefined {
  const [path, query = ""] = url.split("?");
  if (!/^\/main\.aspx$/i.test(path)) return undefined;
  const parameters = new URLSearchParams(query);
  const table = parameters.get("etn");
  if (parameters.get("pagetype") !== "entitylist" || !table) return undefined;
  return { table, viewId: parameters.get("viewid") ?? undefined };
}

/** What a site map entry points at, in the terms app components use. */
interface Target {
  tables: string[];
  views: string[];
  dashboards: string[];
}

function subAreaTarget(
  subArea: Element,
  where: string,
  viewTables: Map<string, string>,
  formIds: Set<string>,
  resolves: Resolves,
  problems: string[],
): Target {
  const target: Target = { tables: [], views: [], dashboards: [] };
  const entity = subArea.getAttribute("Entity");
  const url = subArea.getAttribute("Url");
  const dashboard = subArea.getAttribute("DefaultDashboard");
  if (entity) {
    target.tables.push(entity);
    if (!resolves("1", entity)) problems.push(`[site map] ${where}: Entity "${entity}" is not a table of the package`);
  }
  if (url && dashboard) {
    target.dashboards.push(bare(dashboard));
    if (formIds.has(bare(dashboard)))
      problems.push(`[site map] ${where}: DefaultDashboard ${dashboard} is a form of the package, not a dashboard`);
    else if (!resolves("60", `{${bare(dashboard)}}`))
      problems.push(`[site map] ${where}: DefaultDashboard ${dashboard} is not a dashboard of the package`);
    if (url !== DASHBOARDS_PAGE)
      problems.push(`[site map] ${where}: Url "${url}" with a DefaultDashboard; exports open it on ${DASHBOARDS_PAGE}`);
  } else if (url) {
    const list = entityListOf(url);
    if (!list) {
      problems.push(`[site map] ${where}: Url "${url}" is neither a table's list nor the dashboards page`);
    } else {
      target.tables.push(list.table);
      if (!resolves("1", list.table))
        problems.push(`[site map] ${where}: Url opens table "${list.table}", not a table of the package`);
      if (list.viewId) {
        target.views.push(bare(list.viewId));
        const table = viewTables.get(bare(list.viewId));
        if (!table) problems.push(`[site map] ${where}: Url opens view ${list.viewId}, not a view of the package`);
        else if (table.toLowerCase() !== list.table.toLowerCase())
          problems.push(`[site map] ${where}: Url opens view ${list.viewId} of ${table} on the list of ${list.table}`);
      }
    }
  }
  if (!entity && !url) problems.push(`[site map] ${where}: neither Entity nor Url, so it opens nothing`);
  return target;
}

/**
 * The app and its site map resolve (issue 12): every subarea points at a table, view or dashboard
 * in the package (or a declared dependency), every app component resolves, what the site map
 * shows is among the app's components, the roles mapped to the app are in the package, and the
 * app's icon is a web resource of the package or the platform's default icon declared missing.
 */
export function appModuleRules(customizations: Element, solution: Element, resolves: Resolves): string[] {
  const problems: string[] = [];
  const viewTables = new Map<string, string>();
  for (const entity of elements(elements(customizations, "Entities")[0], "Entity")) {
    const table = childText(entity, "Name") ?? "";
    for (const query of all(entity, "savedquery")) viewTables.set(bare(text(query, "savedqueryid")), table);
  }
  const formIds = new Set(all(customizations, "systemform").map((f) => bare(text(f, "formid"))));
  const siteMapTargets = new Map<string, Target>();
  for (const siteMap of elements(elements(customizations, "AppModuleSiteMaps")[0], "AppModuleSiteMap")) {
    const name = childText(siteMap, "SiteMapUniqueName") ?? "";
    const target: Target = { tables: [], views: [], dashboards: [] };
    for (const subArea of all(siteMap, "SubArea")) {
      const found = subAreaTarget(
        subArea,
        `site map ${name} subarea ${subArea.getAttribute("Id")}`,
        viewTables,
        formIds,
        resolves,
        problems,
      );
      target.tables.push(...found.tables);
      target.views.push(...found.views);
      target.dashboards.push(...found.dashboards);
    }
    siteMapTargets.set(name.toLowerCase(), target);
  }

  const declaredIcons = all(solution, "MissingDependency").filter(
    (d) =>
      elements(d, "Required")[0]?.getAttribute("type") === "61" &&
      elements(d, "Required")[0]?.getAttribute("schemaName") === defaultAppIcon.name &&
      elements(d, "Dependent")[0]?.getAttribute("type") === "80",
  );
  const packagedResources = new Set(
    elements(elements(customizations, "WebResources")[0], "WebResource").map((w) =>
      bare(childText(w, "WebResourceId")),
    ),
  );

  for (const app of elements(elements(customizations, "AppModules")[0], "AppModule")) {
    const name = childText(app, "UniqueName") ?? "";
    const where = `app ${name}`;
    const components = elements(elements(app, "AppModuleComponents")[0], "AppModuleComponent");
    const listed = { tables: new Set<string>(), ids: new Set<string>() };
    const siteMaps: string[] = [];
    for (const component of components) {
      const type = component.getAttribute("type") ?? "";
      const schemaName = component.getAttribute("schemaName") ?? "";
      const id = component.getAttribute("id") ?? "";
      const what = `component type ${type} "${schemaName || id}"`;
      if (type === "1") {
        listed.tables.add(schemaName.toLowerCase());
        if (!resolves("1", schemaName))
          problems.push(`[app components] ${where}: ${what} is not a table of the package`);
      } else if (type === "26" || type === "60") {
        listed.ids.add(bare(id));
        const ok = type === "26" ? viewTables.has(bare(id)) : resolves("60", id);
        if (!ok)
          problems.push(
            `[app components] ${where}: ${what} is not a ${type === "26" ? "view" : "form or dashboard"} of the package`,
          );
      } else if (type === "62") {
        siteMaps.push(schemaName.toLowerCase());
        if (!siteMapTargets.has(schemaName.toLowerCase()))
          problems.push(`[app components] ${where}: ${what} is not a site map of the package`);
      } else {
        problems.push(`[app components] ${where}: ${what}: not a component type this package's apps list`);
      }
    }
    if (siteMaps.length !== 1)
      problems.push(`[app components] ${where}: lists ${siteMaps.length} site maps; an app has exactly one`);
    for (const siteMap of siteMaps) {
      const target = siteMapTargets.get(siteMap);
      for (const table of target?.tables ?? [])
        if (!listed.tables.has(table.toLowerCase()))
          problems.push(`[app components] ${where}: its site map shows table "${table}", which it does not list`);
      for (const id of [...(target?.views ?? []), ...(target?.dashboards ?? [])])
        if (!listed.ids.has(id))
          problems.push(`[app components] ${where}: its site map opens {${id}}, which it does not list`);
    }

    for (const role of elements(elements(app, "AppModuleRoleMaps")[0], "Role")) {
      const id = role.getAttribute("id") ?? "";
      if (!resolves("20", id)) problems.push(`[app roles] ${where}: role ${id} is not a security role of the package`);
    }

    const icon = bare(childText(app, "WebResourceId"));
    const defaultIcon = icon === bare(defaultAppIcon.webResourceId);
    const declared = declaredIcons.some(
      (d) => elements(d, "Dependent")[0]?.getAttribute("schemaName")?.toLowerCase() === name.toLowerCase(),
    );
    if (!packagedResources.has(icon) && !(defaultIcon && declared))
      problems.push(
        `[app icon] ${where}: WebResourceId ${icon || "(none)"} is neither a web resource of the package nor the default app icon declared as a MissingDependency (${defaultAppIcon.name})`,
      );
  }
  return problems;
}
