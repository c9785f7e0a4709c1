import type { GlobalChoiceDefinition, OneToManyRelationship, TableDefinition } from "../domain/tables";
import type { FormLanguage, Labels } from "../domain/languages";

/** Component definitions a solution is made of; the emitters turn them into solution XML. */
export interface Publisher {
  uniqueName: string;
  displayName: string;
  description: string;
  prefix: string;
  optionValuePrefix: number;
  email: string;
  website: string;
}

export interface SolutionTable {
  table: TableDefinition;
  /** "full" creates the table with all its columns; "shell" only carries forms and views for it. */
  include: "full" | "shell";
}

export interface PcfFieldBinding {
  kind: "field";
  /** Prefixed control name, e.g. pdx_ProactiveDelivery.DeliveryTimeline. */
  control: string;
  /** Manifest property name → bound column (logical name) or static value. */
  parameters: Record<string, { column: string } | { static: string; type: string }>;
}

export interface PcfDatasetBinding {
  kind: "dataset";
  control: string;
  dataSetName: string;
  /** Static inputs beside the data set: manifest property → value and its manifest type. */
  parameters?: Record<string, { static: string; type: string }>;
}

export interface FieldCell {
  kind: "field";
  id: string;
  column: string;
  /** Whether the cell shows its label (the column's display names, see resolveField). Default true. */
  showLabel?: boolean;
  pcf?: PcfFieldBinding;
}

export interface SubgridCell {
  kind: "subgrid";
  id: string;
  name: string;
  /** The list's label, per language (a dashboard's: the base language only). */
  label: Labels;
  targetTable: string;
  /** The relationship to the form's record; empty on a dashboard (every row of the view). */
  relationship: string;
  viewId: string;
  recordsPerPage: number;
  /** Rows of the section the cell spans (the designer writes the spare rows empty). Default 12. */
  rowSpan?: number;
  /** Whether the cell shows its label. Default true. */
  showLabel?: boolean;
  pcf?: PcfDatasetBinding;
}

export type FormCell = FieldCell | SubgridCell;

export interface FormSection {
  id: string;
  name: string;
  /** Per language; the experience's forms give every language of FORM_LANGUAGES. */
  label: Labels;
  cells: FormCell[];
  /** Form XML's columns attribute: how many cells a row holds ("1", "111", "1111"). Default 1. */
  layout?: string;
  showLabel?: boolean;
}

export interface FormTab {
  id: string;
  name: string;
  /** Per language; the experience's forms give every language of FORM_LANGUAGES. */
  label: Labels;
  sections: FormSection[];
  /** A card form splits its tab into a colour strip and the card: widths and sections per column. */
  columns?: { width: string; sections: FormSection[] }[];
}

export interface FormEventHandler {
  event: "onload" | "onsave" | "onchange";
  attribute?: string;
  functionName: string;
  library: string;
  handlerId: string;
}

/** main: the record form; quick: the quick view form; card: the card form of grids and lookups. */
export type FormType = "main" | "quick" | "card";

export interface FormDefinition {
  id: string;
  /** Main when not given. */
  type?: FormType;
  table: string;
  name: string;
  description: string;
  tabs: FormTab[];
  libraries: { name: string; id: string }[];
  handlers: FormEventHandler[];
}

/** A section of a dashboard: one cell a row, each a list (subgrid) over a system view. */
export interface DashboardSection {
  id: string;
  name: string;
  label: string;
  cells: SubgridCell[];
}

export interface DashboardTab {
  id: string;
  name: string;
  label: string;
  sections: DashboardSection[];
}

/**
 * An organization dashboard (`<Dashboards><Dashboard>`, component type 60 like a form): a form of
 * type dashboard whose cells are lists over system views, any of them hosted by a code component.
 * It has no table of its own; each cell names the table it lists.
 */
export interface DashboardDefinition {
  id: string;
  name: string;
  description: string;
  tabs: DashboardTab[];
}

export type ViewQueryType = 0 | 1 | 2 | 4 | 64;

/**
 * FetchXML condition operators a view may use. Text comparisons follow Dataverse: `ne` and
 * `not-in` never match a row whose column is empty (null), so a view that wants those rows says
 * so with a `null` condition of its own.
 */
export type ViewConditionOperator = "eq" | "ne" | "in" | "not-in" | "null" | "not-null";

