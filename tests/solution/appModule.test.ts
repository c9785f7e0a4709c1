import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { controlsFromSource, webResourcesFromSource } from "./controlFixtures";
import { all, childText, generatedCustomizations } from "./customizations";
import { edit, verifyBroken, type Files } from "./brokenPackages";
import { experienceSolution } from "../../solution/definitions/solutions";
import { proactiveEngagementApp, defaultAppIcon } from "../../solution/definitions/appModule";
import { proactiveEngagementSiteMap } from "../../solution/definitions/siteMap";
import { DashboardIds, FormIds, ViewIds } from "../../solution/definitions/ids";
import { experienceViews } from "../../solution/definitions/views";
import { solutionXml } from "../../solution/xml/solutionManifest";
import { toXmlDocument } from "../../solution/xml/node";
import { customizationsXml } from "../../solution/xml/customizations";
import { viewListUrl } from "../../solution/xml/appModule";
import { entityListOf } from "../../solution/verify/appModule";
import { DefinitionError, validateSolution } from "../../solution/validate/validateSolution";
import {
  EXPORT_ONLY_PARTS,
  schemaDir,
  validateCustomizations,
  withoutExportOnlyParts,
} from "../../solution/verify/xsd";
import type { SolutionDefinition, SiteMapSubArea } from "../../solution/model";

const schemas = schemaDir(path.resolve(__dirname, "..", ".."));
const SLOW = 60_000;
const CUSTOMIZATIONS = "customizations.xml";
const solution = () => experienceSolution({ controls: controlsFromSource(), webResources: webResourcesFromSource() });
const xml = generatedCustomizations(solution());
const manifest = new DOMParser().parseFromString(toXmlDocument(solutionXml(solution(), 0)), "text/xml")
  .documentElement as Element;
const children = (e: Element) =>
  Array.from(e.childNodes)
    .filter((n): n is Element => n.nodeType === 1)
    .map((c) => c.tagName);

function problemsOf(s: SolutionDefinition): string[] {
  try {
    validateSolution(s);
    return [];
  } catch (error) {
    if (error instanceof DefinitionError) return error.problems;
    throw error;
  }
}

/** The experience with its own copies of the app and site map, for a test to break. */
function own(): SolutionDefinition {
  const s = solution();
  return { ...s, appModules: structuredClone(s.appModules), siteMaps: structuredClone(s.siteMaps) };
}
const subAreas = (s: SolutionDefinition): SiteMapSubArea[] =>
  s.siteMaps[0].areas.flatMap((a) => a.groups.flatMap((g) => g.subAreas));

describe("the Proactive Engagement app in customizations.xml", () => {
  it("sits after CustomControls: AppModuleSiteMaps, then AppModules", () => {
    const order = children(xml);
    expect(order.indexOf("AppModuleSiteMaps")).toBe(order.indexOf("CustomControls") + 1);
    expect(order.indexOf("AppModules")).toBe(order.indexOf("AppModuleSiteMaps") + 1);
  });

  it("writes AppModule's children in the order real exports do", () => {
    const app = all(xml, "AppModule")[0];
    expect(children(app)).toEqual([
      "UniqueName",
      "IntroducedVersion",
      "WebResourceId",
      "OptimizedFor",
      "FormFactor",
      "ClientType",
      "NavigationType",
      "AppModuleComponents",
      "AppModuleRoleMaps",
      "LocalizedNames",
      "Descriptions",
    ]);
    expect(childText(app, "UniqueName")).toBe("pdx_ProactiveEngagement");
    expect(childText(app, "ClientType")).toBe("4");
    expect(childText(app, "WebResourceId")).toBe(defaultAppIcon.webResourceId);
  });

  it("lists exactly its tables, views, forms and site map, by type", () => {
    const components = all(xml, "AppModuleComponent").map(
      (c) => `${c.getAttribute("type")}:${c.getAttribute("schemaName") ?? c.getAttribute("id")}`,
    );
    expect(components).toEqual([
      "1:msdyn_proactive_delivery",
      "1:msdyn_proactive_delivery_attribute",
      "1:contact",
      ...experienceViews.map((v) => `26:${v.id}`),
      `60:${FormIds.deliveryMain}`,
      `60:${FormIds.attributeMain}`,
      `60:${FormIds.contactMain}`,
      `60:${DashboardIds.deliveryInsights}`,
      "62:pdx_ProactiveEngagement",
    ]);
  });

  it("is a root component (80) with its site map (62), and declares the default icon missing", () => {
    const roots = all(manifest, "RootComponent").map(
      (r) => `${r.getAttribute("type")}:${r.getAttribute("schemaName")}`,
    );
    expect(roots).toEqual(expect.arrayContaining(["62:pdx_ProactiveEngagement", "80:pdx_ProactiveEngagement"]));
    // By type, as exports list them: the app last but for the environment variable (380).
    expect(roots.indexOf("80:pdx_ProactiveEngagement")).toBe(roots.length - 2);
    expect(roots[roots.length - 1]).toBe("380:pdx_AllowedDispositionCodes");
    const icon = all(manifest, "MissingDependency").find(
      (d) => all(d, "Required")[0].getAttribute("schemaName") === defaultAppIcon.name,
    )!;
    expect(all(icon, "Required")[0].getAttribute("solution")).toBe("AppModuleWebResources (2.5)");
    const dependent = all(icon, "Dependent")[0];
    expect([dependent.getAttribute("type"), dependent.getAttribute("schemaName")]).toEqual([
      "80",
      "pdx_ProactiveEngagement",
    ]);
  });
});

