import { describedTable } from "../../domain/tables";
import type { PrivilegeDepth, SolutionDefinition } from "../model";
import { PRIVILEGE_VERBS } from "../definitions/roles";

const DEPTHS: readonly PrivilegeDepth[] = ["Basic", "Local", "Deep", "Global"];

/**
 * Each role grants privileges only on the solution's own proactive tables, with a known verb and
 * depth and a reason; role names are unique (ids are checked with every other id). A problem names the role, the privilege and
 * the field.
 */
export function roleProblems(solution: SolutionDefinition): string[] {
  const problems: string[] = [];
  const tables = new Map(solution.tables.map((t) => [t.table.logicalName, t.table]));
  // Keyed ignoring case (as Dataverse compares names), reported as first written.
  const names = new Map<string, { first: string; count: number }>();
  const count = (map: typeof names, value: string) => {
    const entry = map.get(value.toLowerCase()) ?? { first: value, count: 0 };
    map.set(value.toLowerCase(), { ...entry, count: entry.count + 1 });
  };
  for (const role of solution.roles) {
    const where = `role "${role.name}"`;
    count(names, role.name);
    if (!role.name.trim()) problems.push(`role ${role.id}: name is empty`);
    const seen = new Set<string>();
    for (const p of role.privileges) {
      const at = `${where} privilege ${p.verb} on ${p.table}`;
      if (!PRIVILEGE_VERBS.includes(p.verb))
        problems.push(`${at}: verb "${p.verb}" is not one of ${PRIVILEGE_VERBS.join(", ")}`);
      if (!DEPTHS.includes(p.depth)) problems.push(`${at}: depth "${p.depth}" is not one of ${DEPTHS.join(", ")}`);
      const table = tables.get(p.table);
      if (!table)
        problems.push(
          `${at}: table "${p.table}" is ${describedTable(p.table) ? "not a table" : "not a described table nor a table"} of solution ${solution.uniqueName}`,
        );
      else if (table.platform)
        problems.push(`${at}: table "${p.table}" is the platform's; its access comes from the platform's own roles`);
      if (!p.reason.trim()) problems.push(`${at}: reason is empty; the README lists why each privilege is granted`);
      const key = `${p.verb}/${p.table}`;
      if (seen.has(key)) problems.push(`${at}: granted more than once`);
      seen.add(key);
    }
  }
  for (const { first, count } of names.values())
    if (count > 1) problems.push(`solution ${solution.uniqueName}: role name "${first}" is used by ${count} roles`);
  return problems;
}
