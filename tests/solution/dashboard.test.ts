import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { controlsFromSource, webResourcesFromSource } from "./controlFixtures";
import { all, childText, generatedCustomizations } from "./customizations";
import { edit, verifyBroken, type Files } from "./brokenPackages";
import { experienceSolution } from "../../solution/definitions/solutions";
import { deliveryInsightsDashboard } from "../../solution/definitions/dashboards";
import { ControlNames, deliveryInsightsDataSet } from "../../solution/definitions/controlBindings";
import { DashboardIds, FormIds, ViewIds } from "../../solution/definitions/ids";
import { experienceViews } from "../../solution/definitions/views";
import { zipEntries } from "../../solution/pack/entries";
import { unpackedEntries } from "../../solution/pack/unpacked";
import { readZip } from "../../solution/pack/zip";
import { writePackages } from "../../solution/pack/build";
import { solutionXml } from "../../solution/xml/solutionManifest";
import { toXmlDocument } from "../../solution/xml/node";
import { customizationsXml } from "../../solution/xml/customizations";
import { ClassIds } from "../../solution/xml/form";
import { DefinitionError, validateSolution } from "../../solution/validate/validateSolution";
import { verifyUnpackedSource } from "../../solution/verify/unpackedSource";
import { schemaDir, validateCustomizations } from "../../solution/verify/xsd";
import type { SolutionDefinition, SubgridCell } from "../../solution/model";

const ROOT = path.resolve(__dirname, "..", "..");
const schemas = schemaDir(ROOT);
const SLOW = 60_000;
const CUSTOMIZATIONS = "customizations.xml";
const ID = DashboardIds.deliveryInsights;
const CONTROL = ControlNames.insights;
const solution = () => experienceSolution({ controls: controlsFromSource(), webResources: webResourcesFromSource() });
const xml = generatedCustomizations(solution());
const manifest = new DOMParser().parseFromString(toXmlDocument(solutionXml(solution(), 0)), "text/xml")
  .documentElement as Element;
const elements = (e: Element | undefined): Element[] =>
  e ? Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1) : [];
const names = (e: Element | undefined) => elements(e).map((c) => c.tagName);
/** An element's children as tag → text (an empty element gives ""). */
const texts = (e: Element | undefined) => elements(e).map((c) => [c.tagName, c.textContent?.trim() ?? ""]);

const dashboard = all(xml, "Dashboard")[0];
const cell = all(dashboard, "cell")[0];
const control = elements(cell).find((c) => c.tagName === "control")!;
const description = all(dashboard, "controlDescription")[0];
const bound = elements(description).filter((c) => c.getAttribute("name") === CONTROL);

/** The dashboard's list parameters as a real export writes them, in its order. */
const LIST_PARAMETERS = [
  ["TargetEntityType", "msdyn_proactive_delivery"],
  ["ChartGridMode", "Grid"],
  ["EnableQuickFind", "false"],
  ["EnableViewPicker", "false"],
  ["EnableJumpBar", "false"],
  ["RecordsPerPage", "10"],
  ["ViewId", ViewIds.deliveryAll],
  ["IsUserView", "false"],
  ["ViewIds", ViewIds.deliveryAll],
  ["AutoExpand", "Fixed"],
  ["VisualizationId", ""],
  ["IsUserChart", "false"],
  ["EnableChartPicker", "false"],
  ["RelationshipName", ""],
];

function problemsOf(s: SolutionDefinition): string[] {
  try {
    validateSolution(s);
    return [];
  } catch (error) {
    if (error instanceof DefinitionError) return error.problems;
    throw error;
  }
}

/** The experience with its own copy of the dashboard and the app, for a test to break. */
function own(): SolutionDefinition & { list: SubgridCell } {
  const s = solution();
  const dashboards = structuredClone(s.dashboards);
  return {
    ...s,
    dashboards,
    appModules: structuredClone(s.appModules),
    list: dashboards[0].tabs[0].sections[0].cells[0],
  };
}