describe("the site map", () => {
  it("is one area, Proactive engagement, with Deliveries, Delivery Attributes, Delivery insights and Contacts", () => {
    const area = all(xml, "Area");
    expect(area).toHaveLength(1);
    expect(all(area[0], "Title")[0].getAttribute("Title")).toBe("Proactive engagement");
    const groups = all(area[0], "Group").map((g) => all(g, "Title")[0].getAttribute("Title"));
    expect(groups).toEqual(["Deliveries", "Insights", "Customers"]);
    const entries = all(area[0], "SubArea").map((s) => all(s, "Title")[0].getAttribute("Title"));
    expect(entries).toEqual(["Deliveries", "Delivery Attributes", "Delivery insights", "Contacts"]);
    const siteMap = all(xml, "AppModuleSiteMap")[0];
    expect(children(siteMap).slice(0, 6)).toEqual([
      "SiteMapUniqueName",
      "EnableCollapsibleGroups",
      "ShowHome",
      "ShowPinned",
      "ShowRecents",
      "SiteMap",
    ]);
  });

  it("resolves: Delivery insights opens the dashboard, Deliveries the Active view, Delivery Attributes All attributes, Contacts the contact list", () => {
    const [deliveries, attributes, insights, contacts] = all(xml, "SubArea");
    expect(insights.getAttribute("Url")).toBe("/workplace/home_dashboards.aspx");
    expect(`{${insights.getAttribute("DefaultDashboard")}}`).toBe(DashboardIds.deliveryInsights);
    expect(entityListOf(deliveries.getAttribute("Url") ?? "")).toEqual({
      table: "msdyn_proactive_delivery",
      viewId: ViewIds.deliveryActive,
    });
    expect(entityListOf(attributes.getAttribute("Url") ?? "")).toEqual({
      table: "msdyn_proactive_delivery_attribute",
      viewId: ViewIds.attributeAll,
    });
    expect(contacts.getAttribute("Entity")).toBe("contact");
    for (const s of subAreas(solution()))
      if (s.kind === "view") expect(experienceViews.find((v) => v.id === s.viewId)?.table).toBe(s.table);
  });

  it("opens a view by the entity list address Unified Interface documents", () => {
    expect(viewListUrl("msdyn_proactive_delivery", "{7A4E2C91-0D5B-4F63-8B2E-1C9F3A6D5E01}")).toBe(
      "/main.aspx?pagetype=entitylist&etn=msdyn_proactive_delivery&viewid=%7B7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e01%7D&viewtype=1039",
    );
    expect(entityListOf("/workplace/home_dashboards.aspx")).toBeUndefined();
  });

  it("is plain data the preview can draw: ids, titles, targets", () => {
    expect(proactiveEngagementApp.siteMap).toBe(proactiveEngagementSiteMap.uniqueName);
    expect(subAreas(solution()).map((s) => s.id)).toEqual([
      "subarea_deliveries",
      "subarea_delivery_attributes",
      "subarea_delivery_insights",
      "subarea_contacts",
    ]);
  });
});

