/**
 * The Proactive Engagement app for the preview's app shell, from the same definitions the
 * solution packs: the app's name, its site map, and for each table entry the views the app lists
 * for that table (its view components, in the app's order) with the one the entry opens on. The
 * page gets it as JSON beside the form layouts, so its navigation and lists cannot drift from the
 * packaged app.
 */
import { proactiveEngagementApp } from "../../solution/definitions/appModule";
import { proactiveEngagementSiteMap } from "../../solution/definitions/siteMap";
import { experienceViews } from "../../solution/definitions/views";
import type { AppModuleDefinition, SiteMapDefinition, SiteMapSubArea, ViewDefinition } from "../../solution/model";
import type { EmbeddedAppShell, ShellSubarea } from "../app/appShell/embedded";

const sameId = (a: string, b: string): boolean =>
  a.replace(/[{}]/g, "").toLowerCase() === b.replace(/[{}]/g, "").toLowerCase();

function subareaOf(entry: SiteMapSubArea, appViews: readonly ViewDefinition[]): ShellSubarea {
  if (entry.kind === "dashboard")
    return {
      id: entry.id,
      title: entry.title,
      other: "A dashboard: the shell shows the preview's dashboard page.",
      dashboardId: entry.dashboardId,
      viewIds: [],
    };
  const viewIds = appViews.filter((view) => view.table === entry.table).map((view) => view.id);
  return {
    id: entry.id,
    title: entry.title,
    table: entry.table,
    viewIds,
    ...(entry.kind === "view" && { defaultViewId: entry.viewId }),
  };
}

export function appShellOf(
  app: AppModuleDefinition,
  siteMap: SiteMapDefinition,
  views: readonly ViewDefinition[],
): EmbeddedAppShell {
  if (app.siteMap !== siteMap.uniqueName)
    throw new Error(`${app.uniqueName}: its site map is ${app.siteMap}, not ${siteMap.uniqueName}`);
  const appViews = app.components.flatMap((component) => {
    if (component.type !== "view") return [];
    const view = views.find((candidate) => sameId(candidate.id, component.id));
    if (!view)
      throw new Error(`${app.uniqueName}: the app lists view ${component.id}, which the solution does not define`);
    return [view];
  });
  return {
    appName: app.displayName,
    appUniqueName: app.uniqueName,
    areas: siteMap.areas.map((area) => ({
      id: area.id,
      title: area.title,
      groups: area.groups.map((group) => ({
        id: group.id,
        title: group.title,
        subareas: group.subAreas.map((entry) => subareaOf(entry, appViews)),
      })),
    })),
    views: appViews,
  };
}

/** The packaged app, as the page embeds it. */
export function appShell(): EmbeddedAppShell {
  return appShellOf(proactiveEngagementApp, proactiveEngagementSiteMap, experienceViews);
}
