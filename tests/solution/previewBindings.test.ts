import { DOMParser, type Element } from "@xmldom/xmldom";
import {
  attributeGridDataSet,
  chipsProperties,
  ControlNames,
  relatedRecordsProperties,
  timelineColumns,
} from "../../solution/definitions/controlBindings";
import { experienceSolution } from "../../solution/definitions/solutions";
import { controlsFromSource, webResourcesFromSource } from "./controlFixtures";
import { all, childText, generatedCustomizations } from "./customizations";

// The preview mounts the controls with these exports; read back from the packaged XML, they must
// say the same, or the preview shows a form that is not the one admins import.
const solution = experienceSolution({ controls: controlsFromSource(), webResources: webResourcesFromSource() });
const xml = generatedCustomizations(solution);
const deliveryForm = all(xml, "systemform").find((form) =>
  all(form, "customControl").some((c) => c.getAttribute("name") === ControlNames.attributeGrid),
)!;

const elementChildren = (root: Element): Element[] =>
  Array.from(root.childNodes).filter((n): n is Element => n.nodeType === 1);

/** Each form factor's parameters of a control on the delivery form, as property → text. */
function parametersOf(control: string): Record<string, string>[] {
  return all(deliveryForm, "customControl")
    .filter((c) => c.getAttribute("name") === control)
    .map((c) =>
      Object.fromEntries(elementChildren(all(c, "parameters")[0]).map((p) => [p.tagName, p.textContent?.trim() ?? ""])),
    );
}

function manifestOf(control: string): Element {
  const built = solution.controls.find((c) => c.name === control);
  if (!built) throw new Error(`no control ${control}`);
  return new DOMParser().parseFromString(built.manifestXml, "text/xml").documentElement as Element;
}

describe("the preview's control bindings are the packaged form's", () => {
  it.each([
    ["DeliveryTimeline", ControlNames.timeline, timelineColumns],
    ["DispositionChips", ControlNames.chips, chipsProperties],
    ["RelatedRecords", ControlNames.relatedRecords, relatedRecordsProperties],
  ])("%s: every form factor binds exactly the exported properties", (_label, control, properties) => {
    const perFormFactor = parametersOf(control);
    expect(perFormFactor).toHaveLength(3);
    for (const parameters of perFormFactor) expect(parameters).toEqual(properties);
    const bound = all(manifestOf(control), "property")
      .filter((p) => p.getAttribute("usage") === "bound")
      .map((p) => p.getAttribute("name"));
    expect(bound.sort()).toEqual(Object.keys(properties).sort());
  });

  describe("AttributeGrid's data set", () => {
    const subgrid = all(deliveryForm, "control").find((c) => c.getAttribute("indicationOfSubgrid") === "true")!;
    const subgridParameters = all(subgrid, "parameters")[0];

    it("has the exported name and view on every form factor", () => {
      const dataSets = all(deliveryForm, "customControl")
        .filter((c) => c.getAttribute("name") === ControlNames.attributeGrid)
        .map((c) => all(c, "data-set")[0]);
      expect(dataSets).toHaveLength(3);
      for (const dataSet of dataSets) {
        expect(dataSet.getAttribute("name")).toBe(attributeGridDataSet.name);
        expect(childText(dataSet, "ViewId")).toBe(attributeGridDataSet.viewId);
      }
      expect(childText(subgridParameters, "ViewId")).toBe(attributeGridDataSet.viewId);
    });

    it("has the subgrid's label and records per page", () => {
      const cell = subgrid.parentNode as Element;
      expect(all(cell, "label")[0].getAttribute("description")).toBe(attributeGridDataSet.title);
      expect(childText(subgridParameters, "RecordsPerPage")).toBe(String(attributeGridDataSet.pageSize));
    });

    it("shows the packaged view's columns, widths and order", () => {
      const view = all(xml, "savedquery").find((q) => childText(q, "savedqueryid") === attributeGridDataSet.viewId);
      expect(view).toBeDefined();
      const cells = all(all(view!, "layoutxml")[0], "cell").map((c) => ({
        name: c.getAttribute("name"),
        width: Number(c.getAttribute("width")),
      }));
      expect(cells).toEqual(attributeGridDataSet.view.columns);
      const orders = all(all(view!, "fetchxml")[0], "order").map((o) => ({
        attribute: o.getAttribute("attribute"),
        descending: o.getAttribute("descending") === "true",
      }));
      expect(orders).toEqual(attributeGridDataSet.view.orderBy);
    });

    it("binds every property-set of the manifest's data set to a column of that view", () => {
      const dataSet = all(manifestOf(ControlNames.attributeGrid), "data-set").find(
        (d) => d.getAttribute("name") === attributeGridDataSet.name,
      )!;
      const propertySets = all(dataSet, "property-set").map((p) => p.getAttribute("name"));
      expect(Object.keys(attributeGridDataSet.propertySets).sort()).toEqual(propertySets.sort());
      const viewColumns = attributeGridDataSet.view.columns.map((c) => c.name);
      for (const column of Object.values(attributeGridDataSet.propertySets)) expect(viewColumns).toContain(column);
    });
  });
});
