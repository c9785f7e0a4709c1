/**
 * The experience's environment variable, pdx_AllowedDispositionCodes (issue 15, item 7): written
 * as real exports write a definition (microsoft/fsi-experiences' msfsi_supportedfiletypes, a JSON
 * variable with a default value), outside customizations.xml in its own folder of both zips and
 * of the unpacked source, a root component of type 380; and `npm run verify` failing on each
 * defect it checks.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { controlsFromSource, webResourcesFromSource } from "./controlFixtures";
import { edit, verifyBroken, type Files } from "./brokenPackages";
import { experienceSolution, tablesSolution } from "../../solution/definitions/solutions";
import { allowedDispositionCodes } from "../../solution/definitions/environmentVariables";
import { zipEntries } from "../../solution/pack/entries";
import { unpackedEntries } from "../../solution/pack/unpacked";
import { writePackages } from "../../solution/pack/build";
import { readZip } from "../../solution/pack/zip";
import { customizationsXml } from "../../solution/xml/customizations";
import { toXmlDocument } from "../../solution/xml/node";
import { DefinitionError, validateSolution } from "../../solution/validate/validateSolution";
import { verifyUnpackedSource } from "../../solution/verify/unpackedSource";
import { schemaDir, validateCustomizations } from "../../solution/verify/xsd";
import type { EnvironmentVariableDefinition, SolutionDefinition } from "../../solution/model";

const ROOT = path.resolve(__dirname, "..", "..");
const schemas = schemaDir(ROOT);
const SLOW = 60_000;
const NAME = "pdx_AllowedDispositionCodes";
const FILE = `environmentvariabledefinitions/${NAME}/environmentvariabledefinition.xml`;
const solution = () => experienceSolution({ controls: controlsFromSource(), webResources: webResourcesFromSource() });
const entry = (managed: boolean): string =>
  zipEntries(solution(), managed)
    .find((e) => e.path === FILE)
    ?.content.toString("utf8") ?? "";

/** The file, element for element as fsi-experiences' exported msfsi_supportedfiletypes is written. */
const EXPECTED = `<environmentvariabledefinition schemaname="${NAME}">
  <defaultvalue>[]</defaultvalue>
  <description default="${allowedDispositionCodes.description.replace(/"/g, "&quot;")}">
    <label description="${allowedDispositionCodes.description.replace(/"/g, "&quot;")}" languagecode="1033" />
  </description>
  <displayname default="Allowed disposition codes">
    <label description="Allowed disposition codes" languagecode="1033" />
  </displayname>
  <introducedversion>1.0.0.0</introducedversion>
  <iscustomizable>1</iscustomizable>
  <isrequired>0</isrequired>
  <secretstore>0</secretstore>
  <type>100000003</type>
</environmentvariabledefinition>`;

