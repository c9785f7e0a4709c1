import {
  describedTable,
  platformColumnNames,
  standardColumnNames,
  tables as knownTables,
  type TableDefinition,
} from "../../domain/tables";
import { DOMParser } from "@xmldom/xmldom";
import {
  EnvironmentVariableTypes,
  type BuiltControl,
  type FormDefinition,
  type SolutionDefinition,
  type ViewConditionOperator,
} from "../model";
import { experienceColumnProblems } from "./experienceColumns";
import { dashboardCells, formCells, tabColumns } from "../formCells";
import type { Labels } from "../../domain/languages";
import { appModuleProblems } from "./appModule";
import { roleProblems } from "./roles";

/** Single-line text columns hold at most 4,000 characters on the platform. */
export const MAX_TEXT_LENGTH = 4000;
const GUID = /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i;
const LOGICAL_NAME = /^[a-z][a-z0-9]*_[a-z0-9_]+$/;

export class DefinitionError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid solution definition:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "DefinitionError";
  }
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const v of values) (seen.has(v.toLowerCase()) ? repeated : seen).add(v.toLowerCase());
  return [...repeated];
}

function checkTable(table: TableDefinition, solution: SolutionDefinition, problems: string[]): void {
  const where = `table ${table.logicalName}`;
  if (!LOGICAL_NAME.test(table.logicalName))
    problems.push(`${where}: logicalName "${table.logicalName}" is not a prefixed lower-case name`);
  for (const name of duplicates(table.columns.map((c) => c.logicalName)))
    problems.push(`${where}: column logicalName "${name}" is defined more than once`);
  const primary = table.columns.filter((c) => c.kind === "text" && c.primaryName);
  if (primary.length !== 1 || primary[0].logicalName !== table.primaryNameAttribute) {
    problems.push(
      `${where}: primaryNameAttribute "${table.primaryNameAttribute}" must be the one text column marked primaryName`,
    );
  }
  for (const column of table.columns) {
    const at = `${where} column ${column.logicalName}`;
    if (!LOGICAL_NAME.test(column.logicalName)) problems.push(`${at}: logicalName is not a prefixed lower-case name`);
    if (column.schemaName.toLowerCase() !== column.logicalName)
      problems.push(`${at}: schemaName "${column.schemaName}" does not match the logical name`);
    if (
      column.kind === "text" &&
      (!Number.isInteger(column.maxLength) || column.maxLength < 1 || column.maxLength > MAX_TEXT_LENGTH)
    ) {
      problems.push(`${at}: maxLength ${column.maxLength} is outside 1..${MAX_TEXT_LENGTH}`);
    }
    if (column.kind === "datetime" && ![1, 2, 3].includes(column.behavior))
      problems.push(`${at}: behavior ${column.behavior} is not 1, 2 or 3`);
    if (column.kind === "lookup" && !knownTables.some((t) => t.logicalName === column.target))
      problems.push(`${at}: target "${column.target}" is not a described table`);
    if (column.kind === "choice" && !solution.globalChoices.some((c) => c.name === column.optionSet)) {
      problems.push(`${at}: optionSet "${column.optionSet}" is not a global choice of solution ${solution.uniqueName}`);
    }
  }
}