/** One condition on a column of the view's own table (elastic tables allow nothing else). */
export interface ViewCondition {
  attribute: string;
  operator: ViewConditionOperator;
  /** One value for eq and ne, one or more for in and not-in, none for null and not-null. */
  values: string[];
}

export interface ViewDefinition {
  id: string;
  table: string;
  name: string;
  queryType: ViewQueryType;
  isDefault: boolean;
  columns: { name: string; width: number }[];
  orderBy: { attribute: string; descending: boolean }[];
  /** Exports mark the platform's own views of a table as not deletable. Default: public views only. */
  canBeDeleted?: boolean;
  /** Columns a quick find view searches. */
  findColumns?: string[];
  /** Conditions that must all hold, on the view's own table (elastic tables allow nothing else). */
  conditions?: ViewCondition[];
  /**
   * Groups of which each must hold: a group holds when any one of its conditions does
   * (`<filter type="or">` inside the view's filter). Still one table, no link-entity.
   */
  orGroups?: ViewCondition[][];
}

/** A web resource another one loads with it (a script's RESX strings), as DependencyXml names it. */
export interface WebResourceDependency {
  name: string;
  displayName: string;
  languageCode: number;
  /** The libraryUniqueId: fixed in source like every id. */
  id: string;
}

export interface WebResourceDefinition {
  id: string;
  /** The schema name, e.g. pdx_/scripts/deliveryForm.js; forms and handlers name it. */
  name: string;
  displayName: string;
  /** 3 JavaScript, 12 RESX (strings of one language). */
  type: 1 | 2 | 3 | 11 | 12;
  /** 0 for code; the LCID for a RESX web resource. */
  languageCode: number;
  /** Loaded along with this one by the client: a script's RESX web resources. */
  dependencies?: WebResourceDependency[];
  content: Buffer;
}

/** A PCF control built by pcf-scripts: the files under out/controls/<Name>/. */
export interface BuiltControl {
  /** Prefixed name: <publisher prefix>_<namespace>.<constructor>. */
  name: string;
  manifestXml: string;
  files: { path: string; content: Buffer }[];
}

/** The component of this solution that needs a missing one, as an export's <Dependent> names it. */
export interface DependentComponent {
  /** 1 table (a shell table depends on itself), 26 view, 60 form, 80 model-driven app (its icon). */
  type: 1 | 26 | 60 | 80;
  /** Tables are named; forms and views go by id. */
  schemaName?: string;
  id?: string;
  displayName: string;
  /** The table a form or view belongs to (exports name a view's table by schema name too). */
  parentSchemaName?: string;
  parentDisplayName?: string;
}

/** A component this solution needs but does not contain (a <MissingDependency>). */
export interface Dependency {
  type: 1 | 2 | 9 | 10 | 61 | 66;
  schemaName: string;
  displayName: string;
  /** Parent table of a column or relationship: its logical name and display name. */
  parent?: string;
  parentDisplayName?: string;
  /** Unique name of the solution that provides it. */
  providedBy: string;
  providedByVersion: string;
  dependent: DependentComponent;
}

/**
 * One entry of a site map (`<SubArea>`):
 * - table: the table's list (`Entity=`), opening on the view the table's owner made its default;
 * - view: the table's list opened on one of this solution's views (`Url=` to the entity list
 *   with its viewid), so an app can open on its own view without taking the table's default;
 * - dashboard: a dashboard of this solution (`Url="/workplace/home_dashboards.aspx"`
 *   `DefaultDashboard=`), as exports write one.
 */
export type SiteMapSubArea =
  | { kind: "table"; id: string; title: string; table: string }
  | { kind: "view"; id: string; title: string; table: string; viewId: string }
  | { kind: "dashboard"; id: string; title: string; dashboardId: string };

export interface SiteMapGroup {
  id: string;
  title: string;
  subAreas: SiteMapSubArea[];
}

export interface SiteMapArea {
  id: string;
  title: string;
  groups: SiteMapGroup[];
}

/** An app's site map (`<AppModuleSiteMap>`, component type 62). */
export interface SiteMapDefinition {
  /** SiteMapUniqueName: the publisher prefix, an underscore, a name. */
  uniqueName: string;
  displayName: string;
  /** The navigation switches current exports write beside the site map (the 9.0 XSD predates them). */
  navigation: { collapsibleGroups: boolean; showHome: boolean; showPinned: boolean; showRecents: boolean };
  areas: SiteMapArea[];
}

