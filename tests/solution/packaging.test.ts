import { controlsFromSource, webResourcesFromSource } from "./controlFixtures";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildTo, writePackages } from "../../solution/pack/build";
import { experienceSolution, tablesSolution } from "../../solution/definitions/solutions";
import type { SolutionDefinition } from "../../solution/model";
import { readZip } from "../../solution/pack/zip";
import { edit, verifyBroken, type Files } from "./brokenPackages";
import { verifyZip } from "../../solution/verify/verifyZip";
import { verifyUnpackedSource } from "../../solution/verify/unpackedSource";
import { schemaDir } from "../../solution/verify/xsd";

const ROOT = path.resolve(__dirname, "..", "..");
const schemas = schemaDir(ROOT);
const solutions = (): SolutionDefinition[] => [
  tablesSolution(),
  experienceSolution({ controls: controlsFromSource(), webResources: webResourcesFromSource() }),
];
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
    expect(
      fs.existsSync(
        path.join(dir, "src", "ProactiveDeliveryTables", "Entities", "msdyn_proactive_delivery", "Entity.xml"),
      ),
    ).toBe(true);
    expect(
      fs.existsSync(
        path.join(
          dir,
          "src",
          "ProactiveDeliveryTables",
          "OptionSets",
          "msdyn_proactive_delivery_attribute_msdyn_type.xml",
        ),
      ),
    ).toBe(true);
  });

  it(
    "passes every cross-check",
    async () => {
      for (const name of names) {
        const result = await verifyZip(name, fs.readFileSync(path.join(dir, name)), undefined);
        expect(result.problems).toEqual([]);
      }
    },
    SLOW,
  );

  // Without Microsoft's schemas the XSD check is reported as skipped, never as passed.
  (schemas ? it : it.skip)(
    "validates every customizations.xml against Microsoft's XSDs",
    async () => {
      for (const name of names) {
        const result = await verifyZip(name, fs.readFileSync(path.join(dir, name)), schemas);
        expect(result.xsdSkipped).toBeUndefined();
        expect(result.problems).toEqual([]);
      }
    },
    SLOW,
  );
  if (!schemas && process.env.CI) {
    it("has Microsoft's XSDs in CI", () => {
      throw new Error("no schema folder in CI: set PDX_SCHEMA_DIR; XSD validation must not be skipped in CI");
    });
  }

  it(
    "gives byte-identical zips for the same source, whatever the clock and the time zone",
    async () => {
      // Only Date is faked: the zip writer's own timers and promises must run.
      const buildAt = async (now: string, timeZone: string) => {
        const out = tempDir();
        const tz = process.env.TZ;
        jest.useFakeTimers({
          now: new Date(now),
          doNotFake: [
            "nextTick",
            "setImmediate",
            "clearImmediate",
            "setTimeout",
            "clearTimeout",
            "setInterval",
            "clearInterval",
            "queueMicrotask",
            "hrtime",
            "performance",
          ],
        });
        process.env.TZ = timeZone;
        try {
          await writePackages(solutions(), out);
        } finally {
          jest.useRealTimers();
          process.env.TZ = tz;
        }
        return out;
      };
      const first = await buildAt("2001-02-03T04:05:06Z", "UTC");
      const second = await buildAt("2039-11-12T23:59:58Z", "Pacific/Kiritimati");
      for (const name of names) expect(sha(path.join(second, name))).toBe(sha(path.join(first, name)));
      expect(fs.readFileSync(path.join(second, "SHA256SUMS"), "utf8")).toBe(
        fs.readFileSync(path.join(first, "SHA256SUMS"), "utf8"),
      );
    },
    SLOW,
  );

  it("marks the managed zip Managed 1 and the unmanaged one 0", async () => {
    const unmanaged = await readZip(fs.readFileSync(path.join(dir, names[0])));
    const managed = await readZip(fs.readFileSync(path.join(dir, names[1])));
    expect(unmanaged.get("solution.xml")!.toString()).toContain("<Managed>0</Managed>");
    expect(managed.get("solution.xml")!.toString()).toContain("<Managed>1</Managed>");
  });
});

