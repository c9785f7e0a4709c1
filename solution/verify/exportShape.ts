import type { Element } from "@xmldom/xmldom";
import { experienceColumnNames, tables } from "../../domain/tables";
import { createdTableRules, tableEntities, type TableEntity } from "./createdTables";
import { platformShellRules, platformTableOf } from "./platformShell";
import { all, childText, directChildren, text } from "../xml/read";

/**
 * The rules that make a zip look like what Dataverse itself exports (issue 8), each checked on
 * every zip. A problem names the rule, the component and what is wrong.
 */

const SOLUTION_REFERENCE = /^(Active|[A-Za-z][A-Za-z0-9_]* \(\d+(\.\d+){1,3}\))$/;

/** Columns a shell table's forms, views and control bindings name. */
function namedColumns(entity: Element): { where: string; column: string }[] {
  const named: { where: string; column: string }[] = [];
  for (const form of all(entity, "systemform")) {
    const where = `form ${text(form, "formid")}`;
    for (const control of all(form, "control")) {
      const field = control.getAttribute("datafieldname");
      if (field) named.push({ where: `${where} field`, column: field });
    }
    for (const custom of all(form, "customControl").filter((c) => c.getAttribute("formFactor") !== null)) {
      for (const parameter of Array.from(all(custom, "parameters")[0]?.childNodes ?? []).filter(
        (n): n is Element => n.nodeType === 1,
      )) {
        if (parameter.tagName !== "data-set" && parameter.getAttribute("static") !== "true")
          named.push({
            where: `${where} control ${custom.getAttribute("name")} property ${parameter.tagName}`,
            column: parameter.textContent?.trim() ?? "",
          });
      }
    }
  }
  for (const query of all(entity, "savedquery")) {
    const where = `view ${text(query, "savedqueryid")}`;
    for (const a of all(query, "attribute"))
      named.push({ where: `${where} column`, column: a.getAttribute("name") ?? "" });
    for (const c of all(query, "condition"))
      named.push({ where: `${where} filter`, column: c.getAttribute("attribute") ?? "" });
    for (const o of all(query, "order"))
      named.push({ where: `${where} order`, column: o.getAttribute("attribute") ?? "" });
    for (const c of all(query, "cell")) named.push({ where: `${where} layout`, column: c.getAttribute("name") ?? "" });
  }
  return named;
}

function shellTableRules(table: TableEntity, solution: Element, problems: string[]): void {
  const t = table.name.toLowerCase();
  const definition = tables.find((d) => d.logicalName === t);
  if (!definition) return;
  const allowed = experienceColumnNames(definition);
  for (const { where, column } of namedColumns(table.entity)) {
    if (!allowed.has(column))
      problems.push(
        `[experience columns] ${where}: "${column}" is not a column both copies of ${t} have (Contact Center's elastic table and the tables solution's)`,
      );
  }
  for (const required of all(solution, "Required").filter(
    (r) => r.getAttribute("type") === "2" && r.getAttribute("parentSchemaName")?.toLowerCase() === t,
  )) {
    const column = required.getAttribute("schemaName") ?? "";
    if (!allowed.has(column))
      problems.push(`[experience columns] dependency on ${t}.${column}: not a column both copies of ${t} have`);
  }
  for (const query of all(table.entity, "savedquery")) {
    const type = text(query, "querytype");
    if (type !== "0")
      problems.push(
        `[shell components] view ${text(query, "savedqueryid")}: querytype ${type} on shell table ${t}; a solution adds only public views (0) to a table it does not own`,
      );
  }
  const formIds = new Set(all(table.entity, "formid").map((f) => f.textContent?.trim().toLowerCase()));
  const viewIds = new Set(all(table.entity, "savedqueryid").map((f) => f.textContent?.trim().toLowerCase()));
  for (const root of all(solution, "RootComponent")) {
    const id = root.getAttribute("id")?.toLowerCase();
    const type = root.getAttribute("type");
    if ((type === "60" && formIds.has(id)) || (type === "26" && viewIds.has(id))) {
      problems.push(
        `[shell components] RootComponent type ${type} ${id}: a form or view of shell table ${t} is carried by the table, never a root component of its own`,
      );
    }
  }
}

function dependencyRules(solution: Element, customizations: Element, problems: string[]): void {
  const ids = new Set(
    [...all(customizations, "formid"), ...all(customizations, "savedqueryid")].map((e) =>
      e.textContent?.trim().toLowerCase(),
    ),
  );
  const shells = new Set(
    all(solution, "RootComponent")
      .filter((r) => r.getAttribute("type") === "1" && r.getAttribute("behavior") === "2")
      .map((r) => r.getAttribute("schemaName")?.toLowerCase()),
  );
  const apps = new Set(all(customizations, "AppModule").map((a) => childText(a, "UniqueName")?.toLowerCase()));
  for (const dependency of all(solution, "MissingDependency")) {
    const required = directChildren(dependency, "Required")[0];
    const dependent = directChildren(dependency, "Dependent")[0];
    const what = `MissingDependency on type ${required?.getAttribute("type")} "${required?.getAttribute("schemaName") ?? required?.getAttribute("id")}"`;
    const reference = required?.getAttribute("solution") ?? "";
    if (!SOLUTION_REFERENCE.test(reference))
      problems.push(`[dependency solution] ${what}: solution="${reference}"; exports write "UniqueName (version)"`);
    const type = required?.getAttribute("type");
    if (
      (type === "2" || type === "10") &&
      (!required?.getAttribute("parentSchemaName") || !required.getAttribute("parentDisplayName"))
    ) {
      problems.push(
        `[dependency parent] ${what}: a column or relationship requirement carries parentSchemaName and parentDisplayName`,
      );
    }
    const dependentType = dependent?.getAttribute("type");
    const known =
      (dependentType === "1" && shells.has(dependent?.getAttribute("schemaName")?.toLowerCase())) ||
      (dependentType === "80" && apps.has(dependent?.getAttribute("schemaName")?.toLowerCase())) ||
      ((dependentType === "26" || dependentType === "60") && ids.has(dependent?.getAttribute("id")?.toLowerCase()));
    if (!known)
      problems.push(
        `[dependency dependent] ${what}: its Dependent (type ${dependentType ?? "none"}) is not a shell table, form, view or app of this package; exports name the component that needs it`,
      );
  }
}

function managedLabelRules(customizations: Element, managed: boolean, problems: string[]): void {
  for (const form of all(customizations, "systemform")) {
    for (const cell of all(form, "cell")) {
      const field = directChildren(cell, "control")[0]?.getAttribute("datafieldname");
      if (!field) continue;
      const label = all(cell, "label")[0]?.getAttribute("description") ?? "";
      if (managed && label !== "")
        problems.push(
          `[managed labels] form ${text(form, "formid")} field ${field}: label "${label}"; a managed export's field cells carry empty labels`,
        );
      if (!managed && label === "")
        problems.push(`[managed labels] form ${text(form, "formid")} field ${field}: empty label in an unmanaged zip`);
    }
  }
}

export function exportShapeProblems(solution: Element, customizations: Element, managed: boolean): string[] {
  const problems: string[] = [];
  for (const table of tableEntities(customizations)) {
    const platform = platformTableOf(table);
    if (platform) platformShellRules(table, platform, solution, namedColumns(table.entity), problems);
    else if (table.created) createdTableRules(table, customizations, problems);
    else shellTableRules(table, solution, problems);
  }
  dependencyRules(solution, customizations, problems);
  managedLabelRules(customizations, managed, problems);
  return problems;
}
