import { controlsFromSource, webResourcesFromSource } from "./controlFixtures";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { experienceSolution } from "../../solution/definitions/solutions";
import { solutionXml } from "../../solution/xml/solutionManifest";
import { toXmlDocument } from "../../solution/xml/node";
import { all, childText, generatedCustomizations } from "./customizations";

const solution = experienceSolution({ controls: controlsFromSource(), webResources: webResourcesFromSource() });
const xml = generatedCustomizations(solution);
const manifest = new DOMParser().parseFromString(toXmlDocument(solutionXml(solution, 0)), "text/xml")
  .documentElement as Element;

describe("experience solution", () => {
  it("carries both tables, and the platform's contact, as shells only, under our own prefix", () => {
    expect(all(xml, "EntityInfo")).toHaveLength(0);
    const tables = all(manifest, "RootComponent").filter((r) => r.getAttribute("type") === "1");
    expect(tables.map((t) => [t.getAttribute("schemaName"), t.getAttribute("behavior")])).toEqual([
      ["contact", "2"],
      ["msdyn_proactive_delivery", "2"],
      ["msdyn_proactive_delivery_attribute", "2"],
    ]);
    expect(childText(all(manifest, "Publisher")[0], "CustomizationPrefix")).toBe("pdx");
  });

  it("declares the tables, the relationship and every used column as dependencies", () => {
    const required = all(manifest, "Required").map(
      (r) => `${r.getAttribute("type")}:${r.getAttribute("parentSchemaName") ?? ""}/${r.getAttribute("schemaName")}`,
    );
    expect(required).toEqual(
      expect.arrayContaining([
        "1:/msdyn_proactive_delivery",
        "1:/msdyn_proactive_delivery_attribute",
        "10:msdyn_proactive_delivery/msdyn_proactive_delivery_attribute_msdyn_proactive_delivery_msdyn_proactive_delivery",
        "2:msdyn_proactive_delivery/msdyn_disposition_codes",
      ]),
    );
  });

  it("has a main form per table that leaves out the columns not valid for forms", () => {
    const forms = all(xml, "systemform");
    // The delivery form, the attribute form and the contact form (contactForm.test.ts).
    expect(forms).toHaveLength(3);
    const fields = all(xml, "control").map((c) => c.getAttribute("datafieldname"));
    expect(fields).not.toContain("msdyn_status");
    expect(fields).not.toContain("msdyn_to_address");
    expect(fields).toEqual(
      expect.arrayContaining([
        "msdyn_delivery_id",
        "msdyn_window_start_date",
        "msdyn_disposition_codes",
        "msdyn_keyword",
        "msdyn_value",
        "msdyn_type",
      ]),
    );
    const subgrid = all(xml, "control").find((c) => c.getAttribute("indicationOfSubgrid") === "true")!;
    expect(childText(all(subgrid, "parameters")[0], "RelationshipName")).toBe(
      "msdyn_proactive_delivery_attribute_msdyn_proactive_delivery_msdyn_proactive_delivery",
    );
  });

  it("adds only public views, each a flat query on one table", () => {
    const queries = all(xml, "savedquery");
    expect(queries.length).toBeGreaterThanOrEqual(3);
    for (const q of queries) {
      expect(childText(q, "querytype")).toBe("0");
      expect(all(q, "link-entity")).toHaveLength(0);
    }
    const attributeView = queries.find(
      (q) => all(q, "entity")[0].getAttribute("name") === "msdyn_proactive_delivery_attribute",
    )!;
    expect(all(attributeView, "order").map((o) => o.getAttribute("attribute"))).toEqual(["msdyn_keyword"]);
  });
});

