import { columnOf, describedTable, type ColumnDefinition } from "../../domain/tables";
import { labelLanguages, type FormLanguage, type Labels } from "../../domain/languages";
import type {
  FieldCell,
  FormCell,
  FormDefinition,
  FormSection,
  FormTab,
  PcfDatasetBinding,
  PcfFieldBinding,
  SubgridCell,
} from "../model";
import { nameBasedGuid } from "../guid";
import { el, leaf, type XmlElement } from "./node";
import { INTRODUCED_VERSION } from "../definitions/release";
import { descriptions, labels, localizedNames } from "./labels";
import { systemFormFields, type FieldInfo } from "./systemFormFields";
import { formCells, tabColumns } from "../formCells";

/** Out-of-the-box control class ids a form cell falls back to. */
export const ClassIds = {
  text: "{4273EDBD-AC1D-40D3-9FB2-095C621B552D}",
  /** Text of Format email or phone: what microsoft/fsi-experiences' contact forms give emailaddress1 and mobilephone. */
  email: "{ADA2203E-B4CD-49BE-9DDF-234642B43B52}",
  phone: "{8C10015A-B339-4982-9474-A95FE05631A5}",
  datetime: "{5B773807-9FB2-42DB-97C3-7A91EFF8ADFF}",
  lookup: "{270BD3DB-D9AF-4782-9025-509E298DEC0A}",
  choice: "{3EF39988-22BB-4F0B-BBBE-64B5A3748AEE}",
  subgrid: "{E7A81278-8635-4D9E-8D4D-59480B391C5B}",
  /** The class id a cell carries when a PCF control renders it. */
  customControl: "{F9A8A302-114E-466A-B582-6771B2AE0D92}",
} as const;

export const FORM_FACTORS = [0, 1, 2] as const;

const classIdByKind: Record<ColumnDefinition["kind"], string> = {
  text: ClassIds.text,
  datetime: ClassIds.datetime,
  lookup: ClassIds.lookup,
  choice: ClassIds.choice,
  integer: "{C6D124CA-7EDA-4A60-AEA9-7FB8D318B68F}",
};

export type { FieldInfo } from "./systemFormFields";

/** Resolves a column on the form's table to its label and default control. */
export type FieldResolver = (table: string, column: string) => FieldInfo;

/** The control an export gives a column: by its type, and for text by its format as well. */
function classIdOf(column: ColumnDefinition): string {
  if (column.kind === "text" && column.format === "email") return ClassIds.email;
  if (column.kind === "text" && column.format === "phone") return ClassIds.phone;
  return classIdByKind[column.kind];
}

/** Labels and default controls come from the one table description in domain/. */
export const resolveField: FieldResolver = (tableName, column) => {
  const table = describedTable(tableName);
  if (!table) throw new Error(`form on unknown table ${tableName}`);
  const system = systemFormFields[column];
  if (system) return system;
  const definition = columnOf(table, column);
  return { label: definition.displayNames ?? { 1033: definition.displayName }, classId: classIdOf(definition) };
};

/** The id that ties a cell's control to its PCF description, derived from the cell id. */
function uniqueIdOf(cell: FormCell): string {
  return nameBasedGuid(`${cell.id.toLowerCase()}/customControl`);
}

function fieldCellXml(cell: FieldCell, table: string, resolve: FieldResolver): XmlElement {
  const field = resolve(table, cell.column);
  return el(
    "cell",
    { id: cell.id, showlabel: cell.showLabel ?? true },
    labels(field.label),
    el("control", {
      id: cell.column,
      classid: cell.pcf ? ClassIds.customControl : field.classId,
      datafieldname: cell.column,
      disabled: false,
      uniqueid: cell.pcf ? uniqueIdOf(cell) : undefined,
    }),
  );
}

/** Text, or an empty element where exports write one (`<RelationshipName />` on a dashboard list). */
const textOrEmpty = (name: string, value: string): XmlElement => (value ? leaf(name, value) : el(name));

/** Where a subgrid sits: a form's list of related rows, or a dashboard's list of a whole view. */
export type SubgridPlace = "form" | "dashboard";

/**
 * A subgrid's parameters as exports write them. On a form, in the form designer's order; on a
 * dashboard, in the dashboard designer's (microsoft/coe-starter-kit Dashboards/*.xml): a grid, not
 * a chart, with no chart, no relationship, no quick find, view picker or jump bar.
 */
