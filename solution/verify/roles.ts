import type { Element } from "@xmldom/xmldom";
import { describedTable } from "../../domain/tables";
import { childText, directChildren } from "../xml/read";

/** prv<Verb><schema name>; AppendTo before Append, so the longer verb wins. */
const PRIVILEGE = /^prv(Create|Read|Write|Delete|AppendTo|Append|Assign|Share)(.+)$/;
const LEVELS = new Set(["Basic", "Local", "Deep", "Global"]);

/**
 * [role privileges]: every privilege a role of the package grants is a table privilege whose
 * name ends in the schema name, exact case, of a table the package carries (created or shell);
 * its level is one Dataverse knows; no privilege is granted twice. The roles grant nothing but
 * table privileges on the proactive tables by design (the platform's Basic User gives the rest).
 */
export function rolePrivilegeProblems(customizations: Element): string[] {
  const problems: string[] = [];
  const schemaNames = new Set(
    directChildren(directChildren(customizations, "Entities")[0], "Entity").map((e) => childText(e, "Name") ?? ""),
  );
  for (const role of directChildren(directChildren(customizations, "Roles")[0], "Role")) {
    const where = `[role privileges] role "${role.getAttribute("name")}"`;
    const seen = new Set<string>();
    for (const privilege of directChildren(directChildren(role, "RolePrivileges")[0], "RolePrivilege")) {
      const name = privilege.getAttribute("name") ?? "";
      const level = privilege.getAttribute("level") ?? "";
      const match = PRIVILEGE.exec(name);
      if (!match) {
        problems.push(
          `${where}: privilege "${name}" is not prv<Create|Read|Write|Delete|Append|AppendTo|Assign|Share><table>`,
        );
      } else if (!schemaNames.has(match[2])) {
        const described = describedTable(match[2].toLowerCase());
        problems.push(
          described && described.schemaName !== match[2]
            ? `${where}: privilege "${name}" names ${match[2]}; the table's schema name is ${described.schemaName} (exact case)`
            : `${where}: privilege "${name}" names ${match[2]}, which is not a table of the package`,
        );
      }
      if (!LEVELS.has(level))
        problems.push(`${where}: privilege "${name}" has level "${level}", not Basic, Local, Deep or Global`);
      if (seen.has(name)) problems.push(`${where}: privilege "${name}" is granted more than once`);
      seen.add(name);
    }
  }
  return problems;
}
