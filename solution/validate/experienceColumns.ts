import { describedTable, platformColumnNames, whyNotExperienceColumn, type TableDefinition } from "../../domain/tables";
import type { FormDefinition, SolutionDefinition, ViewDefinition } from "../model";
import { formCells } from "../formCells";

/** One place where a component names a column: which component, in which field, which column. */
export interface ColumnReference {
  component: string;
  field: string;
  table: string;
  column: string;
}

function formReferences(form: FormDefinition): ColumnReference[] {
  const component = `form "${form.name}"`;
  const references: ColumnReference[] = [];
  for (const cell of formCells(form)) {
    if (cell.kind !== "field") continue;
    references.push({ component, field: "field", table: form.table, column: cell.column });
    for (const [property, parameter] of Object.entries(cell.pcf?.parameters ?? {})) {
      if ("column" in parameter)
        references.push({
          component,
          field: `control ${cell.pcf?.control} property ${property}`,
          table: form.table,
          column: parameter.column,
        });
    }
  }
  return references;
}

function viewReferences(view: ViewDefinition): ColumnReference[] {
  const at = (field: string, column: string): ColumnReference => ({
    component: `view "${view.name}"`,
    field,
    table: view.table,
    column,
  });
  return [
    ...view.columns.map((c) => at("column", c.name)),
    ...(view.conditions ?? []).map((c) => at("filter", c.attribute)),
    ...(view.orGroups ?? []).flatMap((group, i) => group.map((c) => at(`or-group ${i + 1} filter`, c.attribute))),
    ...view.orderBy.map((o) => at("order", o.attribute)),
    ...(view.findColumns ?? []).map((c) => at("quick find column", c)),
  ];
}

/** Every column the solution's forms, views, control bindings and dependencies name on shell tables. */
export function shellColumnReferences(solution: SolutionDefinition): ColumnReference[] {
  const shells = new Set(solution.tables.filter((t) => t.include === "shell").map((t) => t.table.logicalName));
  const references = [
    ...solution.forms.flatMap(formReferences),
    ...solution.views.flatMap(viewReferences),
    ...solution.dependencies
      .filter((d) => d.type === 2 && d.parent)
      .map((d) => ({
        component: `dependency on column ${d.parent}.${d.schemaName}`,
        field: "schemaName",
        table: d.parent ?? "",
        column: d.schemaName,
      })),
  ];
  return references.filter((r) => shells.has(r.table));
}

/** Why a platform table's column may not be named: its description does not carry it. */
function whyNotDescribedColumn(table: TableDefinition, column: string): string | undefined {
  if (platformColumnNames(table).has(column)) return undefined;
  return `${table.logicalName}'s description (domain/tables) has no column ${column}; describe it there with its real type first`;
}

/**
 * The experience runs on Contact Center's elastic tables and on the tables solution's standard
 * ones: a column that either copy lacks breaks a form or view on that copy, so the build stops.
 * A platform table the experience adds a form to (contact) is checked against its own
 * description instead: a column it does not describe has no known label, type or control.
 */
export function experienceColumnProblems(solution: SolutionDefinition): string[] {
  const problems: string[] = [];
  for (const reference of shellColumnReferences(solution)) {
    const table =
      solution.tables.find((t) => t.table.logicalName === reference.table)?.table ?? describedTable(reference.table);
    const why = !table
      ? `table ${reference.table} is not described`
      : table.platform
        ? whyNotDescribedColumn(table, reference.column)
        : whyNotExperienceColumn(table, reference.column);
    if (why) problems.push(`${reference.component}: ${reference.field} "${reference.column}": ${why}`);
  }
  return problems;
}