describe("the allowed disposition codes variable in the experience solution", () => {
  it("is written as exports write a JSON definition: no declaration, the schema name as attribute, export order, empty list by default", () => {
    expect(entry(false)).toBe(EXPECTED);
  });

  it("is the same file in the unmanaged and the managed zip, covered by the xml content type", () => {
    expect(entry(true)).toBe(entry(false));
    for (const managed of [false, true]) {
      const types = zipEntries(solution(), managed)
        .find((e) => e.path === "[Content_Types].xml")
        ?.content.toString();
      expect(types).toContain('<Default Extension="xml" ContentType="text/xml" />');
    }
  });

  it("is a root component of type 380 by schema name, after the app, as exports order them by type", () => {
    const manifest = zipEntries(solution(), false)
      .find((e) => e.path === "solution.xml")
      ?.content.toString();
    expect(manifest).toContain(`<RootComponent type="380" schemaName="${NAME}" behavior="0" />`);
    const types = [...(manifest ?? "").matchAll(/<RootComponent type="(\d+)"/g)].map((m) => Number(m[1]));
    expect(types).toEqual([...types].sort((a, b) => a - b));
  });

  it(
    "stays out of customizations.xml, which the 9.0 XSD still validates (it has no environment variable element)",
    async () => {
      const customizations = toXmlDocument(customizationsXml(solution()));
      expect(customizations).not.toMatch(/environmentvariable/i);
      if (schemas) {
        expect(fs.readFileSync(path.join(schemas, "CustomizationsSolution.xsd"), "utf8")).not.toMatch(
          /environmentvariable/i,
        );
        expect(await validateCustomizations(schemas, "customizations.xml", customizations)).toEqual([]);
      }
    },
    SLOW,
  );

  it("is in the unpacked source at the same path, which repacks with pac solution pack", async () => {
    const unpacked = unpackedEntries(solution());
    expect(unpacked.find((e) => e.path === FILE)?.content.toString()).toBe(EXPECTED);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pdx-variable-"));
    await writePackages([solution()], dir);
    const source = path.join(dir, "src", "ProactiveDeliveryExperience");
    expect(verifyUnpackedSource(source)).toEqual([]);
    const file = path.join(source, ...FILE.split("/"));
    fs.writeFileSync(file, `<?xml version="1.0" encoding="utf-8"?>\n${EXPECTED}`);
    expect(verifyUnpackedSource(source).join("\n")).toContain(
      `[environment variable] ProactiveDeliveryExperience/${FILE}: must start with <environmentvariabledefinition`,
    );
  });

  it("gives the same bytes on every build", async () => {
    const first = fs.mkdtempSync(path.join(os.tmpdir(), "pdx-variable-a-"));
    const second = fs.mkdtempSync(path.join(os.tmpdir(), "pdx-variable-b-"));
    const names = await writePackages([solution()], first);
    await writePackages([solution()], second);
    for (const name of names) {
      expect(fs.readFileSync(path.join(second, name)).equals(fs.readFileSync(path.join(first, name)))).toBe(true);
      const files = await readZip(fs.readFileSync(path.join(first, name)));
      expect(files.has(FILE)).toBe(name.startsWith("ProactiveDeliveryExperience"));
    }
  });

  it("is not in the tables solution", () => {
    expect(tablesSolution().environmentVariables).toEqual([]);
    expect(zipEntries(tablesSolution(), false).some((e) => e.path.startsWith("environmentvariabledefinitions/"))).toBe(
      false,
    );
  });
});

describe("definition checks", () => {
  const problemsOf = (variable: Partial<EnvironmentVariableDefinition>, more: EnvironmentVariableDefinition[] = []) => {
    const s: SolutionDefinition = {
      ...solution(),
      environmentVariables: [{ ...allowedDispositionCodes, ...variable }, ...more],
    };
    try {
      validateSolution(s);
      return [];
    } catch (error) {
      if (error instanceof DefinitionError) return error.problems;
      throw error;
    }
  };

  it("accepts the experience's variable", () => {
    expect(problemsOf({})).toEqual([]);
  });

  it("names the variable and the field of each mistake", () => {
    expect(problemsOf({ schemaName: "new_Codes" })).toContain(
      'environment variable new_Codes: schemaName must be "pdx_" and letters, digits or underscores',
    );
    expect(problemsOf({ defaultValue: "[DoNotCall" })).toContain(
      `environment variable ${NAME}: defaultValue is not JSON: [DoNotCall`,
    );
    expect(problemsOf({ type: "secret" })).toContain(
      `environment variable ${NAME}: a secret has no default value (it is a Key Vault reference per environment)`,
    );
    expect(problemsOf({ displayName: " " })).toContain(`environment variable ${NAME}: displayName is empty`);
    expect(problemsOf({ defaultValue: JSON.stringify(["x".repeat(2000)]) })).toContain(
      `environment variable ${NAME}: defaultValue has 2004 characters; the column holds 2,000`,
    );
    expect(problemsOf({}, [allowedDispositionCodes])).toContain(`environment variable ${NAME}: defined more than once`);
  });
});

