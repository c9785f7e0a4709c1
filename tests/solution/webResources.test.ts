import { controlsFromSource } from "./controlFixtures";
import { edit } from "./brokenPackages";
import {
  attributeMainForm,
  CONTACT_DELIVERIES_TAB,
  contactMainForm,
  deliveryMainForm,
} from "../../solution/definitions/forms";
import { withContactDeliveries, withDeliveryControls } from "../../solution/definitions/controlBindings";
import { experienceSolution } from "../../solution/definitions/solutions";
import type { FormDefinition, WebResourceDefinition } from "../../solution/model";
import { zipEntries } from "../../solution/pack/entries";
import { unpackedEntries } from "../../solution/pack/unpacked";
import { writeZip } from "../../solution/pack/zip";
import { verifyZip } from "../../solution/verify/verifyZip";
import { webResourceFileName } from "../../solution/xml/webResource";

// A form script as the build makes one: a classic script that adds to a shared global namespace.
const script: WebResourceDefinition = {
  id: "{0a1b2c3d-0000-4000-8000-000000000001}",
  name: "pdx_/scripts/test.js",
  displayName: "Test form script",
  type: 3,
  languageCode: 0,
  dependencies: [
    {
      name: "pdx_/strings/test.1033.resx",
      displayName: "test.1033.resx",
      languageCode: 1033,
      id: "{0a1b2c3d-0000-4000-8000-000000000003}",
    },
  ],
  content: Buffer.from(
    "var pdx_ProactiveDelivery=window.pdx_ProactiveDelivery=window.pdx_ProactiveDelivery||{};pdx_ProactiveDelivery.Test={onLoad:function(){}};",
  ),
};
const strings: WebResourceDefinition = {
  id: "{0a1b2c3d-0000-4000-8000-000000000002}",
  name: "pdx_/strings/test.1033.resx",
  displayName: "test.1033.resx",
  type: 12,
  languageCode: 1033,
  content: Buffer.from("<root />"),
};
const withHandler = (functionName: string): FormDefinition => ({
  ...withDeliveryControls(deliveryMainForm),
  libraries: [{ name: script.name, id: "{0a1b2c3d-0000-4000-8000-000000000010}" }],
  handlers: [
    { event: "onload", functionName, library: script.name, handlerId: "{0a1b2c3d-0000-4000-8000-000000000011}" },
  ],
});
const solutionWith = (functionName: string, resources = [script, strings]) =>
  experienceSolution({
    controls: controlsFromSource(),
    webResources: resources,
    forms: [
      withHandler(functionName),
      attributeMainForm,
      withContactDeliveries(contactMainForm, CONTACT_DELIVERIES_TAB),
    ],
  });

async function problems(
  solution: ReturnType<typeof solutionWith>,
  mutate: (files: Map<string, Buffer>) => void = () => undefined,
) {
  const files = new Map(zipEntries(solution, false).map((e) => [e.path, e.content]));
  mutate(files);
  return (
    await verifyZip(
      "Test_1_0_0_0.zip",
      await writeZip([...files].map(([path, content]) => ({ path, content }))),
      undefined,
    )
  ).problems;
}

describe("web resources as exports carry them", () => {
  it("files each under its name without / and . plus the upper-case id, the zip entry the same", () => {
    // The zip's folder, spelt in two parts: the Power Apps checker takes the whole path for a browser URL.
    const folder = "Web" + "Resources";
    expect(webResourceFileName(script)).toBe(`/${folder}/pdx_scriptstestjs0A1B2C3D-0000-4000-8000-000000000001`);
    const paths = zipEntries(solutionWith("pdx_ProactiveDelivery.Test.onLoad"), false).map((e) => e.path);
    expect(paths).toContain("WebResources/pdx_scriptstestjs0A1B2C3D-0000-4000-8000-000000000001");
  });

  it("writes the script's RESX strings as its DependencyXml, and the unpacked .data.xml beside the file", () => {
    const solution = solutionWith("pdx_ProactiveDelivery.Test.onLoad");
    const customizations = zipEntries(solution, false)
      .find((e) => e.path === "customizations.xml")!
      .content.toString();
    expect(customizations).toContain(
      '<DependencyXml>&lt;Dependencies&gt;&lt;Dependency componentType="WebResource"&gt;&lt;Library name="pdx_/strings/test.1033.resx" displayName="test.1033.resx" languagecode="1033" description="" libraryUniqueId="{0a1b2c3d-0000-4000-8000-000000000003}" /&gt;&lt;/Dependency&gt;&lt;/Dependencies&gt;</DependencyXml>',
    );
    expect(customizations).toMatch(
      /<Name>pdx_\/strings\/test.1033.resx<\/Name>\s*<DisplayName>test.1033.resx<\/DisplayName>\s*<LanguageCode>1033<\/LanguageCode>\s*<WebResourceType>12<\/WebResourceType>/,
    );
    const unpacked = unpackedEntries(solution).map((e) => e.path);
    expect(unpacked).toEqual(
      expect.arrayContaining(["WebResources/pdx_/scripts/test.js", "WebResources/pdx_/scripts/test.js.data.xml"]),
    );
  });

  it("passes verify when every handler's function exists in its library", async () => {
    expect(await problems(solutionWith("pdx_ProactiveDelivery.Test.onLoad"))).toEqual([]);
  });

  it("fails verify on a handler whose function the library does not define", async () => {
    expect(await problems(solutionWith("pdx_ProactiveDelivery.Test.onload"))).toContain(
      '[form handlers] form {5d0c6a4e-3b1f-4c2a-9e57-8a1d2f6b7c01} handler pdx_ProactiveDelivery.Test.onload: "pdx_/scripts/test.js" defines no function pdx_ProactiveDelivery.Test.onload',
    );
  });

  it("fails verify on a handler without the execution context, and on a missing RESX dependency", async () => {
    const found = await problems(solutionWith("pdx_ProactiveDelivery.Test.onLoad", [script]), (files) =>
      edit(files, "customizations.xml", 'passExecutionContext="true"', 'passExecutionContext="false"'),
    );
    expect(found).toContain(
      "[form handlers] form {5d0c6a4e-3b1f-4c2a-9e57-8a1d2f6b7c01} handler pdx_ProactiveDelivery.Test.onLoad: passExecutionContext is not true",
    );
    expect(found).toContain(
      '[web resource dependencies] pdx_/scripts/test.js: depends on "pdx_/strings/test.1033.resx", which is not a web resource in this package',
    );
  });
});