describe("the Proactive Delivery Insights dashboard in customizations.xml", () => {
  it("sits in Dashboards, between optionsets and WebResources as the schema orders them", () => {
    const order = names(xml);
    expect(order.indexOf("Dashboards")).toBe(order.indexOf("optionsets") + 1);
    expect(order.indexOf("WebResources")).toBe(order.indexOf("Dashboards") + 1);
    expect(all(xml, "Dashboard")).toHaveLength(1);
  });

  it("is an organization dashboard written as exports write one", () => {
    expect(names(dashboard)).toEqual([
      "LocalizedNames",
      "Descriptions",
      "FormId",
      "IsCustomizable",
      "IsDefault",
      "FormXml",
      "IntroducedVersion",
      "IsTabletEnabled",
    ]);
    expect(
      all(dashboard, "LocalizedName").map((n) => [n.getAttribute("description"), n.getAttribute("languagecode")]),
    ).toEqual([["Proactive Delivery Insights", "1033"]]);
    expect(childText(dashboard, "FormId")).toBe(ID);
    expect(childText(dashboard, "IsCustomizable")).toBe("1");
    expect(childText(dashboard, "IsDefault")).toBe("0");
    expect(childText(dashboard, "IntroducedVersion")).toBe("1.0.0.0");
    expect(childText(dashboard, "IsTabletEnabled")).toBe("1");
    const forms = elements(elements(dashboard).find((c) => c.tagName === "FormXml"));
    expect(forms.map((f) => [f.tagName, f.getAttribute("type")])).toEqual([["forms", "dashboard"]]);
    expect(names(forms[0])).toEqual(["form"]);
    expect(names(elements(forms[0])[0])).toEqual(["tabs", "controlDescriptions"]);
  });

  it("has one tab, one full-width section and one tall list cell", () => {
    expect(all(dashboard, "tab")).toHaveLength(1);
    expect(all(dashboard, "column").map((c) => c.getAttribute("width"))).toEqual(["100%"]);
    const sections = all(dashboard, "section");
    expect(sections.map((s) => s.getAttribute("columns"))).toEqual(["1"]);
    expect(all(dashboard, "cell")).toHaveLength(1);
    expect(cell.getAttribute("rowspan")).toBe(String(deliveryInsightsDataSet.rowSpan));
    expect(cell.getAttribute("colspan")).toBe("1");
    expect(cell.getAttribute("showlabel")).toBe("false");
    // The designer writes the rows a cell spans, empty, after the cell's own.
    const rows = all(sections[0], "row");
    expect(rows).toHaveLength(deliveryInsightsDataSet.rowSpan);
    expect(rows.slice(1).every((r) => r.childNodes.length === 0)).toBe(true);
  });

  it("makes the cell a list of All Deliveries with the parameters an export gives a dashboard list", () => {
    expect(control.getAttribute("indicationOfSubgrid")).toBe("true");
    expect(control.getAttribute("classid")).toBe(ClassIds.customControl);
    expect(control.getAttribute("uniqueid")).toMatch(/^\{[0-9a-f-]{36}\}$/);
    expect(texts(elements(control)[0])).toEqual(LIST_PARAMETERS);
    expect(experienceViews.find((v) => v.id === ViewIds.deliveryAll)).toMatchObject({
      name: "All Deliveries",
      table: "msdyn_proactive_delivery",
      queryType: 0,
    });
  });
});

