import type { AppComponent, AppModuleDefinition, SiteMapDefinition, SolutionDefinition } from "../model";
import { dashboardCells, formCells } from "../formCells";

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const SUB_AREA_ID = /^[A-Za-z_][A-Za-z0-9_]*$/;
const bare = (id: string) => id.replace(/[{}]/g, "").toLowerCase();

/** Values given more than once (ignoring case, as Dataverse compares names), as first written. */
function repeated(values: string[]): string[] {
  const seen = new Map<string, string>();
  const twice = new Set<string>();
  for (const v of values) {
    const first = seen.get(v.toLowerCase());
    if (first === undefined) seen.set(v.toLowerCase(), v);
    else twice.add(first);
  }
  return [...twice];
}

/** What a solution offers an app or a site map to point at, by component. */
interface Offered {
  tables: Set<string>;
  views: Map<string, string>;
  forms: Map<string, string>;
  dashboards: Set<string>;
}

function offeredBy(solution: SolutionDefinition): Offered {
  return {
    tables: new Set(solution.tables.map((t) => t.table.logicalName)),
    views: new Map(solution.views.map((v) => [bare(v.id), v.table])),
    forms: new Map(solution.forms.map((f) => [bare(f.id), f.table])),
    dashboards: new Set(solution.dashboards.map((d) => bare(d.id))),
  };
}

function checkSiteMap(siteMap: SiteMapDefinition, solution: SolutionDefinition, problems: string[]): void {
  const where = `site map ${siteMap.uniqueName}`;
  const offered = offeredBy(solution);
  const ids: string[] = [];
  for (const area of siteMap.areas) {
    ids.push(area.id);
    for (const group of area.groups) {
      ids.push(group.id);
      for (const subArea of group.subAreas) {
        ids.push(subArea.id);
        const at = `${where} subarea ${subArea.id}`;
        if (!SUB_AREA_ID.test(subArea.id)) problems.push(`${at}: Id "${subArea.id}" is not a letter-first name`);
        if (!subArea.title.trim()) problems.push(`${at}: title is empty`);
        if (subArea.kind === "dashboard") {
          if (!offered.dashboards.has(bare(subArea.dashboardId)))
            problems.push(
              `${at}: dashboardId ${subArea.dashboardId} is not a dashboard of solution ${solution.uniqueName}`,
            );
          continue;
        }
        if (!offered.tables.has(subArea.table))
          problems.push(`${at}: table "${subArea.table}" is not a table of solution ${solution.uniqueName}`);
        if (subArea.kind === "view") {
          const table = offered.views.get(bare(subArea.viewId));
          if (!table) problems.push(`${at}: viewId ${subArea.viewId} is not a view of solution ${solution.uniqueName}`);
          else if (table !== subArea.table)
            problems.push(`${at}: viewId ${subArea.viewId} is a view of ${table}, not of ${subArea.table}`);
        }
      }
    }
  }
  for (const id of repeated(ids)) problems.push(`${where}: Id "${id}" is used by more than one area, group or subarea`);
}