function checkIds(solution: SolutionDefinition, problems: string[]): void {
  const ids: [string, string][] = [];
  for (const f of solution.forms) {
    ids.push([`form "${f.name}" formid`, f.id]);
    for (const t of f.tabs) {
      ids.push([`form "${f.name}" tab ${t.name} id`, t.id]);
      for (const s of t.sections) {
        ids.push([`form "${f.name}" section ${s.name} id`, s.id]);
        for (const c of s.cells) ids.push([`form "${f.name}" cell ${c.kind === "field" ? c.column : c.name} id`, c.id]);
      }
    }
    for (const l of f.libraries) ids.push([`form "${f.name}" library ${l.name} libraryUniqueId`, l.id]);
    for (const h of f.handlers) ids.push([`form "${f.name}" handler ${h.functionName} handlerUniqueId`, h.handlerId]);
  }
  for (const d of solution.dashboards) {
    ids.push([`dashboard "${d.name}" FormId`, d.id]);
    for (const t of d.tabs) {
      ids.push([`dashboard "${d.name}" tab ${t.name} id`, t.id]);
      for (const s of t.sections) {
        ids.push([`dashboard "${d.name}" section ${s.name} id`, s.id]);
        for (const c of s.cells) ids.push([`dashboard "${d.name}" cell ${c.name} id`, c.id]);
      }
    }
  }
  for (const v of solution.views) ids.push([`view "${v.name}" savedqueryid`, v.id]);
  for (const w of solution.webResources) ids.push([`web resource ${w.name} WebResourceId`, w.id]);
  for (const r of solution.roles) ids.push([`role "${r.name}" id`, r.id]);
  for (const [where, id] of ids) if (!GUID.test(id)) problems.push(`${where}: "${id}" is not a GUID in braces`);
  for (const id of duplicates(ids.map(([, id]) => id))) {
    const owners = ids.filter(([, other]) => other.toLowerCase() === id).map(([where]) => where);
    problems.push(`duplicate id ${id}: ${owners.join("; ")}`);
  }
}

/** The solution's own description of a table, else the one in domain/tables. */
function tableNamed(name: string, solution: SolutionDefinition): TableDefinition | undefined {
  return solution.tables.find((t) => t.table.logicalName === name)?.table ?? describedTable(name);
}

/** A platform table (contact) has only the columns its description carries, as far as we know. */
const columnNames = (table: TableDefinition) =>
  table.platform ? platformColumnNames(table) : standardColumnNames(table);

/**
 * Every label of a main form has a text in each of the solution's languages, and none in a
 * language the solution does not list (a column's display names may have more; its cells are
 * written in the solution's languages only): a tab, a section, a list, and a field cell (its column's
 * display names, domain/tables).
 */
function checkFormLabels(solution: SolutionDefinition, form: FormDefinition, where: string, problems: string[]): void {
  const check = (what: string, label: Labels, field = false): void => {
    const missing = solution.languages.filter((language) => !label[language]?.trim());
    if (missing.length > 0) problems.push(`${where}: ${what} has no label in ${missing.join(", ")}`);
    // A column's display names serve every solution; its form is written in this one's languages.
    if (field) return;
    const extra = Object.keys(label)
      .map(Number)
      .filter((language) => !(solution.languages as readonly number[]).includes(language));
    if (extra.length > 0)
      problems.push(
        `${where}: ${what} has a label in ${extra.join(", ")}, which solution ${solution.uniqueName} does not list`,
      );
  };
  for (const tab of form.tabs) {
    check(`tab ${tab.name}`, tab.label);
    for (const column of tabColumns(tab))
      for (const section of column.sections) {
        check(`section ${section.name}`, section.label);
        for (const cell of section.cells)
          if (cell.kind === "subgrid") check(`subgrid ${cell.name}`, cell.label);
          else {
            const column = describedTable(form.table)?.columns.find((c) => c.logicalName === cell.column);
            // System columns (ownerid, ...) are labelled by the platform's tables, in its base language.
            if (column) check(`field ${cell.column}`, column.displayNames ?? { 1033: column.displayName }, true);
          }
      }
  }
}