describe("the DeliveryInsights binding", () => {
  it("describes the list's control: the plain list as fallback, then the code component", () => {
    expect(description.getAttribute("forControl")).toBe(control.getAttribute("uniqueid"));
    const [fallback] = elements(description);
    expect(fallback.getAttribute("id")).toBe(ClassIds.subgrid);
    expect(texts(elements(fallback)[0])).toEqual(LIST_PARAMETERS);
  });

  it("binds DeliveryInsights on web, tablet and phone, its data set to the list, rowCap static", () => {
    expect(bound.map((c) => c.getAttribute("formFactor"))).toEqual(["0", "1", "2"]);
    for (const c of bound) {
      const [dataSet, rowCap, ...rest] = elements(elements(c)[0]);
      expect(rest).toEqual([]);
      expect(dataSet.tagName).toBe("data-set");
      expect(dataSet.getAttribute("name")).toBe("deliveries");
      expect(texts(dataSet)).toEqual([
        ["ViewId", ViewIds.deliveryAll],
        ["IsUserView", "false"],
        ["RelationshipName", ""],
        ["TargetEntityType", "msdyn_proactive_delivery"],
        ["FilteredViewIds", ViewIds.deliveryAll],
        ["EnableViewPicker", "false"],
      ]);
      expect([rowCap.tagName, rowCap.getAttribute("type"), rowCap.getAttribute("static"), rowCap.textContent]).toEqual([
        "rowCap",
        "Whole.None",
        "true",
        "100000",
      ]);
    }
  });

  it("gives the control only what its manifest declares: the deliveries data set and rowCap", () => {
    const built = solution().controls.find((c) => c.name === CONTROL);
    expect(built).toBeDefined();
    const declared = new DOMParser().parseFromString(built!.manifestXml, "text/xml").documentElement as Element;
    expect(all(declared, "control")[0].getAttribute("control-type")).toBe("virtual");
    expect(all(declared, "data-set").map((d) => d.getAttribute("name"))).toEqual(["deliveries"]);
    const rowCap = all(declared, "property").find((p) => p.getAttribute("name") === "rowCap")!;
    expect([rowCap.getAttribute("of-type"), rowCap.getAttribute("default-value")]).toEqual(["Whole.None", "100000"]);
    expect(all(declared, "platform-library").map((l) => l.getAttribute("name"))).toEqual(["React", "Fluent"]);
  });
});