function checkApp(app: AppModuleDefinition, solution: SolutionDefinition, problems: string[]): void {
  const where = `app ${app.uniqueName}`;
  const offered = offeredBy(solution);
  const siteMap = solution.siteMaps.find((m) => m.uniqueName === app.siteMap);
  if (!siteMap)
    problems.push(`${where}: siteMap "${app.siteMap}" is not a site map of solution ${solution.uniqueName}`);

  const tables = new Set<string>();
  const listed = new Set<string>();
  // The table a view or form is on; a dashboard has none (its lists name theirs).
  const tableOf = (c: Exclude<AppComponent, { type: "table" }>) =>
    c.type === "view" ? offered.views.get(bare(c.id)) : c.type === "form" ? offered.forms.get(bare(c.id)) : undefined;
  for (const c of app.components) {
    if (c.type === "table") {
      tables.add(c.table);
      if (!offered.tables.has(c.table))
        problems.push(`${where}: component table "${c.table}" is not a table of solution ${solution.uniqueName}`);
      continue;
    }
    listed.add(bare(c.id));
    const found = c.type === "dashboard" ? offered.dashboards.has(bare(c.id)) : tableOf(c) !== undefined;
    if (!found)
      problems.push(`${where}: component ${c.type} ${c.id} is not a ${c.type} of solution ${solution.uniqueName}`);
  }
  for (const c of app.components) {
    if (c.type === "table") continue;
    const table = tableOf(c);
    if (table && !tables.has(table))
      problems.push(`${where}: component ${c.type} ${c.id} is on ${table}, which the app does not list as a table`);
  }
  const keys = app.components.map((c) => (c.type === "table" ? `table ${c.table}` : `${c.type} ${bare(c.id)}`));
  for (const key of repeated(keys)) problems.push(`${where}: component ${key} is listed more than once`);

  // What the app shows must be among its components: the site map's tables and views, and the
  // views the app's forms show in subgrids.
  for (const subArea of siteMap?.areas.flatMap((a) => a.groups.flatMap((g) => g.subAreas)) ?? []) {
    if (subArea.kind !== "dashboard" && !tables.has(subArea.table))
      problems.push(`${where}: site map subarea ${subArea.id} shows table "${subArea.table}", not a component`);
    const id = subArea.kind === "view" ? subArea.viewId : subArea.kind === "dashboard" ? subArea.dashboardId : "";
    if (id && !listed.has(bare(id)))
      problems.push(`${where}: site map subarea ${subArea.id} opens ${subArea.kind} ${id}, not a component`);
  }
  for (const form of solution.forms.filter((f) => listed.has(bare(f.id))))
    for (const cell of formCells(form))
      if (cell.kind === "subgrid" && !listed.has(bare(cell.viewId)))
        problems.push(`${where}: form "${form.name}" subgrid ${cell.name} shows view ${cell.viewId}, not a component`);
  // A dashboard's lists show their views and tables in the app, as a form's subgrids do.
  for (const dashboard of solution.dashboards.filter((d) => listed.has(bare(d.id))))
    for (const cell of dashboardCells(dashboard)) {
      if (!listed.has(bare(cell.viewId)))
        problems.push(
          `${where}: dashboard "${dashboard.name}" list ${cell.name} shows view ${cell.viewId}, not a component`,
        );
      if (!tables.has(cell.targetTable))
        problems.push(
          `${where}: dashboard "${dashboard.name}" list ${cell.name} shows table "${cell.targetTable}", not a component`,
        );
    }

  const roles = new Set(solution.roles.map((r) => bare(r.id)));
  for (const id of app.roles)
    if (!roles.has(bare(id)))
      problems.push(`${where}: role ${id} is not a security role of solution ${solution.uniqueName}`);
  for (const id of repeated(app.roles)) problems.push(`${where}: role ${id} is mapped more than once`);

  const icon = app.icon;
  if (!GUID.test(icon.webResourceId))
    problems.push(`${where}: icon webResourceId "${icon.webResourceId}" is not a GUID`);
  else if (icon.providedBy) {
    const declared = solution.dependencies.some(
      (d) =>
        d.type === 61 &&
        d.schemaName === icon.name &&
        d.dependent.type === 80 &&
        d.dependent.schemaName === app.uniqueName,
    );
    if (!declared)
      problems.push(
        `${where}: icon ${icon.name} comes from ${icon.providedBy.uniqueName}, but no dependency declares it`,
      );
  } else if (!solution.webResources.some((w) => bare(w.id) === bare(icon.webResourceId) && w.name === icon.name))
    problems.push(
      `${where}: icon ${icon.name} (${icon.webResourceId}) is not a web resource of solution ${solution.uniqueName}`,
    );
}

/**
 * The app and its site map point only at what the solution carries: a subarea, an app component
 * or a role naming anything else stops the build, naming the component and the field. Unique
 * names must be unique, and prefixed with the publisher's prefix.
 */
export function appModuleProblems(solution: SolutionDefinition): string[] {
  const problems: string[] = [];
  const prefix = `${solution.publisher.prefix}_`;
  for (const name of [...solution.siteMaps.map((m) => m.uniqueName), ...solution.appModules.map((a) => a.uniqueName)])
    if (!name.startsWith(prefix) || !/^[A-Za-z0-9_]+$/.test(name))
      problems.push(
        `solution ${solution.uniqueName}: unique name "${name}" must be "${prefix}" and letters, digits or _`,
      );
  for (const name of repeated(solution.siteMaps.map((m) => m.uniqueName)))
    problems.push(`solution ${solution.uniqueName}: site map unique name "${name}" is used more than once`);
  for (const name of repeated(solution.appModules.map((a) => a.uniqueName)))
    problems.push(`solution ${solution.uniqueName}: app unique name "${name}" is used more than once`);
  for (const siteMap of solution.siteMaps) checkSiteMap(siteMap, solution, problems);
  for (const app of solution.appModules) checkApp(app, solution, problems);
  return problems;
}