describe("a definition naming a missing component stops the build, naming the component and the field", () => {
  it("accepts the real app", () => {
    expect(problemsOf(solution())).toEqual([]);
  });

  it("a subarea naming a view that is not in the solution, or a view of another table", () => {
    const s = own();
    const [deliveries, attributes] = subAreas(s);
    if (deliveries.kind === "view") deliveries.viewId = "{00000000-0000-0000-0000-000000000001}";
    if (attributes.kind === "view") attributes.viewId = ViewIds.deliveryAll;
    const problems = problemsOf(s);
    expect(problems).toContain(
      "site map pdx_ProactiveEngagement subarea subarea_deliveries: viewId {00000000-0000-0000-0000-000000000001} is not a view of solution ProactiveDeliveryExperience",
    );
    expect(problems).toContain(
      `site map pdx_ProactiveEngagement subarea subarea_delivery_attributes: viewId ${ViewIds.deliveryAll} is a view of msdyn_proactive_delivery, not of msdyn_proactive_delivery_attribute`,
    );
  });

  it("a subarea naming a table or a dashboard the solution does not carry", () => {
    const s = own();
    const groups = s.siteMaps[0].areas[0].groups;
    groups[2].subAreas.push({ kind: "table", id: "subarea_accounts", title: "Accounts", table: "account" });
    const insights = subAreas(s)[2];
    if (insights.kind === "dashboard") insights.dashboardId = "{1d9f6d3e-0000-4000-8000-000000000001}";
    const problems = problemsOf(s);
    expect(problems).toContain(
      'site map pdx_ProactiveEngagement subarea subarea_accounts: table "account" is not a table of solution ProactiveDeliveryExperience',
    );
    expect(problems).toContain(
      "site map pdx_ProactiveEngagement subarea subarea_delivery_insights: dashboardId {1d9f6d3e-0000-4000-8000-000000000001} is not a dashboard of solution ProactiveDeliveryExperience",
    );
  });

  it("an app component naming a form that is not in the solution, and a site map that is not", () => {
    const s = own();
    s.appModules[0].components.push({ type: "form", id: "{00000000-0000-0000-0000-000000000002}" });
    s.appModules[0].siteMap = "pdx_Missing";
    const problems = problemsOf(s);
    expect(problems).toContain(
      "app pdx_ProactiveEngagement: component form {00000000-0000-0000-0000-000000000002} is not a form of solution ProactiveDeliveryExperience",
    );
    expect(problems).toContain(
      'app pdx_ProactiveEngagement: siteMap "pdx_Missing" is not a site map of solution ProactiveDeliveryExperience',
    );
  });

  it("an app that leaves out a view its site map opens or its form's subgrid shows", () => {
    const s = own();
    s.appModules[0].components = s.appModules[0].components.filter(
      (c) => !(c.type === "view" && (c.id === ViewIds.deliveryActive || c.id === ViewIds.attributeOfDelivery)),
    );
    const problems = problemsOf(s);
    expect(problems).toContain(
      `app pdx_ProactiveEngagement: site map subarea subarea_deliveries opens view ${ViewIds.deliveryActive}, not a component`,
    );
    expect(problems).toContain(
      `app pdx_ProactiveEngagement: form "Proactive Delivery (Experience)" subgrid attributes_subgrid shows view ${ViewIds.attributeOfDelivery}, not a component`,
    );
  });

  it("a duplicate unique name and a duplicate subarea id", () => {
    const s = own();
    s.appModules.push({ ...structuredClone(s.appModules[0]) });
    const [first, second] = subAreas(s);
    second.id = first.id;
    const problems = problemsOf(s);
    expect(problems).toContain(
      'solution ProactiveDeliveryExperience: app unique name "pdx_ProactiveEngagement" is used more than once',
    );
    expect(problems).toContain(
      'site map pdx_ProactiveEngagement: Id "subarea_deliveries" is used by more than one area, group or subarea',
    );
  });

  it("an app icon that nobody provides", () => {
    const s = own();
    s.appModules[0].icon = { webResourceId: "{6e3f0a52-7d7e-4c8b-9a8e-3d2f1b0c9a88}", name: "pdx_/images/app.svg" };
    expect(problemsOf(s)).toContain(
      "app pdx_ProactiveEngagement: icon pdx_/images/app.svg ({6e3f0a52-7d7e-4c8b-9a8e-3d2f1b0c9a88}) is not a web resource of solution ProactiveDeliveryExperience",
    );
  });
});

