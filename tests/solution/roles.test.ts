import fs from "node:fs";
import path from "node:path";
import type { Element } from "@xmldom/xmldom";
import { controlsFromSource, webResourcesFromSource } from "./controlFixtures";
import { all, generatedCustomizations } from "./customizations";
import { edit, verifyBroken } from "./brokenPackages";
import { experienceSolution } from "../../solution/definitions/solutions";
import {
  administratorRole,
  agentRole,
  experienceRoles,
  privilegeName,
  supervisorRole,
} from "../../solution/definitions/roles";
import { proactiveEngagementApp } from "../../solution/definitions/appModule";
import { RoleIds } from "../../solution/definitions/ids";
import { describedTable, tables } from "../../domain/tables";
import { DefinitionError, validateSolution } from "../../solution/validate/validateSolution";
import type { PrivilegeVerb, SolutionDefinition } from "../../solution/model";

const CUSTOMIZATIONS = "customizations.xml";
const README = fs.readFileSync(path.resolve(__dirname, "..", "..", "README.md"), "utf8");
const solution = () => experienceSolution({ controls: controlsFromSource(), webResources: webResourcesFromSource() });
const xml = generatedCustomizations(solution());
const roleElements = (): Element[] =>
  Array.from(all(xml, "Roles")[0].childNodes).filter((n): n is Element => n.nodeType === 1);

/** role name → "privilege name/level" for every row of the README's privilege table. */
function readmeGrants(): Map<string, string[]> {
  const section = README.slice(README.indexOf("### Security roles"));
  const grants = new Map<string, string[]>();
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const privilege = /^`(prv\w+)`$/.exec(cells[2] ?? "");
    if (!privilege) continue;
    expect(cells[5]).not.toBe(""); // every privilege carries its reason
    grants.set(cells[1], [...(grants.get(cells[1]) ?? []), `${privilege[1]}/${cells[4]}`]);
  }
  return grants;
}

function problemsOf(s: SolutionDefinition): string[] {
  try {
    validateSolution(s);
    return [];
  } catch (error) {
    if (error instanceof DefinitionError) return error.problems;
    throw error;
  }
}
const own = (): SolutionDefinition => ({ ...solution(), roles: structuredClone(experienceRoles) });

describe("the security roles", () => {
  it("grant exactly the privileges the README lists, with their depth", () => {
    const fromXml = new Map(
      roleElements().map((r) => [
        r.getAttribute("name") ?? "",
        all(r, "RolePrivilege").map((p) => `${p.getAttribute("name")}/${p.getAttribute("level")}`),
      ]),
    );
    const fromReadme = readmeGrants();
    expect([...fromReadme.keys()].sort()).toEqual([...fromXml.keys()].sort());
    for (const [role, grants] of fromXml) expect([...grants].sort()).toEqual([...(fromReadme.get(role) ?? [])].sort());
  });

  it("are the issue's three jobs: supervisor reads and corrects, agent reads, administrator does everything", () => {
    const names = (verbs: PrivilegeVerb[], ...logicalNames: string[]) =>
      logicalNames.flatMap((t) => verbs.map((verb) => privilegeName({ verb, table: t }))).sort();
    const [delivery, attribute] = tables.map((t) => t.logicalName);
    const granted = (role: typeof supervisorRole) => role.privileges.map(privilegeName).sort();
    expect(granted(supervisorRole)).toEqual(
      [...names(["Read"], delivery, attribute), ...names(["Write"], delivery)].sort(),
    );
    expect(granted(agentRole)).toEqual(names(["Read"], delivery, attribute));
    expect(granted(administratorRole)).toEqual(
      names(["Create", "Read", "Write", "Delete", "Append", "AppendTo", "Assign", "Share"], delivery, attribute),
    );
    for (const role of experienceRoles) for (const p of role.privileges) expect(p.depth).toBe("Global");
  });

  it("name each table by its schema name in exact case from domain/tables", () => {
    for (const role of experienceRoles)
      for (const p of role.privileges)
        expect(privilegeName(p)).toBe(`prv${p.verb}${describedTable(p.table)?.schemaName}`);
    expect(all(xml, "RolePrivilege").map((p) => p.getAttribute("name"))).toContain(
      "prvAppendTomsdyn_proactive_delivery",
    );
  });

  it("are root components (20) by id, written as exports write a role, and mapped to the app", () => {
    const role = roleElements()[0];
    expect(role.getAttribute("isinherited")).toBe("1");
    expect(
      Array.from(role.childNodes)
        .filter((n) => n.nodeType === 1)
        .map((n) => (n as Element).tagName),
    ).toEqual(["IsCustomizable", "RolePrivileges", "LocalizedNames"]);
    expect(proactiveEngagementApp.roles).toEqual([RoleIds.supervisor, RoleIds.agent, RoleIds.administrator]);
    const mapped = all(all(xml, "AppModuleRoleMaps")[0], "Role").map((r) => r.getAttribute("id"));
    expect(mapped).toEqual(Object.values(RoleIds));
  });
});

