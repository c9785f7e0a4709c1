import { controlsFromSource } from "./controlFixtures";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildTo, writePackages } from "../../solution/build";
import { experienceSolution, tablesSolution } from "../../solution/definitions/solutions";
import type { SolutionDefinition } from "../../solution/model";
import { zipEntries } from "../../solution/pack/entries";
import { readZip, writeZip } from "../../solution/pack/zip";
import { verifyZip } from "../../solution/verify";
import { schemaDir } from "../../solution/xsd";

const ROOT = path.resolve(__dirname, "..", "..");
const schemas = schemaDir(ROOT);
const solutions = (): SolutionDefinition[] => [tablesSolution(), experienceSolution({ controls: controlsFromSource(), webResources: [] })];
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "pdx-pack-"));
// XSD validation runs libxml2 in WebAssembly: seconds per zip on a loaded two-core machine.
const SLOW = 60_000;
const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("packages", () => {
  let dir: string;
  let names: string[];
  beforeAll(async () => {
    dir = tempDir();
    names = await writePackages(solutions(), dir);
  }, SLOW);

  it("writes unmanaged and managed zips named <UniqueName>_<version>", () => {
    expect(names).toEqual([
      "ProactiveDeliveryTables_1_0_0_0.zip",
      "ProactiveDeliveryTables_1_0_0_0_managed.zip",
      "ProactiveDeliveryExperience_1_0_0_0.zip",
      "ProactiveDeliveryExperience_1_0_0_0_managed.zip",
    ]);
    expect(fs.existsSync(path.join(dir, "src", "ProactiveDeliveryTables", "Other", "Solution.xml"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "src", "ProactiveDeliveryTables", "Entities", "msdyn_proactive_delivery", "Entity.xml"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "src", "ProactiveDeliveryTables", "OptionSets", "msdyn_proactive_delivery_attribute_msdyn_type.xml"))).toBe(true);
  });

  if (!schemas) {
    it("validates against the XSDs (skipped: no schema folder; set PDX_SCHEMA_DIR)", () => {
      console.warn("XSD validation skipped: no schema folder found (set PDX_SCHEMA_DIR or provide ../shared/schemas)");
      expect(process.env.CI).toBeFalsy();
    });
  }

  it("passes every cross-check and the XSDs", async () => {
    for (const name of names) {
      const result = await verifyZip(name, fs.readFileSync(path.join(dir, name)), schemas);
      expect(result.problems).toEqual([]);
    }
  }, SLOW);

  it("gives byte-identical zips for the same source, whatever the time zone", async () => {
    const again = tempDir();
    const tz = process.env.TZ;
    process.env.TZ = "Pacific/Kiritimati";
    try {
      await writePackages(solutions(), again);
    } finally {
      process.env.TZ = tz;
    }
    for (const name of names) expect(sha(path.join(again, name))).toBe(sha(path.join(dir, name)));
  }, SLOW);

  it("marks the managed zip Managed 1 and the unmanaged one 0", async () => {
    const unmanaged = await readZip(fs.readFileSync(path.join(dir, names[0])));
    const managed = await readZip(fs.readFileSync(path.join(dir, names[1])));
    expect(unmanaged.get("solution.xml")!.toString()).toContain("<Managed>0</Managed>");
    expect(managed.get("solution.xml")!.toString()).toContain("<Managed>1</Managed>");
  });
});

describe("verify catches broken packages", () => {
  async function zipWith(mutate: (files: Map<string, Buffer>) => void, name = "Broken_1_0_0_0.zip") {
    const files = new Map(zipEntries(experienceSolution({ controls: controlsFromSource(), webResources: [] }), false).map((e) => [e.path, e.content]));
    mutate(files);
    const zip = await writeZip([...files].map(([p, content]) => ({ path: p, content })));
    return verifyZip(name, zip, undefined);
  }
  const edit = (files: Map<string, Buffer>, file: string, from: string | RegExp, to: string) => {
    const before = files.get(file)!.toString();
    const after = before.replace(from, to);
    expect(after).not.toBe(before);
    files.set(file, Buffer.from(after));
  };

  it("an entry no content type covers", async () => {
    const result = await zipWith((f) => f.set("WebResources/readme", Buffer.from("x")));
    expect(result.problems).toContain("[Content_Types].xml: no content type covers WebResources/readme");
  });

  it("a Managed flag that contradicts the zip name", async () => {
    const result = await zipWith(() => undefined, "Broken_1_0_0_0_managed.zip");
    expect(result.problems).toContain("solution.xml: Managed is 0, but Broken_1_0_0_0_managed.zip is named managed");
  });

  it("a root component that is neither packaged nor a dependency", async () => {
    const result = await zipWith((f) => edit(f, "solution.xml", "<RootComponents>", '<RootComponents><RootComponent type="61" schemaName="pdx_/scripts/missing.js" behavior="0" />'));
    expect(result.problems).toContain('solution.xml: RootComponent type 61 "pdx_/scripts/missing.js" is neither in the package nor a declared dependency');
  });

  it("a form library and a custom control that do not exist", async () => {
    const result = await zipWith((f) =>
      edit(f, "customizations.xml", "<DisplayConditions", '<formLibraries><Library name="pdx_/scripts/nope.js" libraryUniqueId="{00000000-0000-0000-0000-000000000001}" /></formLibraries><controlDescriptions><controlDescription forControl="{x}"><customControl formFactor="0" name="pdx_Missing.Control"><parameters /></customControl></controlDescription></controlDescriptions><DisplayConditions'),
    );
    expect(result.problems.join("\n")).toMatch(/library "pdx_\/scripts\/nope.js" is not a web resource/);
    expect(result.problems.join("\n")).toMatch(/custom control "pdx_Missing.Control" is not in the package/);
  });

  it("a form parameter the control's manifest does not declare", async () => {
    const result = await zipWith((f) => edit(f, "customizations.xml", /<codes>([^<]*)<\/codes>/g, "<code>$1</code>"));
    expect(result.problems.join("\n")).toMatch(/control pdx_ProactiveDelivery.DispositionChips is given "code", which its manifest does not declare/);
    expect(result.problems.join("\n")).toMatch(/control pdx_ProactiveDelivery.DispositionChips lacks required "codes" from its manifest/);
  });

  it("a duplicated id", async () => {
    const result = await zipWith((f) => {
      const xml = f.get("customizations.xml")!.toString();
      const ids = [...xml.matchAll(/<savedqueryid>(\{[^}]+\})<\/savedqueryid>/g)].map((m) => m[1]);
      f.set("customizations.xml", Buffer.from(xml.replace(ids[1], ids[0])));
    });
    expect(result.problems.some((p) => /id \{.*\} is used more than once/.test(p))).toBe(true);
  });
});

describe("a failed build leaves nothing in dist/", () => {
  it("removes the staging folder and any earlier dist/", async () => {
    const dist = path.join(tempDir(), "dist");
    fs.mkdirSync(dist);
    fs.writeFileSync(path.join(dist, "Old_1_0_0_0.zip"), "stale");
    const broken = tablesSolution();
    broken.views = [{ ...broken.views[0], id: "not-a-guid" }];
    await expect(buildTo(dist, [broken])).rejects.toThrow(/view "Active Proactive Deliveries" savedqueryid: "not-a-guid" is not a GUID in braces/);
    expect(fs.existsSync(dist)).toBe(false);
    expect(fs.readdirSync(path.dirname(dist))).toEqual([]);
  });
});