function subgridParameters(cell: SubgridCell, place: SubgridPlace = "form"): XmlElement[] {
  if (place === "dashboard")
    return [
      leaf("TargetEntityType", cell.targetTable),
      leaf("ChartGridMode", "Grid"),
      leaf("EnableQuickFind", false),
      leaf("EnableViewPicker", false),
      leaf("EnableJumpBar", false),
      leaf("RecordsPerPage", cell.recordsPerPage),
      leaf("ViewId", cell.viewId),
      leaf("IsUserView", false),
      leaf("ViewIds", cell.viewId),
      leaf("AutoExpand", "Fixed"),
      el("VisualizationId"),
      leaf("IsUserChart", false),
      leaf("EnableChartPicker", false),
      textOrEmpty("RelationshipName", cell.relationship),
    ];
  return [
    leaf("RecordsPerPage", cell.recordsPerPage),
    leaf("AutoExpand", "Fixed"),
    leaf("EnableQuickFind", false),
    leaf("EnableViewPicker", false),
    leaf("ViewIds", cell.viewId),
    leaf("EnableJumpBar", false),
    leaf("ChartGridMode", "Grid"),
    el("VisualizationId"),
    leaf("IsUserView", false),
    leaf("IsUserChart", false),
    leaf("TargetEntityType", cell.targetTable),
    leaf("ViewId", cell.viewId),
    leaf("RelationshipName", cell.relationship),
  ];
}

/** The rows a subgrid cell spans: 12 unless it says otherwise, as the designers default. */
export const rowSpanOf = (cell: SubgridCell): number => cell.rowSpan ?? 12;

export function subgridCellXml(cell: SubgridCell, place: SubgridPlace = "form"): XmlElement {
  return el(
    "cell",
    { id: cell.id, showlabel: cell.showLabel ?? true, rowspan: rowSpanOf(cell), colspan: 1, auto: false },
    labels(cell.label),
    el(
      "control",
      {
        indicationOfSubgrid: true,
        id: cell.name,
        classid: cell.pcf ? ClassIds.customControl : ClassIds.subgrid,
        uniqueid: cell.pcf ? uniqueIdOf(cell) : undefined,
      },
      el("parameters", {}, subgridParameters(cell, place)),
    ),
  );
}

/** A subgrid's rows: its cell, then the spare rows it spans, written empty as the designers do. */
export function subgridRowsXml(cell: SubgridCell, place: SubgridPlace = "form"): XmlElement[] {
  return [el("row", {}, subgridCellXml(cell, place)), ...Array.from({ length: rowSpanOf(cell) - 1 }, () => el("row"))];
}

function sectionXml(section: FormSection, table: string, resolve: FieldResolver): XmlElement {
  const perRow = (section.layout ?? "1").length;
  const rows: XmlElement[] = [];
  for (let i = 0; i < section.cells.length; i += perRow) {
    const cells = section.cells.slice(i, i + perRow);
    rows.push(
      el(
        "row",
        {},
        cells.map((cell) => (cell.kind === "field" ? fieldCellXml(cell, table, resolve) : subgridCellXml(cell))),
      ),
    );
    // A subgrid spans several rows; the form designer writes the spare rows empty.
    const spans = cells.map((cell) => (cell.kind === "subgrid" ? rowSpanOf(cell) : 1));
    rows.push(...Array.from({ length: Math.max(...spans) - 1 }, () => el("row")));
  }
  return el(
    "section",
    {
      name: section.name,
      id: section.id,
      showlabel: section.showLabel ?? true,
      showbar: false,
      IsUserDefined: 0,
      columns: section.layout ?? 1,
    },
    labels(section.label),
    rows.length > 0 && el("rows", {}, rows),
  );
}

function tabXml(tab: FormTab, table: string, resolve: FieldResolver): XmlElement {
  return el(
    "tab",
    { name: tab.name, id: tab.id, IsUserDefined: 0, verticallayout: true, expanded: true, showlabel: true },
    labels(tab.label),
    el(
      "columns",
      {},
      tabColumns(tab).map((column) =>
        el(
          "column",
          { width: column.width },
          el(
            "sections",
            {},
            column.sections.map((s) => sectionXml(s, table, resolve)),
          ),
        ),
      ),
    ),
  );
}

function fieldControlDescription(cell: FieldCell, binding: PcfFieldBinding, fallbackClassId: string): XmlElement {
  const params = Object.entries(binding.parameters).map(([name, p]) =>
    "column" in p ? leaf(name, p.column) : leaf(name, p.static, { type: p.type, static: true }),
  );
  return el(
    "controlDescription",
    { forControl: uniqueIdOf(cell) },
    el("customControl", { id: fallbackClassId }, el("parameters", {}, leaf("datafieldname", cell.column))),
    FORM_FACTORS.map((formFactor) =>
      el("customControl", { formFactor, name: binding.control }, el("parameters", {}, params)),
    ),
  );
}