function checkForms(solution: SolutionDefinition, problems: string[]): void {
  const webResources = new Set(solution.webResources.map((w) => w.name));
  const controls = new Set(solution.controls.map((c) => c.name));
  const views = new Set(solution.views.map((v) => v.id.toLowerCase()));
  for (const form of solution.forms) {
    const where = `${form.type ?? "main"} form "${form.name}"`;
    const table = tableNamed(form.table, solution);
    if (!table) {
      problems.push(`${where}: table "${form.table}" is not described`);
      continue;
    }
    for (const lib of form.libraries)
      if (!webResources.has(lib.name))
        problems.push(`${where}: library "${lib.name}" is not a web resource of solution ${solution.uniqueName}`);
    if ((form.type ?? "main") === "main") checkFormLabels(solution, form, where, problems);
    for (const h of form.handlers)
      if (!form.libraries.some((l) => l.name === h.library))
        problems.push(`${where}: handler ${h.functionName} uses library "${h.library}" that the form does not load`);
    for (const cell of formCells(form)) {
      if (cell.kind === "field") {
        const column = table.columns.find((c) => c.logicalName === cell.column);
        if (!column && !columnNames(table).has(cell.column))
          problems.push(`${where}: field "${cell.column}" is not a column of ${table.logicalName}`);
        else if (column && !column.validForForm)
          problems.push(`${where}: field "${cell.column}" is not valid for forms`);
      } else {
        if (!views.has(cell.viewId.toLowerCase()))
          problems.push(
            `${where}: subgrid ${cell.name} viewId ${cell.viewId} is not a view of solution ${solution.uniqueName}`,
          );
        if (!tableNamed(cell.targetTable, solution))
          problems.push(`${where}: subgrid ${cell.name} targetTable "${cell.targetTable}" is not described`);
      }
      if (cell.pcf && !controls.has(cell.pcf.control))
        problems.push(
          `${where}: cell ${cell.id} uses control "${cell.pcf.control}" that solution ${solution.uniqueName} does not contain (not built into out/controls/?)`,
        );
    }
  }
}

/** The data sets and properties a built control's manifest declares. */
function manifestNames(control: BuiltControl): { dataSets: Set<string>; properties: Set<string> } {
  const manifest = new DOMParser().parseFromString(control.manifestXml, "text/xml").documentElement;
  const names = (tag: string) =>
    new Set(Array.from(manifest?.getElementsByTagName(tag) ?? []).map((e) => e.getAttribute("name") ?? ""));
  return { dataSets: names("data-set"), properties: names("property") };
}

/**
 * A dashboard's lists are over public views of the solution on the table they name, with no
 * relationship (a dashboard has no record); a list's code component is in the solution and is
 * given only the data set and properties its manifest declares.
 */
function checkDashboards(solution: SolutionDefinition, problems: string[]): void {
  const views = new Map(solution.views.map((v) => [v.id.toLowerCase(), v]));
  const controls = new Map(solution.controls.map((c) => [c.name, c]));
  for (const dashboard of solution.dashboards) {
    const where = `dashboard "${dashboard.name}"`;
    if (!dashboard.name.trim()) problems.push(`dashboard ${dashboard.id}: name is empty`);
    if (dashboardCells(dashboard).length === 0) problems.push(`${where}: has no lists, so it shows nothing`);
    for (const cell of dashboardCells(dashboard)) {
      const at = `${where} list ${cell.name}`;
      const view = views.get(cell.viewId.toLowerCase());
      if (!tableNamed(cell.targetTable, solution))
        problems.push(`${at}: targetTable "${cell.targetTable}" is not described`);
      if (!view) problems.push(`${at}: viewId ${cell.viewId} is not a view of solution ${solution.uniqueName}`);
      else if (view.table !== cell.targetTable)
        problems.push(`${at}: viewId ${cell.viewId} is a view of ${view.table}, not of ${cell.targetTable}`);
      else if (view.queryType !== 0)
        problems.push(
          `${at}: viewId ${cell.viewId} is a view of querytype ${view.queryType}; a dashboard lists a public view (0)`,
        );
      if (cell.relationship !== "")
        problems.push(
          `${at}: relationship "${cell.relationship}"; a dashboard has no record, so its lists name no relationship`,
        );
      if (!cell.pcf) continue;
      const control = controls.get(cell.pcf.control);
      if (!control) {
        problems.push(
          `${at}: uses control "${cell.pcf.control}" that solution ${solution.uniqueName} does not contain (not built into out/controls/?)`,
        );
        continue;
      }
      const declared = manifestNames(control);
      if (!declared.dataSets.has(cell.pcf.dataSetName))
        problems.push(`${at}: control ${cell.pcf.control} has no data-set "${cell.pcf.dataSetName}" in its manifest`);
      for (const property of Object.keys(cell.pcf.parameters ?? {}))
        if (!declared.properties.has(property))
          problems.push(`${at}: control ${cell.pcf.control} has no property "${property}" in its manifest`);
    }
  }
}

