import type { AppComponent, AppModuleDefinition, SiteMapDefinition, SiteMapSubArea } from "../model";
import { BASE_LANGUAGE, INTRODUCED_VERSION } from "../definitions/release";
import { el, leaf, type XmlElement } from "./node";
import { descriptions, localizedNames } from "./labels";

/** The site map schema version every export writes on SiteMap, Area and Group. */
const SITE_MAP_VERSION = "7.0.0.0";
/** What exports write on every SubArea: every client, offline allowed, no parameters passed. */
const SUB_AREA_CLIENTS = {
  Client: "All,Outlook,OutlookLaptopClient,OutlookWorkstationClient,Web",
  AvailableOffline: "true",
  PassParams: "false",
  Sku: "All,OnPremise,Live,SPLA",
};

const titles = (title: string) => el("Titles", {}, el("Title", { LCID: BASE_LANGUAGE, Title: title }));
const trueFalse = (value: boolean) => (value ? "True" : "False");

/** The Unified Interface address of a table's list opened on one view (viewtype 1039: a system view). */
export function viewListUrl(table: string, viewId: string): string {
  return `/main.aspx?pagetype=entitylist&etn=${table}&viewid=${encodeURIComponent(viewId.toLowerCase())}&viewtype=1039`;
}

function subAreaXml(subArea: SiteMapSubArea): XmlElement {
  const target =
    subArea.kind === "table"
      ? { Entity: subArea.table }
      : subArea.kind === "view"
        ? { Url: viewListUrl(subArea.table, subArea.viewId) }
        : { Url: "/workplace/home_dashboards.aspx", DefaultDashboard: subArea.dashboardId.replace(/[{}]/g, "") };
  return el("SubArea", { Id: subArea.id, ...target, ...SUB_AREA_CLIENTS }, titles(subArea.title));
}

/**
 * `<AppModuleSiteMap>` as current exports write it (coe-starter-kit AppModuleSiteMaps/*,
 * fsi-experiences FSIWealthManagement AppModuleSiteMaps/*): the unique name, the four navigation
 * switches (EnableCollapsibleGroups, ShowHome, ShowPinned, ShowRecents: the 9.0 XSD does not know
 * them, see verify/xsd.ts), the site map, the localized name.
 */
export function appModuleSiteMapXml(siteMap: SiteMapDefinition): XmlElement {
  const { navigation } = siteMap;
  return el(
    "AppModuleSiteMap",
    {},
    leaf("SiteMapUniqueName", siteMap.uniqueName),
    leaf("EnableCollapsibleGroups", trueFalse(navigation.collapsibleGroups)),
    leaf("ShowHome", trueFalse(navigation.showHome)),
    leaf("ShowPinned", trueFalse(navigation.showPinned)),
    leaf("ShowRecents", trueFalse(navigation.showRecents)),
    el(
      "SiteMap",
      { IntroducedVersion: SITE_MAP_VERSION },
      siteMap.areas.map((area) =>
        el(
          "Area",
          { Id: area.id, ShowGroups: "true", IntroducedVersion: SITE_MAP_VERSION },
          titles(area.title),
          area.groups.map((group) =>
            el(
              "Group",
              { Id: group.id, IntroducedVersion: SITE_MAP_VERSION, IsProfile: "false" },
              titles(group.title),
              group.subAreas.map(subAreaXml),
            ),
          ),
        ),
      ),
    ),
    localizedNames(siteMap.displayName),
  );
}

/** AppModuleComponent type codes: 1 table, 26 view, 60 form or dashboard, 62 site map. */
export const APP_COMPONENT_TYPES = { table: 1, view: 26, form: 60, dashboard: 60 } as const;

function componentXml(c: AppComponent): XmlElement {
  return c.type === "table"
    ? el("AppModuleComponent", { type: APP_COMPONENT_TYPES.table, schemaName: c.table })
    : el("AppModuleComponent", { type: APP_COMPONENT_TYPES[c.type], id: c.id });
}

/**
 * Exports list components by type (tables, views, forms and dashboards, then the site map), each
 * in its order (coe-starter-kit's Power Platform Admin View lists its dashboards as type 60).
 */
function componentsXml(app: AppModuleDefinition): XmlElement[] {
  const byType = [...app.components].sort((a, b) => APP_COMPONENT_TYPES[a.type] - APP_COMPONENT_TYPES[b.type]);
  return [...byType.map(componentXml), el("AppModuleComponent", { type: 62, schemaName: app.siteMap })];
}

/**
 * `<AppModule>` as current exports write it (coe-starter-kit AppModules/*\/AppModule.xml,
 * QuizSolution customizations.xml, fsi-experiences AppModules/*): OptimizedFor (empty) and
 * NavigationType sit where exports put them; the 9.0 XSD does not know those two (verify/xsd.ts).
 * Exports also carry the app's state and status codes (0 and 1, active) after OptimizedFor; they
 * are optional on import, where a new app is active, so they are left out: the experience names
 * no state column anywhere, since Contact Center's tables have none. Components by type, then
 * the roles that may open it.
 */
export function appModuleXml(app: AppModuleDefinition): XmlElement {
  return el(
    "AppModule",
    {},
    leaf("UniqueName", app.uniqueName),
    leaf("IntroducedVersion", INTRODUCED_VERSION),
    leaf("WebResourceId", app.icon.webResourceId.replace(/[{}]/g, "").toLowerCase()),
    el("OptimizedFor"),
    leaf("FormFactor", app.formFactor),
    leaf("ClientType", app.clientType),
    leaf("NavigationType", app.navigationType),
    el("AppModuleComponents", {}, componentsXml(app)),
    app.roles.length > 0 &&
      el(
        "AppModuleRoleMaps",
        {},
        app.roles.map((id) => el("Role", { id })),
      ),
    localizedNames(app.displayName),
    descriptions(app.description),
  );
}
