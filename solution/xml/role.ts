import type { SecurityRoleDefinition } from "../model";
import { privilegeName } from "../definitions/roles";
import { el, leaf, type XmlElement } from "./node";
import { localizedNames } from "./labels";

const ordinalIgnoreCase = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * `<Role>` as current exports write it (fsi-experiences FSIWealthManagementSecurityRoles
 * Roles/Wealth Manager.xml, coe-starter-kit Roles/*.xml): id and name, isinherited="1" (members
 * get the role's privileges directly as well as through teams), IsCustomizable, the privileges by
 * name (ordinal, ignoring case, as exports list them), then LocalizedNames. The 9.0 XSD knows
 * neither isinherited nor LocalizedNames (verify/xsd.ts).
 */
export function roleXml(role: SecurityRoleDefinition): XmlElement {
  const privileges = role.privileges
    .map((p) => ({ name: privilegeName(p), level: p.depth }))
    .sort((a, b) => ordinalIgnoreCase(a.name, b.name));
  return el(
    "Role",
    { id: role.id.toLowerCase(), name: role.name, isinherited: 1 },
    leaf("IsCustomizable", 1),
    el(
      "RolePrivileges",
      {},
      privileges.map((p) => el("RolePrivilege", p)),
    ),
    localizedNames(role.name),
  );
}