describe("the dashboard in the package", () => {
  it("is a root component (60) by id, after the roles and before the web resources", () => {
    const roots = all(manifest, "RootComponent").map((r) => [
      r.getAttribute("type"),
      r.getAttribute("id") ?? r.getAttribute("schemaName"),
      r.getAttribute("behavior"),
    ]);
    const at = roots.findIndex(([type, id]) => type === "60" && id === ID.toLowerCase());
    expect(roots[at]).toEqual(["60", ID.toLowerCase(), "0"]);
    expect(roots.filter(([type]) => type === "60")).toHaveLength(1);
    expect(roots.slice(0, at).every(([type]) => Number(type) <= 20)).toBe(true);
    expect(roots.slice(at + 1).every(([type]) => Number(type) > 60)).toBe(true);
  });

  it("opens from the site map's Insights group, after Deliveries, on the dashboards page", () => {
    const groups = all(xml, "Group");
    expect(groups.map((group) => group.getAttribute("Id"))).toEqual([
      "group_deliveries",
      "group_insights",
      "group_customers",
    ]);
    const entry = all(groups[1], "SubArea");
    expect(entry).toHaveLength(1);
    expect(entry[0].getAttribute("Id")).toBe("subarea_delivery_insights");
    expect(entry[0].getAttribute("Url")).toBe("/workplace/home_dashboards.aspx");
    // As coe-starter-kit's site map writes DefaultDashboard: the bare id.
    expect(entry[0].getAttribute("DefaultDashboard")).toBe(ID.replace(/[{}]/g, ""));
    expect(all(entry[0], "Title").map((t) => t.getAttribute("Title"))).toEqual(["Delivery insights"]);
  });

  it("is listed by the app as a type 60 component, after its forms", () => {
    const components = all(xml, "AppModuleComponent").map((c) => `${c.getAttribute("type")}:${c.getAttribute("id")}`);
    expect(components).toContain(`60:${ID}`);
    expect(components.indexOf(`60:${ID}`)).toBe(components.indexOf(`60:${FormIds.contactMain}`) + 1);
  });

  it("is the same in the managed zip: exports give a dashboard no managed twin", () => {
    const dashboardOf = (managed: boolean) => {
      const text = zipEntries(solution(), managed)
        .find((e) => e.path === CUSTOMIZATIONS)!
        .content.toString();
      return text.slice(text.indexOf("<Dashboards>"), text.indexOf("</Dashboards>"));
    };
    expect(dashboardOf(false)).toContain(CONTROL);
    expect(dashboardOf(true)).toBe(dashboardOf(false));
  });

  it("is Dashboards/{id}.xml in the unpacked source, the same Dashboard, the skeleton's Dashboards empty", () => {
    const entries = unpackedEntries(solution());
    const file = entries.find((e) => e.path === `Dashboards/${ID}.xml`);
    expect(file).toBeDefined();
    const unpacked = new DOMParser().parseFromString(file!.content.toString(), "text/xml").documentElement as Element;
    expect(unpacked.tagName).toBe("Dashboard");
    expect(unpacked.getAttribute("xmlns:xsi")).toBe("http://www.w3.org/2001/XMLSchema-instance");
    const flat = (e: Element) =>
      e
        .toString()
        .replace(/ xmlns:xsi="[^"]*"/, "")
        .replace(/>\s+</g, "><");
    expect(flat(unpacked)).toBe(flat(dashboard));
    const skeleton = entries.find((e) => e.path === "Other/Customizations.xml")!.content.toString();
    expect(skeleton).toContain("<Dashboards />");
  });

  it("[pac pack] flags a dashboard file whose name is not its FormId", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pdx-dashboard-"));
    await writePackages([solution()], dir);
    const source = path.join(dir, "src", "ProactiveDeliveryExperience");
    expect(verifyUnpackedSource(source)).toEqual([]);
    fs.renameSync(path.join(source, "Dashboards", `${ID}.xml`), path.join(source, "Dashboards", "insights.xml"));
    expect(verifyUnpackedSource(source)).toContain(
      `[pac pack] ProactiveDeliveryExperience/Dashboards/insights.xml: must be a <Dashboard> whose FormId is the file's name (found ${ID})`,
    );
  });

  (schemas ? it : it.skip)(
    "validates against Microsoft's XSD, and a Dashboard the XSD does not allow fails it",
    async () => {
      const source = toXmlDocument(customizationsXml(solution()));
      expect(await validateCustomizations(schemas!, CUSTOMIZATIONS, source)).toEqual([]);
      const failing = async (from: string, to: string) =>
        (await validateCustomizations(schemas!, CUSTOMIZATIONS, source.replace(from, to)))
          .map((p) => p.message)
          .join("\n");
      expect(await failing("<IsTabletEnabled>1</IsTabletEnabled>", "<IsTabletEnabled>yes</IsTabletEnabled>")).toMatch(
        /IsTabletEnabled/,
      );
      expect(await failing("<IsDefault>0</IsDefault>", "<IsDefault>0</IsDefault><Owner>someone</Owner>")).toMatch(
        /Owner/,
      );
      expect(await failing('<forms type="dashboard">', '<forms type="board">')).toMatch(/board/);
    },
    SLOW,
  );

  it("gives byte-identical zips on every build", async () => {
    const first = fs.mkdtempSync(path.join(os.tmpdir(), "pdx-dashboard-a-"));
    const second = fs.mkdtempSync(path.join(os.tmpdir(), "pdx-dashboard-b-"));
    const names = await writePackages([solution()], first);
    await writePackages([solution()], second);
    for (const name of names)
      expect(fs.readFileSync(path.join(second, name)).equals(fs.readFileSync(path.join(first, name)))).toBe(true);
    const files = await readZip(fs.readFileSync(path.join(first, names[0])));
    expect(files.get(CUSTOMIZATIONS)?.toString()).toContain(`<FormId>${ID}</FormId>`);
  });
});

