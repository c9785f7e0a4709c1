import type { Element } from "@xmldom/xmldom";
import { platformColumnNames, platformTables, type TableDefinition } from "../../domain/tables";
import { all, directChildren } from "../xml/read";
import { tableEntities, type TableEntity } from "./createdTables";

/** The platform table (contact) an <Entity> of customizations.xml adds to, if it is one. */
export function platformTableOf(entity: TableEntity): TableDefinition | undefined {
  return platformTables.find((t) => t.schemaName.toLowerCase() === entity.name.toLowerCase());
}

/**
 * The columns of a platform table a package may name without declaring a dependency: the
 * platform provides them, and exports that add a form to contact declare none for them.
 */
export function platformColumnKeys(customizations: Element): string[] {
  return tableEntities(customizations).flatMap((entity) => {
    const table = platformTableOf(entity);
    return table ? [...platformColumnNames(table)].map((column) => `${entity.name}/${column}`) : [];
  });
}

/**
 * A form added to a platform table (contact) travels in a shell as Microsoft's own solutions
 * ship one: root component behavior 2, an <Entity> with only its name and the form (no
 * EntityInfo, no ObjectTypeCode: nothing that would alter contact's metadata), the name as
 * exports write a platform table's (OriginalName empty), no MissingDependency on the table or
 * its columns, and only columns the table's description carries (named: those its forms, views
 * and control bindings name).
 */
export function platformShellRules(
  entity: TableEntity,
  table: TableDefinition,
  solution: Element,
  named: { where: string; column: string }[],
  problems: string[],
): void {
  const t = table.logicalName;
  const rule = `[platform shell] table ${t}`;
  const roots = all(solution, "RootComponent").filter(
    (r) => r.getAttribute("type") === "1" && r.getAttribute("schemaName")?.toLowerCase() === t,
  );
  if (roots.length !== 1 || roots[0].getAttribute("behavior") !== "2")
    problems.push(
      `${rule}: RootComponent behavior is ${roots.map((r) => r.getAttribute("behavior")).join(", ") || "missing"}; a form added to the platform's table travels in a shell, behavior 2`,
    );
  for (const tag of ["EntityInfo", "ObjectTypeCode"])
    if (directChildren(entity.entity, tag).length > 0)
      problems.push(`${rule}: has ${tag}; a shell carries none, so it cannot alter the table's metadata`);
  const name = directChildren(entity.entity, "Name")[0];
  if (name?.getAttribute("OriginalName") !== "" || name?.textContent?.trim() !== table.schemaName)
    problems.push(
      `${rule}: <Name OriginalName="${name?.getAttribute("OriginalName")}">${name?.textContent?.trim()}</Name>; exports write OriginalName="" and ${table.schemaName}`,
    );
  for (const required of all(solution, "Required")) {
    const type = required.getAttribute("type");
    if (
      (type === "1" && required.getAttribute("schemaName")?.toLowerCase() === t) ||
      (type === "2" && required.getAttribute("parentSchemaName")?.toLowerCase() === t)
    )
      problems.push(
        `${rule}: MissingDependency on type ${type} "${required.getAttribute("schemaName")}"; the platform provides the table and its columns, exports declare none`,
      );
  }
  const allowed = platformColumnNames(table);
  for (const { where, column } of named)
    if (!allowed.has(column))
      problems.push(`[platform columns] ${where}: "${column}" is not a column the description of ${t} carries`);
}