describe("a bad role stops the build, naming the role, the privilege and the field", () => {
  it("a privilege on an unknown table, an unknown verb and the platform's contact", () => {
    const s = own();
    s.roles[0].privileges.push(
      { verb: "Read", table: "msdyn_proactive_delivery_note", depth: "Global", reason: "x" },
      { verb: "Approve" as PrivilegeVerb, table: "msdyn_proactive_delivery", depth: "Global", reason: "x" },
      { verb: "Read", table: "contact", depth: "Global", reason: "x" },
    );
    const problems = problemsOf(s);
    expect(problems).toContain(
      'role "Proactive Engagement Supervisor" privilege Read on msdyn_proactive_delivery_note: table "msdyn_proactive_delivery_note" is not a described table nor a table of solution ProactiveDeliveryExperience',
    );
    expect(problems).toContain(
      'role "Proactive Engagement Supervisor" privilege Approve on msdyn_proactive_delivery: verb "Approve" is not one of Create, Read, Write, Delete, Append, AppendTo, Assign, Share',
    );
    expect(problems).toContain(
      `role "Proactive Engagement Supervisor" privilege Read on contact: table "contact" is the platform's; its access comes from the platform's own roles`,
    );
  });

  it("a duplicate role name, a privilege granted twice and one without its reason", () => {
    const s = own();
    s.roles[1].name = s.roles[0].name;
    s.roles[2].privileges.push({ ...s.roles[2].privileges[0], reason: " " });
    const problems = problemsOf(s);
    expect(problems).toContain(
      'solution ProactiveDeliveryExperience: role name "Proactive Engagement Supervisor" is used by 2 roles',
    );
    expect(problems).toContain(
      'role "Proactive Engagement Administrator" privilege Create on msdyn_proactive_delivery: granted more than once',
    );
    expect(problems).toContain(
      'role "Proactive Engagement Administrator" privilege Create on msdyn_proactive_delivery: reason is empty; the README lists why each privilege is granted',
    );
  });

  it("a role id another component uses, and one that is not a GUID", () => {
    const s = own();
    s.roles[0].id = "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e01}";
    s.roles[1].id = "agent";
    const problems = problemsOf(s);
    expect(problems).toContain(
      'duplicate id {7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e01}: view "Active Deliveries" savedqueryid; role "Proactive Engagement Supervisor" id',
    );
    expect(problems).toContain('role "Proactive Engagement Agent" id: "agent" is not a GUID in braces');
  });

  it("an app mapped to a role the solution lacks", () => {
    const s = { ...own(), appModules: structuredClone(solution().appModules) };
    s.appModules[0].roles.push("{00000000-0000-0000-0000-000000000004}");
    expect(problemsOf(s)).toContain(
      "app pdx_ProactiveEngagement: role {00000000-0000-0000-0000-000000000004} is not a security role of solution ProactiveDeliveryExperience",
    );
  });
});

describe("npm run verify: role privileges exist for the named tables", () => {
  const found = async (from: string | RegExp, to: string) =>
    (await verifyBroken("experience", (f) => edit(f, CUSTOMIZATIONS, from, to))).problems.join("\n");

  it("[role privileges] a schema name in the wrong case", async () => {
    expect(
      await found('name="prvWritemsdyn_proactive_delivery" ', 'name="prvWriteMsdyn_Proactive_Delivery" '),
    ).toContain(
      '[role privileges] role "Proactive Engagement Supervisor": privilege "prvWriteMsdyn_Proactive_Delivery" names Msdyn_Proactive_Delivery; the table\'s schema name is msdyn_proactive_delivery (exact case)',
    );
  });

  it("[role privileges] an unknown verb, an unknown table and an unknown level", async () => {
    const problems = await found(
      /(name="Proactive Engagement Agent" isinherited="1">\s*<IsCustomizable>1<\/IsCustomizable>\s*<RolePrivileges>)[\s\S]*?(<\/RolePrivileges>)/,
      '$1<RolePrivilege name="prvReadmsdyn_proactive_delivery_note" level="Global" /><RolePrivilege name="prvApprovemsdyn_proactive_delivery_attribute" level="Organization" />$2',
    );
    expect(problems).toContain(
      '[role privileges] role "Proactive Engagement Agent": privilege "prvApprovemsdyn_proactive_delivery_attribute" is not prv<Create|Read|Write|Delete|Append|AppendTo|Assign|Share><table>',
    );
    expect(problems).toContain(
      '[role privileges] role "Proactive Engagement Agent": privilege "prvReadmsdyn_proactive_delivery_note" names msdyn_proactive_delivery_note, which is not a table of the package',
    );
    expect(problems).toContain(
      '[role privileges] role "Proactive Engagement Agent": privilege "prvApprovemsdyn_proactive_delivery_attribute" has level "Organization", not Basic, Local, Deep or Global',
    );
  });

  it("[app roles] an app mapped to a role the package lacks", async () => {
    expect(
      await found(`<Role id="${RoleIds.agent}" />`, '<Role id="{00000000-0000-0000-0000-000000000005}" />'),
    ).toContain(
      "[app roles] app pdx_ProactiveEngagement: role {00000000-0000-0000-0000-000000000005} is not a security role of the package",
    );
  });

  it("[export-only shape] a role without isinherited, and one whose LocalizedName is not its name", async () => {
    const problems = (
      await verifyBroken("experience", (f) => {
        edit(
          f,
          CUSTOMIZATIONS,
          'name="Proactive Engagement Agent" isinherited="1"',
          'name="Proactive Engagement Agent"',
        );
        edit(
          f,
          CUSTOMIZATIONS,
          '<LocalizedName description="Proactive Engagement Administrator"',
          '<LocalizedName description="Admin"',
        );
      })
    ).problems.join("\n");
    expect(problems).toContain(
      '[export-only shape] role "Proactive Engagement Agent": isinherited is missing; exports write "0" or "1"',
    );
    expect(problems).toContain(
      `[export-only shape] role "Proactive Engagement Administrator": LocalizedName description="Admin" languagecode="1033"; exports repeat the role's name with its language code`,
    );
  });
});