describe("a dashboard definition that names what the solution lacks stops the build", () => {
  it("accepts the real dashboard", () => {
    expect(problemsOf(solution())).toEqual([]);
    expect(deliveryInsightsDashboard.id).toBe(ID);
  });

  it("a list over a view the solution lacks, or a view of another table", () => {
    const s = own();
    s.list.viewId = "{00000000-0000-0000-0000-0000000000a1}";
    expect(problemsOf(s)).toContain(
      'dashboard "Proactive Delivery Insights" list delivery_insights: viewId {00000000-0000-0000-0000-0000000000a1} is not a view of solution ProactiveDeliveryExperience',
    );
    s.list.viewId = ViewIds.attributeAll;
    expect(problemsOf(s)).toContain(
      `dashboard "Proactive Delivery Insights" list delivery_insights: viewId ${ViewIds.attributeAll} is a view of msdyn_proactive_delivery_attribute, not of msdyn_proactive_delivery`,
    );
  });

  it("a list with a relationship, and a control the solution lacks", () => {
    const s = own();
    s.list.relationship = "msdyn_proactive_delivery_attribute_msdyn_proactive_delivery_msdyn_proactive_delivery";
    s.list.pcf = { ...s.list.pcf!, control: "pdx_ProactiveDelivery.Missing" };
    const problems = problemsOf(s);
    expect(problems).toContain(
      'dashboard "Proactive Delivery Insights" list delivery_insights: relationship "msdyn_proactive_delivery_attribute_msdyn_proactive_delivery_msdyn_proactive_delivery"; a dashboard has no record, so its lists name no relationship',
    );
    expect(problems).toContain(
      'dashboard "Proactive Delivery Insights" list delivery_insights: uses control "pdx_ProactiveDelivery.Missing" that solution ProactiveDeliveryExperience does not contain (not built into out/controls/?)',
    );
  });

  it("a data set or a property the control's manifest does not declare", () => {
    const s = own();
    s.list.pcf = { ...s.list.pcf!, dataSetName: "rows", parameters: { maxRows: { static: "5", type: "Whole.None" } } };
    const problems = problemsOf(s);
    expect(problems).toContain(
      `dashboard "Proactive Delivery Insights" list delivery_insights: control ${CONTROL} has no data-set "rows" in its manifest`,
    );
    expect(problems).toContain(
      `dashboard "Proactive Delivery Insights" list delivery_insights: control ${CONTROL} has no property "maxRows" in its manifest`,
    );
  });

  it("a dashboard id shared with a form", () => {
    const s = own();
    s.dashboards[0].id = FormIds.deliveryMain;
    expect(problemsOf(s).join("\n")).toContain(`duplicate id ${FormIds.deliveryMain.toLowerCase()}`);
  });

  it("an app that lists a dashboard the solution lacks, or leaves out the dashboard's view", () => {
    const s = own();
    s.appModules[0].components.push({ type: "dashboard", id: "{00000000-0000-0000-0000-0000000000a2}" });
    s.appModules[0].components = s.appModules[0].components.filter(
      (c) => !(c.type === "view" && c.id === ViewIds.deliveryAll),
    );
    const problems = problemsOf(s);
    expect(problems).toContain(
      "app pdx_ProactiveEngagement: component dashboard {00000000-0000-0000-0000-0000000000a2} is not a dashboard of solution ProactiveDeliveryExperience",
    );
    expect(problems).toContain(
      `app pdx_ProactiveEngagement: dashboard "Proactive Delivery Insights" list delivery_insights shows view ${ViewIds.deliveryAll}, not a component`,
    );
  });

  it("a site map entry for the dashboard the app does not list", () => {
    const s = own();
    s.appModules[0].components = s.appModules[0].components.filter((c) => c.type !== "dashboard");
    expect(problemsOf(s)).toContain(
      `app pdx_ProactiveEngagement: site map subarea subarea_delivery_insights opens dashboard ${ID}, not a component`,
    );
  });
});