describe("npm run verify: a broken environment variable fails, naming the file and the rule", () => {
  const found = async (mutate: (files: Files) => void, managed = false) =>
    (await verifyBroken("experience", mutate, { managed })).problems.join("\n");
  const where = `[environment variable] ${FILE}`;

  it("passes the real package, unmanaged and managed", async () => {
    expect(await found(() => undefined)).toBe("");
    expect(await found(() => undefined, true)).toBe("");
  });

  it("an XML declaration before the element", async () => {
    expect(await found((f) => edit(f, FILE, /^/, '<?xml version="1.0" encoding="utf-8"?>\n'))).toContain(
      `${where}: must start with <environmentvariabledefinition (no XML declaration or comment), as exports write it`,
    );
  });

  it("a schema name that is not the folder's", async () => {
    expect(await found((f) => edit(f, FILE, `schemaname="${NAME}"`, 'schemaname="pdx_Other"'))).toContain(
      `${where}: schemaname "pdx_Other" must be its folder's name, ${NAME}`,
    );
  });

  it("children out of the export order, and an unknown type", async () => {
    const problems = await found((f) => {
      edit(f, FILE, /(\s*<introducedversion>.*<\/introducedversion>)(\s*<iscustomizable>1<\/iscustomizable>)/, "$2$1");
      edit(f, FILE, "<type>100000003</type>", "<type>7</type>");
    });
    expect(problems).toContain(
      `${where}: children are defaultvalue, description, displayname, iscustomizable, introducedversion, isrequired, secretstore, type; exports write defaultvalue, description, displayname, introducedversion, iscustomizable, isrequired, secretstore, type`,
    );
    expect(problems).toContain(`${where}: type 7 is not an environment variable type`);
  });

  it("a default value that is not JSON, and a label without its language", async () => {
    const problems = await found((f) => {
      edit(f, FILE, "<defaultvalue>[]</defaultvalue>", "<defaultvalue>DoNotCall, Busy</defaultvalue>");
      edit(f, FILE, '<label description="Allowed disposition codes" languagecode="1033" />', "<label />");
    });
    expect(problems).toContain(`${where}: the JSON variable's defaultvalue is not JSON: DoNotCall, Busy`);
    expect(problems).toContain(`${where}: displayname needs a default and a <label description languagecode>`);
    expect(problems).toContain(`[allowed codes variable] ${FILE}: defaultvalue must be a JSON list of codes`);
  });

  it("a definition no root component names, and a root component without its definition", async () => {
    expect(
      await found((f) => edit(f, "solution.xml", `<RootComponent type="380" schemaName="${NAME}" behavior="0" />`, "")),
    ).toContain(`[environment variable] solution.xml: ${NAME} is in the zip but no RootComponent type 380 names it`);
    const missing = await found((f) => f.delete(FILE));
    expect(missing).toContain(
      `solution.xml: RootComponent type 380 "${NAME}" is neither in the package nor a declared dependency`,
    );
    expect(missing).toContain(`[allowed codes variable] ${FILE} is missing`);
  });

  it("[allowed codes variable] a string variable, a required one, and chips that do not declare the Web API", async () => {
    const problems = await found((f) => {
      edit(f, FILE, "<type>100000003</type>", "<type>100000000</type>");
      edit(f, FILE, "<isrequired>0</isrequired>", "<isrequired>1</isrequired>");
      const manifest = [...f.keys()].find((name) => name.endsWith(".DispositionChips/ControlManifest.xml")) ?? "";
      edit(f, manifest, /<feature-usage>[\s\S]*?<\/feature-usage>/, "");
    });
    expect(problems).toContain(`[allowed codes variable] ${FILE}: type must be 100000003 (JSON)`);
    expect(problems).toContain(
      `[allowed codes variable] ${FILE}: must not be required (an empty list allows any code)`,
    );
    expect(problems).toContain(
      "[allowed codes variable] Controls/pdx_ProactiveDelivery.DispositionChips/ControlManifest.xml: DispositionChips reads the list through the Web API but does not declare it",
    );
  });
});