/**
 * What a model-driven app is made of, as `<AppModuleComponent>` lists it: tables by logical name,
 * views, forms and dashboards by id. Its site map is listed from `siteMap`. Code components
 * are not app components: they come with the forms that bind them (no export lists type 66).
 */
export type AppComponent =
  | { type: "table"; table: string }
  | { type: "view"; id: string }
  | { type: "form"; id: string }
  | { type: "dashboard"; id: string };

/** The app's tile icon: a web resource, by id. */
export interface AppIcon {
  webResourceId: string;
  /** The web resource's name, as a MissingDependency names it when another solution provides it. */
  name: string;
  /** Set when another solution provides the icon (the platform's default app icon). */
  providedBy?: { uniqueName: string; version: string };
}

/** A model-driven app (`<AppModule>`, component type 80). */
export interface AppModuleDefinition {
  uniqueName: string;
  displayName: string;
  description: string;
  /** SiteMapUniqueName of its site map, a site map of the same solution. */
  siteMap: string;
  icon: AppIcon;
  /** 1 web (exports of Unified Interface apps write 1). */
  formFactor: 1;
  /** 4 Unified Interface. */
  clientType: 4;
  /** 0 single session. */
  navigationType: 0;
  components: AppComponent[];
  /** Ids of the security roles that may open the app (AppModuleRoleMaps). */
  roles: string[];
}

/** The verbs of a table privilege: prv<Verb><table schema name>. */
export type PrivilegeVerb = "Create" | "Read" | "Write" | "Delete" | "Append" | "AppendTo" | "Assign" | "Share";

/** Basic user, Local business unit, Deep parent and child units, Global organization. */
export type PrivilegeDepth = "Basic" | "Local" | "Deep" | "Global";

/** One privilege a role grants on a table, and why the role's job needs it. */
export interface RolePrivilegeDefinition {
  verb: PrivilegeVerb;
  /** The table's logical name; the privilege name uses its schema name in exact case. */
  table: string;
  depth: PrivilegeDepth;
  reason: string;
}

/** A security role (`<Role>`, component type 20): what it grants, nothing the platform's roles give. */
export interface SecurityRoleDefinition {
  id: string;
  name: string;
  privileges: RolePrivilegeDefinition[];
}

/** Dataverse's environment variable types (environmentvariabledefinition.type): their codes. */
export const EnvironmentVariableTypes = {
  string: 100000000,
  number: 100000001,
  boolean: 100000002,
  json: 100000003,
  dataSource: 100000004,
  secret: 100000005,
} as const;

export type EnvironmentVariableType = keyof typeof EnvironmentVariableTypes;

/**
 * An environment variable definition (component type 380, a root component by schema name):
 * a setting admins give a value per environment, which the solution carries with its default.
 * Exports write it outside customizations.xml, in
 * environmentvariabledefinitions/<schemaname>/environmentvariabledefinition.xml.
 */
export interface EnvironmentVariableDefinition {
  /** The publisher prefix, an underscore, a name: pdx_AllowedDispositionCodes. */
  schemaName: string;
  displayName: string;
  description: string;
  type: EnvironmentVariableType;
  /** Used where an environment has no current value; absent for none. */
  defaultValue?: string;
  isRequired: boolean;
  introducedVersion: string;
}

export interface SolutionDefinition {
  uniqueName: string;
  /**
   * The languages its labels are written in, base language first: customizations.xml lists them
   * (<Languages>), and every label of its main forms must have each of them.
   */
  languages: readonly FormLanguage[];
  displayName: string;
  description: string;
  version: string;
  publisher: Publisher;
  tables: SolutionTable[];
  globalChoices: GlobalChoiceDefinition[];
  relationships: OneToManyRelationship[];
  forms: FormDefinition[];
  dashboards: DashboardDefinition[];
  views: ViewDefinition[];
  webResources: WebResourceDefinition[];
  controls: BuiltControl[];
  roles: SecurityRoleDefinition[];
  siteMaps: SiteMapDefinition[];
  appModules: AppModuleDefinition[];
  environmentVariables: EnvironmentVariableDefinition[];
  dependencies: Dependency[];
}
