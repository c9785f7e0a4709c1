import { DOMParser, type Element } from "@xmldom/xmldom";
import { experienceSolution } from "../../solution/definitions/solutions";
import { solutionXml } from "../../solution/emit/solutionXml";
import { toXmlDocument } from "../../solution/xml/node";
import { all, childText, generatedCustomizations } from "./customizations";

const solution = experienceSolution({ controls: [], webResources: [] });
const xml = generatedCustomizations(solution);
const manifest = new DOMParser().parseFromString(toXmlDocument(solutionXml(solution, 0)), "text/xml").documentElement as Element;

describe("experience solution", () => {
  it("carries both tables as shells only, under our own prefix", () => {
    expect(all(xml, "EntityInfo")).toHaveLength(0);
    const tables = all(manifest, "RootComponent").filter((r) => r.getAttribute("type") === "1");
    expect(tables.map((t) => [t.getAttribute("schemaName"), t.getAttribute("behavior")])).toEqual([
      ["msdyn_proactive_delivery", "2"],
      ["msdyn_proactive_delivery_attribute", "2"],
    ]);
    expect(childText(all(manifest, "Publisher")[0], "CustomizationPrefix")).toBe("pdx");
  });

  it("declares the tables, the relationship and every used column as dependencies", () => {
    const required = all(manifest, "Required").map((r) => `${r.getAttribute("type")}:${r.getAttribute("parentSchemaName") ?? ""}/${r.getAttribute("schemaName")}`);
    expect(required).toEqual(expect.arrayContaining(["1:/msdyn_proactive_delivery", "1:/msdyn_proactive_delivery_attribute", "10:/msdyn_proactive_delivery_attribute_msdyn_proactive_delivery_msdyn_proactive_delivery", "2:msdyn_proactive_delivery/msdyn_disposition_codes"]));
  });

  it("has a main form per table that leaves out the columns not valid for forms", () => {
    const forms = all(xml, "systemform");
    expect(forms).toHaveLength(2);
    const fields = all(xml, "control").map((c) => c.getAttribute("datafieldname"));
    expect(fields).not.toContain("msdyn_status");
    expect(fields).not.toContain("msdyn_to_address");
    expect(fields).toEqual(expect.arrayContaining(["msdyn_delivery_id", "msdyn_window_start_date", "msdyn_disposition_codes", "msdyn_keyword", "msdyn_value", "msdyn_type"]));
    const subgrid = all(xml, "control").find((c) => c.getAttribute("indicationOfSubgrid") === "true")!;
    expect(childText(all(subgrid, "parameters")[0], "RelationshipName")).toBe("msdyn_proactive_delivery_attribute_msdyn_proactive_delivery_msdyn_proactive_delivery");
  });

  it("adds only public views, each a flat query on one table", () => {
    const queries = all(xml, "savedquery");
    expect(queries.length).toBeGreaterThanOrEqual(3);
    for (const q of queries) {
      expect(childText(q, "querytype")).toBe("0");
      expect(all(q, "link-entity")).toHaveLength(0);
    }
    const attributeView = queries.find((q) => all(q, "entity")[0].getAttribute("name") === "msdyn_proactive_delivery_attribute")!;
    expect(all(attributeView, "order").map((o) => o.getAttribute("attribute"))).toEqual(["msdyn_keyword"]);
  });
});