describe("npm run verify: the site map and the app resolve in the zip", () => {
  const found = async (mutate: (files: Files) => void) =>
    (await verifyBroken("experience", mutate)).problems.join("\n");

  it("passes the real package", async () => {
    expect(await found(() => undefined)).toBe("");
  });

  it("[site map] a subarea opening a view the package lacks, and one on a table it lacks", async () => {
    const problems = await found((f) => {
      edit(
        f,
        CUSTOMIZATIONS,
        "viewid=%7B7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e01%7D",
        "viewid=%7B7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e02%7D",
      );
      edit(f, CUSTOMIZATIONS, 'Entity="contact"', 'Entity="account"');
    });
    expect(problems).toContain(
      "[site map] site map pdx_ProactiveEngagement subarea subarea_deliveries: Url opens view {7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e02}, not a view of the package",
    );
    expect(problems).toContain(
      '[site map] site map pdx_ProactiveEngagement subarea subarea_contacts: Entity "account" is not a table of the package',
    );
  });

  it("[app components] a component the package lacks, and a site map table the app does not list", async () => {
    const problems = await found((f) => {
      edit(
        f,
        CUSTOMIZATIONS,
        `<AppModuleComponent type="60" id="${FormIds.attributeMain}" />`,
        `<AppModuleComponent type="60" id="{00000000-0000-0000-0000-000000000003}" />`,
      );
      edit(f, CUSTOMIZATIONS, '<AppModuleComponent type="1" schemaName="contact" />', "");
    });
    expect(problems).toContain(
      '[app components] app pdx_ProactiveEngagement: component type 60 "{00000000-0000-0000-0000-000000000003}" is not a form or dashboard of the package',
    );
    expect(problems).toContain(
      '[app components] app pdx_ProactiveEngagement: its site map shows table "contact", which it does not list',
    );
  });

  it("[site map] a Url that opens neither a list nor dashboards, a view of another table, and an empty subarea", async () => {
    const problems = await found((f) => {
      edit(
        f,
        CUSTOMIZATIONS,
        /Url="\/main\.aspx\?pagetype=entitylist&amp;etn=msdyn_proactive_delivery&amp;[^"]*"/,
        'Url="https://example.com/deliveries"',
      );
      edit(
        f,
        CUSTOMIZATIONS,
        "viewid=%7B1fbadcf1-66cb-4257-8a1f-38e66118858d%7D",
        "viewid=%7B7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e03%7D",
      );
      edit(f, CUSTOMIZATIONS, 'Entity="contact" ', "");
    });
    expect(problems).toContain(
      '[site map] site map pdx_ProactiveEngagement subarea subarea_deliveries: Url "https://example.com/deliveries" is neither a table\'s list nor the dashboards page',
    );
    expect(problems).toContain(
      "[site map] site map pdx_ProactiveEngagement subarea subarea_delivery_attributes: Url opens view {7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e03} of msdyn_proactive_delivery on the list of msdyn_proactive_delivery_attribute",
    );
    expect(problems).toContain(
      "[site map] site map pdx_ProactiveEngagement subarea subarea_contacts: neither Entity nor Url, so it opens nothing",
    );
  });

  it("[app components] a second site map and a component type apps do not list", async () => {
    const problems = await found((f) =>
      edit(
        f,
        CUSTOMIZATIONS,
        '<AppModuleComponent type="62" schemaName="pdx_ProactiveEngagement" />',
        '<AppModuleComponent type="62" schemaName="pdx_ProactiveEngagement" /><AppModuleComponent type="62" schemaName="pdx_Other" /><AppModuleComponent type="66" schemaName="pdx_ProactiveDelivery.AttributeGrid" />',
      ),
    );
    expect(problems).toContain(
      '[app components] app pdx_ProactiveEngagement: component type 62 "pdx_Other" is not a site map of the package',
    );
    expect(problems).toContain(
      "[app components] app pdx_ProactiveEngagement: lists 2 site maps; an app has exactly one",
    );
    expect(problems).toContain(
      '[app components] app pdx_ProactiveEngagement: component type 66 "pdx_ProactiveDelivery.AttributeGrid": not a component type this package\'s apps list',
    );
  });

  it("root components 62 and 80 that name a site map and an app the package lacks", async () => {
    const problems = await found((f) =>
      edit(
        f,
        "solution.xml",
        /schemaName="pdx_ProactiveEngagement" behavior="0"/g,
        'schemaName="pdx_Gone" behavior="0"',
      ),
    );
    expect(problems).toContain(
      'solution.xml: RootComponent type 62 "pdx_Gone" is neither in the package nor a declared dependency',
    );
    expect(problems).toContain(
      'solution.xml: RootComponent type 80 "pdx_Gone" is neither in the package nor a declared dependency',
    );
  });

  it("[app icon] an icon that is neither packaged nor declared", async () => {
    const problems = await found((f) =>
      edit(
        f,
        CUSTOMIZATIONS,
        `<WebResourceId>${defaultAppIcon.webResourceId}</WebResourceId>`,
        "<WebResourceId>6e3f0a52-7d7e-4c8b-9a8e-3d2f1b0c9a88</WebResourceId>",
      ),
    );
    expect(problems).toContain(
      `[app icon] app pdx_ProactiveEngagement: WebResourceId 6e3f0a52-7d7e-4c8b-9a8e-3d2f1b0c9a88 is neither a web resource of the package nor the default app icon declared as a MissingDependency (${defaultAppIcon.name})`,
    );
  });
});