describe("npm run verify: a broken dashboard fails, naming the file and the field", () => {
  const found = async (mutate: (files: Files) => void, managed = false) =>
    (await verifyBroken("experience", mutate, { managed })).problems.join("\n");
  const where = `customizations.xml: dashboard ${ID}`;
  /** Replaces text inside the Dashboards element only (the forms carry the same parameters). */
  const inDashboard = (files: Files, from: string | RegExp, to: string) =>
    edit(
      files,
      CUSTOMIZATIONS,
      new RegExp(`(<Dashboards>[\\s\\S]*?)${typeof from === "string" ? literal(from) : from.source}`),
      `$1${to}`,
    );
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

  it("passes the real package, unmanaged and managed", async () => {
    expect(await found(() => undefined)).toBe("");
    expect(await found(() => undefined, true)).toBe("");
  });

  it("[dashboard] a list over a view the package lacks", async () => {
    const problems = await found((f) =>
      inDashboard(
        f,
        `<ViewId>${ViewIds.deliveryAll}</ViewId>`,
        "<ViewId>{00000000-0000-0000-0000-0000000000b1}</ViewId>",
      ),
    );
    expect(problems).toContain(
      `[dashboard] ${where} list delivery_insights: ViewId {00000000-0000-0000-0000-0000000000b1} is not a view of the package`,
    );
    expect(problems).toContain(
      `[dashboard] ${where} list delivery_insights control ${CONTROL} form factor 0: data-set ViewId ${ViewIds.deliveryAll} is not the list's ViewId {00000000-0000-0000-0000-0000000000b1}`,
    );
    expect(problems).toContain(
      `[insights dashboard] ${where}: no list with TargetEntityType msdyn_proactive_delivery and ViewId ${ViewIds.deliveryAll} (All Deliveries)`,
    );
  });

  it("[dashboard] a list over a view of another table", async () => {
    const problems = await found((f) =>
      inDashboard(f, `<ViewId>${ViewIds.deliveryAll}</ViewId>`, `<ViewId>${ViewIds.attributeAll}</ViewId>`),
    );
    expect(problems).toContain(
      `[dashboard] ${where} list delivery_insights: ViewId ${ViewIds.attributeAll} is a view of msdyn_proactive_delivery_attribute, but TargetEntityType is "msdyn_proactive_delivery"`,
    );
  });

  it("[dashboard] an unknown control, and the insights list left without DeliveryInsights", async () => {
    const problems = await found((f) =>
      edit(f, CUSTOMIZATIONS, new RegExp(`name="${literal(CONTROL)}"`, "g"), 'name="pdx_ProactiveDelivery.Unknown"'),
    );
    expect(problems).toContain(
      `[dashboard] ${where}: custom control "pdx_ProactiveDelivery.Unknown" is not in the package or a dependency`,
    );
    expect(problems).toContain(
      `[insights dashboard] ${where} list delivery_insights: ${CONTROL} is on form factors [], not web, tablet and phone (0, 1, 2)`,
    );
  });

  it("[dashboard] a parameter the control's manifest does not declare, and a relationship on a list", async () => {
    const problems = await found((f) => {
      edit(f, CUSTOMIZATIONS, /<rowCap type="Whole.None" static="true">100000<\/rowCap>/, "<maxRows>5</maxRows>");
      inDashboard(f, "<RelationshipName />", "<RelationshipName>msdyn_x</RelationshipName>");
    });
    expect(problems).toContain(
      `[dashboard] ${where}: control ${CONTROL} is given "maxRows", which its manifest does not declare`,
    );
    expect(problems).toContain(
      `[insights dashboard] ${where} list delivery_insights form factor 0: rowCap is not the static Whole.None 100000`,
    );
    expect(problems).toContain(
      `[dashboard] ${where} list delivery_insights: RelationshipName is "msdyn_x"; a dashboard has no record to relate to`,
    );
  });

  it("[dashboard] a controlDescription for no list, and a code component cell without one", async () => {
    const problems = await found((f) =>
      inDashboard(
        f,
        /<controlDescription forControl="[^"]+"/,
        '<controlDescription forControl="{00000000-0000-0000-0000-0000000000b2}"',
      ),
    );
    expect(problems).toContain(
      `[dashboard] ${where} list delivery_insights: rendered by a code component (classid ${ClassIds.customControl}) with no controlDescription`,
    );
    expect(problems).toContain(
      `[dashboard] ${where}: controlDescription forControl {00000000-0000-0000-0000-0000000000b2} names no list of the dashboard`,
    );
  });

  it("[insights dashboard] no root component, not enabled for tablets, renamed", async () => {
    const problems = await found((f) => {
      edit(f, "solution.xml", `<RootComponent type="60" id="${ID}" behavior="0" />`, "");
      edit(f, CUSTOMIZATIONS, "<IsTabletEnabled>1</IsTabletEnabled>", "<IsTabletEnabled>0</IsTabletEnabled>");
      edit(f, CUSTOMIZATIONS, 'description="Proactive Delivery Insights"', 'description="Insights"');
    });
    expect(problems).toContain(`[insights dashboard] solution.xml: no RootComponent type 60 id="${ID}"`);
    expect(problems).toContain(
      `[insights dashboard] ${where}: IsTabletEnabled is not 1, so tablets and phones do not get the control`,
    );
    expect(problems).toContain(
      `[insights dashboard] ${where}: LocalizedName is "Insights", not "Proactive Delivery Insights"`,
    );
  });

  it("[insights dashboard] a package without the dashboard", async () => {
    const problems = await found((f) => edit(f, CUSTOMIZATIONS, /<Dashboards>[\s\S]*<\/Dashboards>/, "<Dashboards />"));
    expect(problems).toContain(`[insights dashboard] customizations.xml: no Dashboard with FormId ${ID}`);
    expect(problems).toContain(
      `[site map] site map pdx_ProactiveEngagement subarea subarea_delivery_insights: DefaultDashboard ${ID.replace(/[{}]/g, "")} is not a dashboard of the package`,
    );
  });

  it("[site map] and [app components] an entry opening a form as its dashboard, off the dashboards page, the app not listing it", async () => {
    const bare = ID.replace(/[{}]/g, "");
    const problems = await found((f) => {
      edit(
        f,
        CUSTOMIZATIONS,
        `DefaultDashboard="${bare}"`,
        `DefaultDashboard="${FormIds.deliveryMain.replace(/[{}]/g, "")}"`,
      );
      edit(f, CUSTOMIZATIONS, 'Url="/workplace/home_dashboards.aspx"', 'Url="/main.aspx?pagetype=dashboard"');
      edit(f, CUSTOMIZATIONS, `<AppModuleComponent type="60" id="${ID}" />`, "");
    });
    const entry = "site map pdx_ProactiveEngagement subarea subarea_delivery_insights";
    expect(problems).toContain(
      `[site map] ${entry}: DefaultDashboard ${FormIds.deliveryMain.replace(/[{}]/g, "")} is a form of the package, not a dashboard`,
    );
    expect(problems).toContain(
      `[site map] ${entry}: Url "/main.aspx?pagetype=dashboard" with a DefaultDashboard; exports open it on /workplace/home_dashboards.aspx`,
    );
    expect(problems).toContain(
      `[insights dashboard] customizations.xml: no site map SubArea has DefaultDashboard ${ID}`,
    );
    expect(problems).toContain(
      `[insights dashboard] customizations.xml: app pdx_ProactiveEngagement does not list dashboard ${ID} (type 60)`,
    );
  });

  it("[dashboard] the control's deliveries data set taken away", async () => {
    const problems = await found((f) =>
      edit(f, CUSTOMIZATIONS, /<data-set name="deliveries">[\s\S]*?<\/data-set>/, ""),
    );
    expect(problems).toContain(
      `[dashboard] ${where}: control ${CONTROL} lacks required "data-set:deliveries" from its manifest`,
    );
    expect(problems).toContain(
      `[dashboard] ${where} list delivery_insights control ${CONTROL} form factor 0: no data-set, so the list gives the control no rows`,
    );
  });
});