export function datasetControlDescription(
  cell: SubgridCell,
  binding: PcfDatasetBinding,
  place: SubgridPlace = "form",
): XmlElement {
  const parameters = () => [
    el(
      "data-set",
      { name: binding.dataSetName },
      leaf("ViewId", cell.viewId),
      leaf("IsUserView", false),
      textOrEmpty("RelationshipName", cell.relationship),
      leaf("TargetEntityType", cell.targetTable),
      leaf("FilteredViewIds", cell.viewId),
      leaf("EnableViewPicker", false),
    ),
    ...Object.entries(binding.parameters ?? {}).map(([name, p]) =>
      leaf(name, p.static, { type: p.type, static: true }),
    ),
  ];
  return el(
    "controlDescription",
    { forControl: uniqueIdOf(cell) },
    el("customControl", { id: ClassIds.subgrid }, el("parameters", {}, subgridParameters(cell, place))),
    FORM_FACTORS.map((formFactor) =>
      el("customControl", { formFactor, name: binding.control }, el("parameters", {}, parameters())),
    ),
  );
}

function controlDescriptionsXml(form: FormDefinition, resolve: FieldResolver): XmlElement | undefined {
  const descriptions: XmlElement[] = [];
  for (const cell of formCells(form)) {
    if (cell.kind === "field" && cell.pcf)
      descriptions.push(fieldControlDescription(cell, cell.pcf, resolve(form.table, cell.column).classId));
    if (cell.kind === "subgrid" && cell.pcf) descriptions.push(datasetControlDescription(cell, cell.pcf));
  }
  return descriptions.length ? el("controlDescriptions", {}, descriptions) : undefined;
}

function eventsXml(form: FormDefinition): XmlElement | undefined {
  if (form.handlers.length === 0) return undefined;
  const keys = [...new Set(form.handlers.map((h) => `${h.event}|${h.attribute ?? ""}`))];
  return el(
    "events",
    {},
    keys.map((key) => {
      const [name, attribute] = key.split("|");
      return el(
        "event",
        { name, application: false, active: false, attribute: attribute || undefined },
        el(
          "Handlers",
          {},
          form.handlers
            .filter((h) => `${h.event}|${h.attribute ?? ""}` === key)
            .map((h) =>
              el("Handler", {
                functionName: h.functionName,
                libraryName: h.library,
                handlerUniqueId: h.handlerId,
                enabled: true,
                parameters: "",
                passExecutionContext: true,
              }),
            ),
        ),
      );
    }),
  );
}

export function formXml(form: FormDefinition, resolve: FieldResolver): XmlElement {
  return el(
    "systemform",
    {},
    leaf("formid", form.id),
    leaf("IntroducedVersion", INTRODUCED_VERSION),
    leaf("FormPresentation", 1),
    leaf("FormActivationState", 1),
    el(
      "form",
      {},
      el(
        "tabs",
        {},
        form.tabs.map((t) => tabXml(t, form.table, resolve)),
      ),
      controlDescriptionsXml(form, resolve),
      form.libraries.length > 0 &&
        el(
          "formLibraries",
          {},
          form.libraries.map((l) => el("Library", { name: l.name, libraryUniqueId: l.id })),
        ),
      eventsXml(form),
      el("DisplayConditions", { Order: 0, FallbackForm: true }, el("Everyone")),
    ),
    leaf("IsCustomizable", 1),
    leaf("CanBeDeleted", 1),
    localizedNames(form.name),
    // Exports write no Descriptions on a form that has none (the platform's quick view form).
    form.description !== "" && descriptions(form.description),
  );
}

/** The column's display names in the solution's languages only (the tables solution: English). */
export function resolveFieldIn(languages: readonly FormLanguage[]): FieldResolver {
  return (table, column) => {
    const field = resolveField(table, column);
    const label = Object.fromEntries(
      labelLanguages(field.label)
        .filter((language) => languages.includes(language))
        .map((language) => [language, field.label[language]]),
    ) as Labels;
    return { ...field, label: { ...label, 1033: field.label[1033] } };
  };
}

/** One <forms> per form type, in the alphabetical order exports use (card, main, quick). */
export function formsXml(forms: FormDefinition[], languages: readonly FormLanguage[]): XmlElement[] {
  const resolve = resolveFieldIn(languages);
  const types = [...new Set(forms.map((f) => f.type ?? "main"))].sort();
  return types.map((type) =>
    el(
      "forms",
      { type },
      forms.filter((f) => (f.type ?? "main") === type).map((f) => formXml(f, resolve)),
    ),
  );
}