const VALUE_COUNTS: Readonly<Record<ViewConditionOperator, string>> = {
  eq: "eq takes exactly one",
  ne: "ne takes exactly one",
  in: "in takes one or more",
  "not-in": "not-in takes one or more",
  null: "null takes none",
  "not-null": "not-null takes none",
};

function checkViews(solution: SolutionDefinition, problems: string[]): void {
  for (const view of solution.views) {
    const where = `view "${view.name}"`;
    const table = tableNamed(view.table, solution);
    if (!table) {
      problems.push(`${where}: table "${view.table}" is not described`);
      continue;
    }
    const names = columnNames(table);
    const conditions = [...(view.conditions ?? []), ...(view.orGroups ?? []).flat()];
    for (const c of [
      ...view.columns.map((c) => c.name),
      ...(view.findColumns ?? []),
      ...conditions.map((c) => c.attribute),
    ]) {
      if (!names.has(c)) problems.push(`${where}: column "${c}" is not a column of ${table.logicalName}`);
    }
    for (const c of conditions) {
      const count = c.values.length;
      const wanted =
        c.operator === "null" || c.operator === "not-null"
          ? count === 0
          : c.operator === "eq" || c.operator === "ne"
            ? count === 1
            : count >= 1;
      if (!wanted)
        problems.push(
          `${where}: condition ${c.operator} on "${c.attribute}" has ${count} values (${VALUE_COUNTS[c.operator]})`,
        );
    }
    (view.orGroups ?? []).forEach((group, i) => {
      if (group.length === 0) problems.push(`${where}: or-group ${i + 1} has no conditions, so no row could pass it`);
    });
    if (
      view.queryType !== 0 &&
      solution.tables.some((t) => t.include === "shell" && t.table.logicalName === view.table)
    )
      problems.push(
        `${where}: querytype ${view.queryType} on ${view.table}, a table this solution does not own; only public views (0) may be added, the owner keeps quick find, lookup, associated and advanced find views`,
      );
    for (const o of view.orderBy) {
      const column = table.columns.find((c) => c.logicalName === o.attribute);
      if (!names.has(o.attribute))
        problems.push(`${where}: order column "${o.attribute}" is not a column of ${table.logicalName}`);
      else if (column?.kind === "lookup")
        problems.push(`${where}: order column "${o.attribute}" is a lookup; elastic tables cannot order by a lookup`);
    }
  }
}

function checkPublisherAndChoices(solution: SolutionDefinition, problems: string[]): void {
  const p = solution.publisher;
  if (!/^[a-z][a-z0-9]{1,7}$/.test(p.prefix) || p.prefix.startsWith("mscrm"))
    problems.push(
      `publisher ${p.uniqueName}: prefix "${p.prefix}" must be 2-8 lower-case letters or digits, not mscrm`,
    );
  if (!Number.isInteger(p.optionValuePrefix) || p.optionValuePrefix < 10000 || p.optionValuePrefix > 99999) {
    problems.push(`publisher ${p.uniqueName}: optionValuePrefix ${p.optionValuePrefix} is outside 10000..99999`);
  }
  const low = p.optionValuePrefix * 10000;
  for (const choice of solution.globalChoices) {
    for (const v of duplicates(choice.options.map((o) => String(o.value))))
      problems.push(`global choice ${choice.name}: value ${v} is used more than once`);
    for (const o of choice.options) {
      if (!Number.isInteger(o.value) || o.value < low || o.value > low + 9999) {
        problems.push(
          `global choice ${choice.name} option "${o.label}": value ${o.value} is outside ${low}..${low + 9999} (publisher option value prefix ${p.optionValuePrefix})`,
        );
      }
    }
  }
  for (const w of solution.webResources)
    if (!w.name.startsWith(`${p.prefix}_`))
      problems.push(`web resource ${w.name}: name must start with "${p.prefix}_"`);
  for (const c of solution.controls)
    if (!c.name.startsWith(`${p.prefix}_`)) problems.push(`control ${c.name}: name must start with "${p.prefix}_"`);
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(solution.version))
    problems.push(`solution ${solution.uniqueName}: version "${solution.version}" is not four numbers`);
}

