/**
 * The part of the model-driven app the preview's app shell needs: the app's name, its site map
 * (areas, groups, subareas) and the views each table's list offers. The server derives it from
 * solution/definitions (preview/server/appShell.ts) and hands it to the page as JSON, as it does
 * the form layouts, so the browser bundles none of the packer's modules.
 */
import type { ViewDefinition } from "../../../solution/model";

export interface ShellSubarea {
  id: string;
  title: string;
  /** The table the subarea lists (its logical name); none for a dashboard or a web address. */
  table?: string;
  /** A subarea that is no table list (a dashboard, a web address): what it is, in words. */
  other?: string;
  /** A dashboard entry: the dashboard it opens (the shell shows the preview's dashboard page). */
  dashboardId?: string;
  /** The views its list offers, in the app's order (ids of `views`); empty for the platform's own tables. */
  viewIds: string[];
  /** The view the list opens on. */
  defaultViewId?: string;
}

export interface ShellGroup {
  id: string;
  title: string;
  subareas: ShellSubarea[];
}

export interface ShellArea {
  id: string;
  title: string;
  groups: ShellGroup[];
}

export interface EmbeddedAppShell {
  appName: string;
  appUniqueName: string;
  /** The app opens on the first subarea. */
  areas: ShellArea[];
  /** Every view a subarea names, as the solution defines it (columns, conditions, ordering). */
  views: ViewDefinition[];
}

/** The element id the server puts the app shell in. */
export const appShellElementId = "preview-app-shell";

/** Reads what the server embedded in the page; nothing outside it (Jest). */
export function readEmbeddedAppShell(): EmbeddedAppShell | undefined {
  const element = typeof document === "undefined" ? null : document.getElementById(appShellElementId);
  return element?.textContent ? (JSON.parse(element.textContent) as EmbeddedAppShell) : undefined;
}