describe("controls on the delivery form", () => {
  const deliveryForm = all(xml, "systemform").find(
    (f) => childText(f, "formid") === "{5d0c6a4e-3b1f-4c2a-9e57-8a1d2f6b7c01}",
  )!;
  const bound = (name: string) => all(deliveryForm, "customControl").filter((c) => c.getAttribute("name") === name);

  it.each([
    ["pdx_ProactiveDelivery.DeliveryTimeline", "windowStart", "msdyn_window_start_date"],
    ["pdx_ProactiveDelivery.DispositionChips", "codes", "msdyn_disposition_codes"],
  ])("%s is bound on web, tablet and phone (%s → %s)", (name, property, column) => {
    const controls = bound(name);
    expect(controls.map((c) => c.getAttribute("formFactor"))).toEqual(["0", "1", "2"]);
    for (const c of controls) expect(childText(all(c, "parameters")[0], property)).toBe(column);
  });

  it("binds the four routing ids RelatedRecords resolves, on the contact id's cell", () => {
    const controls = bound("pdx_ProactiveDelivery.RelatedRecords");
    expect(controls.map((c) => c.getAttribute("formFactor"))).toEqual(["0", "1", "2"]);
    const parameters = all(controls[0], "parameters")[0];
    expect(["contactId", "conversationId", "queueId", "configurationId"].map((p) => childText(parameters, p))).toEqual([
      "msdyn_contact_id",
      "msdyn_conversation_id",
      "msdyn_queue_id",
      "msdyn_proactive_engagement_config_id",
    ]);
    const cell = all(deliveryForm, "control").find(
      (c) => c.getAttribute("uniqueid") && c.getAttribute("datafieldname") === "msdyn_contact_id",
    );
    expect(cell).toBeDefined();
  });

  it("loads the delivery form script and registers its three handlers with the execution context", () => {
    expect(all(deliveryForm, "Library").map((l) => l.getAttribute("name"))).toEqual(["pdx_/scripts/deliveryForm.js"]);
    const handlers = all(deliveryForm, "event").map((e) => [
      e.getAttribute("name"),
      e.getAttribute("attribute"),
      all(e, "Handler").map((h) => [
        h.getAttribute("functionName"),
        h.getAttribute("libraryName"),
        h.getAttribute("passExecutionContext"),
      ]),
    ]);
    expect(handlers).toEqual([
      ["onload", null, [["pdx_ProactiveDelivery.DeliveryForm.onLoad", "pdx_/scripts/deliveryForm.js", "true"]]],
      ["onsave", null, [["pdx_ProactiveDelivery.DeliveryForm.onSave", "pdx_/scripts/deliveryForm.js", "true"]]],
      [
        "onchange",
        "msdyn_disposition_codes",
        [["pdx_ProactiveDelivery.DeliveryForm.onDispositionCodesChange", "pdx_/scripts/deliveryForm.js", "true"]],
      ],
    ]);
    const resources = all(xml, "WebResource").map((w) => [
      childText(w, "Name"),
      childText(w, "WebResourceType"),
      childText(w, "LanguageCode"),
    ]);
    expect(resources).toEqual([
      ["pdx_/scripts/deliveryForm.js", "3", "0"],
      ["pdx_/strings/deliveryForm.1033.resx", "12", "1033"],
      ["pdx_/strings/deliveryForm.1031.resx", "12", "1031"],
      ["pdx_/strings/deliveryForm.1025.resx", "12", "1025"],
    ]);
  });

  it("binds every moment the timeline shows", () => {
    const parameters = all(bound("pdx_ProactiveDelivery.DeliveryTimeline")[0], "parameters")[0];
    expect(
      ["windowEnd", "callStart", "callEnd", "resultDate", "result", "dialMode"].map((p) => childText(parameters, p)),
    ).toEqual([
      "msdyn_window_end_date",
      "msdyn_start_date",
      "msdyn_end_date",
      "msdyn_result_date",
      "msdyn_result",
      "msdyn_dialmode_type",
    ]);
  });

  it("renders the attributes subgrid with the AttributeGrid data set", () => {
    const grid = bound("pdx_ProactiveDelivery.AttributeGrid");
    expect(grid).toHaveLength(3);
    const dataSet = all(grid[0], "data-set")[0];
    expect(dataSet.getAttribute("name")).toBe("attributes");
    expect(childText(dataSet, "RelationshipName")).toBe(
      "msdyn_proactive_delivery_attribute_msdyn_proactive_delivery_msdyn_proactive_delivery",
    );
  });

  it("ties each PCF cell to its control description", () => {
    const uniqueIds = all(deliveryForm, "control")
      .map((c) => c.getAttribute("uniqueid"))
      .filter(Boolean);
    const described = all(deliveryForm, "controlDescription").map((d) => d.getAttribute("forControl"));
    expect(uniqueIds).toHaveLength(4);
    expect(described.sort()).toEqual([...uniqueIds].sort());
  });
});