describe("verify catches broken packages", () => {
  const zipWith = (mutate: (files: Files) => void, zipName?: string) => verifyBroken("experience", mutate, { zipName });

  it("an entry no content type covers", async () => {
    const result = await zipWith((f) => f.set("WebResources/readme", Buffer.from("x")));
    expect(result.problems).toContain("[Content_Types].xml: no content type covers WebResources/readme");
  });

  it("a Managed flag that contradicts the zip name", async () => {
    const result = await zipWith(() => undefined, "Broken_1_0_0_0_managed.zip");
    expect(result.problems).toContain("solution.xml: Managed is 0, but Broken_1_0_0_0_managed.zip is named managed");
  });

  it("a root component that is neither packaged nor a dependency", async () => {
    const result = await zipWith((f) =>
      edit(
        f,
        "solution.xml",
        "<RootComponents>",
        '<RootComponents><RootComponent type="61" schemaName="pdx_/scripts/missing.js" behavior="0" />',
      ),
    );
    expect(result.problems).toContain(
      'solution.xml: RootComponent type 61 "pdx_/scripts/missing.js" is neither in the package nor a declared dependency',
    );
  });

  it("a form library and a custom control that do not exist", async () => {
    const result = await zipWith((f) =>
      edit(
        f,
        "customizations.xml",
        "<DisplayConditions",
        '<formLibraries><Library name="pdx_/scripts/nope.js" libraryUniqueId="{00000000-0000-0000-0000-000000000001}" /></formLibraries><controlDescriptions><controlDescription forControl="{x}"><customControl formFactor="0" name="pdx_Missing.Control"><parameters /></customControl></controlDescription></controlDescriptions><DisplayConditions',
      ),
    );
    expect(result.problems.join("\n")).toMatch(/library "pdx_\/scripts\/nope.js" is not a web resource/);
    expect(result.problems.join("\n")).toMatch(/custom control "pdx_Missing.Control" is not in the package/);
  });

  it("a form parameter the control's manifest does not declare", async () => {
    const result = await zipWith((f) => edit(f, "customizations.xml", /<codes>([^<]*)<\/codes>/g, "<code>$1</code>"));
    expect(result.problems.join("\n")).toMatch(
      /control pdx_ProactiveDelivery.DispositionChips is given "code", which its manifest does not declare/,
    );
    expect(result.problems.join("\n")).toMatch(
      /control pdx_ProactiveDelivery.DispositionChips lacks required "codes" from its manifest/,
    );
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
    await expect(buildTo(dist, [broken])).rejects.toThrow(
      /view "Active Proactive Deliveries" savedqueryid: "not-a-guid" is not a GUID in braces/,
    );
    expect(fs.existsSync(dist)).toBe(false);
    expect(fs.readdirSync(path.dirname(dist))).toEqual([]);
  });
});

describe("unpacked source repacks with pac solution pack", () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    await writePackages(solutions(), dir);
  }, SLOW);
  const experienceSource = () => path.join(dir, "src", "ProactiveDeliveryExperience");

  it("has a ControlManifest.xml.data.xml beside each control's manifest and an unmanaged Solution.xml", () => {
    expect(verifyUnpackedSource(experienceSource())).toEqual([]);
    expect(verifyUnpackedSource(path.join(dir, "src", "ProactiveDeliveryTables"))).toEqual([]);
    const data = fs.readFileSync(
      path.join(experienceSource(), "Controls", "pdx_ProactiveDelivery.AttributeGrid", "ControlManifest.xml.data.xml"),
      "utf8",
    );
    expect(data).toContain("<FileName>/Controls/pdx_ProactiveDelivery.AttributeGrid/ControlManifest.xml</FileName>");
  });

  it("fails on a missing data file and on a 'both' Solution.xml without managed twins", () => {
    fs.rmSync(
      path.join(experienceSource(), "Controls", "pdx_ProactiveDelivery.AttributeGrid", "ControlManifest.xml.data.xml"),
    );
    const solutionXml = path.join(experienceSource(), "Other", "Solution.xml");
    fs.writeFileSync(
      solutionXml,
      fs.readFileSync(solutionXml, "utf8").replace("<Managed>0</Managed>", "<Managed>2</Managed>"),
    );
    const problems = verifyUnpackedSource(experienceSource()).join("\n");
    expect(problems).toContain(
      "[pac pack] ProactiveDeliveryExperience/Controls/pdx_ProactiveDelivery.AttributeGrid/ControlManifest.xml: no ControlManifest.xml.data.xml beside it",
    );
    expect(problems).toMatch(
      /\[pac pack\] ProactiveDeliveryExperience\/Entities\/msdyn_proactive_delivery\/FormXml\/main\/\{5d0c6a4e-3b1f-4c2a-9e57-8a1d2f6b7c01\}\.xml: Solution.xml says Managed 2 \(both\), but the form has no _managed twin/,
    );
  });
});
