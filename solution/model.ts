import type { GlobalChoiceDefinition, OneToManyRelationship, TableDefinition } from "../domain/tables";

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
}

export interface FieldCell {
  kind: "field";
  id: string;
  column: string;
  showLabel?: boolean;
  pcf?: PcfFieldBinding;
}

export interface SubgridCell {
  kind: "subgrid";
  id: string;
  name: string;
  label: string;
  targetTable: string;
  relationship: string;
  viewId: string;
  recordsPerPage: number;
  pcf?: PcfDatasetBinding;
}

export type FormCell = FieldCell | SubgridCell;

export interface FormSection {
  id: string;
  name: string;
  label: string;
  cells: FormCell[];
  /** Form XML's columns attribute: how many cells a row holds ("1", "111", "1111"). Default 1. */
  layout?: string;
  showLabel?: boolean;
}

export interface FormTab {
  id: string;
  name: string;
  label: string;
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
  /** 1 table (a shell table depends on itself), 26 view, 60 form. */
  type: 1 | 26 | 60;
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

export interface SolutionDefinition {
  uniqueName: string;
  displayName: string;
  description: string;
  version: string;
  publisher: Publisher;
  tables: SolutionTable[];
  globalChoices: GlobalChoiceDefinition[];
  relationships: OneToManyRelationship[];
  forms: FormDefinition[];
  views: ViewDefinition[];
  webResources: WebResourceDefinition[];
  controls: BuiltControl[];
  dependencies: Dependency[];
}