/** A schema name of the publisher's prefix, as Dataverse requires of an environment variable. */
const VARIABLE_NAME = /^[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+$/;

function checkEnvironmentVariables(solution: SolutionDefinition, problems: string[]): void {
  const prefix = solution.publisher.prefix;
  // Schema names compare without case, as Dataverse compares them.
  const repeated = new Set(duplicates(solution.environmentVariables.map((v) => v.schemaName)));
  for (const name of new Set(solution.environmentVariables.map((v) => v.schemaName)))
    if (repeated.has(name.toLowerCase())) problems.push(`environment variable ${name}: defined more than once`);
  for (const v of solution.environmentVariables) {
    const where = `environment variable ${v.schemaName}`;
    if (!VARIABLE_NAME.test(v.schemaName) || !v.schemaName.startsWith(`${prefix}_`))
      problems.push(`${where}: schemaName must be "${prefix}_" and letters, digits or underscores`);
    if (!v.displayName.trim()) problems.push(`${where}: displayName is empty`);
    if (!(v.type in EnvironmentVariableTypes)) problems.push(`${where}: type "${v.type}" is not a variable type`);
    if (v.type === "secret" && v.defaultValue !== undefined)
      problems.push(`${where}: a secret has no default value (it is a Key Vault reference per environment)`);
    if (v.type === "json" && v.defaultValue !== undefined) {
      try {
        JSON.parse(v.defaultValue);
      } catch {
        problems.push(`${where}: defaultValue is not JSON: ${v.defaultValue}`);
      }
    }
    if (v.defaultValue !== undefined && v.defaultValue.length > 2000)
      problems.push(`${where}: defaultValue has ${v.defaultValue.length} characters; the column holds 2,000`);
  }
}

/** Every check that a definition can fail before any XML is written. */
export function validateSolution(solution: SolutionDefinition): void {
  const problems: string[] = [];
  checkPublisherAndChoices(solution, problems);
  for (const name of duplicates(solution.tables.map((t) => t.table.logicalName)))
    problems.push(`solution ${solution.uniqueName}: table "${name}" is included more than once`);
  for (const name of duplicates(solution.globalChoices.map((c) => c.name)))
    problems.push(`solution ${solution.uniqueName}: global choice "${name}" is defined more than once`);
  for (const name of duplicates(solution.views.map((v) => `${v.table}/${v.name}`)))
    problems.push(`solution ${solution.uniqueName}: view name "${name}" is used more than once`);
  for (const t of solution.tables.filter((t) => t.include === "full")) checkTable(t.table, solution, problems);
  for (const t of solution.tables.filter((t) => t.include === "full" && t.table.platform))
    problems.push(
      `solution ${solution.uniqueName}: table ${t.table.logicalName} is the platform's; it can only be included as a shell (behavior 2), never created`,
    );
  checkIds(solution, problems);
  checkForms(solution, problems);
  checkDashboards(solution, problems);
  checkViews(solution, problems);
  problems.push(...experienceColumnProblems(solution));
  checkEnvironmentVariables(solution, problems);
  problems.push(...appModuleProblems(solution), ...roleProblems(solution));
  if (problems.length > 0) throw new DefinitionError(problems);
}