describe("the elements real exports carry that the 9.0 XSD does not know", () => {
  const source = toXmlDocument(customizationsXml(solution()));
  /** One line of markup: no declaration, no layout whitespace, one spelling of an empty element. */
  const flat = (text: string) =>
    text
      .replace(/<\?xml[^>]*\?>/, "")
      .replace(/>\s+</g, "><")
      .replace(/\s+\/>/g, "/>")
      .trim();

  it("are stripped exactly, named, and nothing else", () => {
    const { xml: stripped, stripped: parts } = withoutExportOnlyParts(source);
    expect(parts).toEqual([
      "AppModule/OptimizedFor",
      "AppModule/NavigationType",
      "AppModuleSiteMap/EnableCollapsibleGroups",
      "AppModuleSiteMap/ShowHome",
      "AppModuleSiteMap/ShowPinned",
      "AppModuleSiteMap/ShowRecents",
      ...["Supervisor", "Agent", "Administrator"].flatMap(() => ["Role/LocalizedNames", "Role/@isinherited"]),
    ]);
    expect(EXPORT_ONLY_PARTS.map((p) => p.element)).toEqual(["AppModule", "AppModuleSiteMap", "Role"]);
    const expected = flat(source)
      .replace("<OptimizedFor/>", "")
      .replace("<NavigationType>0</NavigationType>", "")
      .replace(
        "<EnableCollapsibleGroups>False</EnableCollapsibleGroups><ShowHome>True</ShowHome><ShowPinned>True</ShowPinned><ShowRecents>True</ShowRecents>",
        "",
      )
      .replace(/ isinherited="1"/g, "")
      .replace(/(<\/RolePrivileges>)<LocalizedNames>.*?<\/LocalizedNames>/g, "$1");
    expect(flat(stripped)).toBe(expected);
  });

  it("are left alone where exports do not put them", () => {
    const odd =
      "<ImportExportXml><Entities><Entity><statecode>0</statecode></Entity></Entities><AppModules><AppModule><UniqueName>x</UniqueName><Other /></AppModule></AppModules></ImportExportXml>";
    const { xml: out, stripped } = withoutExportOnlyParts(odd);
    expect(stripped).toEqual([]);
    expect(out).toBe(odd);
  });

  (schemas ? it : it.skip)(
    "validate once stripped, and an element the XSD does not know still fails",
    async () => {
      expect(await validateCustomizations(schemas!, "customizations.xml", source)).toEqual([]);
      const broken = source.replace(
        "<FormFactor>1</FormFactor>",
        "<FormFactor>1</FormFactor><AppChannel>1</AppChannel>",
      );
      const problems = await validateCustomizations(schemas!, "customizations.xml", broken);
      expect(problems.map((p) => p.message).join("\n")).toMatch(/AppChannel/);
    },
    SLOW,
  );

  it("[export-only shape] each is checked in the shape exports give it", async () => {
    const problems = (
      await verifyBroken("experience", (f) => {
        edit(f, CUSTOMIZATIONS, "<OptimizedFor />", "<OptimizedFor>Web</OptimizedFor>");
        edit(f, CUSTOMIZATIONS, "<ShowHome>True</ShowHome>", "");
        edit(f, CUSTOMIZATIONS, "<NavigationType>0</NavigationType>", "");
      })
    ).problems.join("\n");
    expect(problems).toContain(
      '[export-only shape] app pdx_ProactiveEngagement: OptimizedFor is "Web"; exports write ""',
    );
    expect(problems).toContain(
      "[export-only shape] site map pdx_ProactiveEngagement: ShowHome must follow EnableCollapsibleGroups as exports write it",
    );
    expect(problems).toContain(
      "[export-only shape] app pdx_ProactiveEngagement: NavigationType must follow ClientType as exports write it",
    );
  });
});
