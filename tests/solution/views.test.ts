import { AttributeNames as A, AttributeTypeChoice, DeliveryNames as D } from "../../domain/tables";
import { generateSampleData, type Row } from "../../preview/data";
import { ViewIds } from "../../solution/definitions/ids";
import { rowsOfView, matchesView } from "../../solution/definitions/viewQuery";
import {
  attributeViews,
  deliveryViews,
  documentedStatuses,
  experienceViews,
  failedResults,
} from "../../solution/definitions/views";
import type { ViewDefinition } from "../../solution/model";
import { fetchXml } from "../../solution/xml/view";
import { toXmlFragment } from "../../solution/xml/node";
import { attributeTable, deliveryTable } from "../../domain/tables";
import { attributeGridDataSet } from "../../solution/definitions/controlBindings";
import { deliveryMainForm } from "../../solution/definitions/forms";
import { formCells } from "../../solution/formCells";

const sample = generateSampleData();
const view = (id: string): ViewDefinition => {
  const found = experienceViews.find((v) => v.id === id);
  if (!found) throw new Error(`no view ${id}`);
  return found;
};
const ids = (rows: readonly Row[]) => rows.map((r) => String(r[D.id] ?? r[A.id]));
const status = (r: Row) => r[D.status];
const documented = new Set<unknown>(documentedStatuses);
const broken = (key: string) => {
  const entry = sample.broken.find((b) => b.key === `broken:${key}`);
  if (!entry) throw new Error(`no broken record ${key}`);
  return entry.id;
};

/** What each delivery view's name promises, said independently of its conditions. */
const promises: Record<string, (r: Row) => boolean> = {
  [ViewIds.deliveryActive]: (r) => status(r) === "Pending" || status(r) === "InProcess",
  [ViewIds.deliveryNeedsAttention]: (r) =>
    status(r) === "Error" ||
    (failedResults as readonly unknown[]).includes(r[D.result]) ||
    !documented.has(status(r) === "" ? null : status(r)),
  [ViewIds.deliveryExpired]: (r) => status(r) === "Expired",
  [ViewIds.deliveryCancelled]: (r) => status(r) === "Cancelled",
  [ViewIds.deliveryCompleted]: (r) => status(r) === "Complete",
  [ViewIds.deliveryAll]: () => true,
};

describe("the experience's views", () => {
  it("are the six delivery views and the four attribute views, each public and on its own table", () => {
    expect(deliveryViews.map((v) => v.name)).toEqual([
      "Active Deliveries",
      "Deliveries Needing Attention",
      "Expired Deliveries",
      "Cancelled Deliveries",
      "Completed Deliveries",
      "All Deliveries",
    ]);
    expect(attributeViews.map((v) => v.name)).toEqual([
      "Input Attributes",
      "Result Attributes",
      "All Delivery Attributes",
      "Attributes of a Delivery",
    ]);
    for (const v of experienceViews) {
      expect(v.queryType).toBe(0);
      expect(v.isDefault).toBe(false);
    }
  });

  it("keep the ids of the views they keep, and the delivery form's subgrid still names its view", () => {
    expect(view(ViewIds.deliveryActive).name).toBe("Active Deliveries");
    expect(view(ViewIds.deliveryAll).name).toBe("All Deliveries");
    expect(view(ViewIds.attributeOfDelivery).columns).toEqual(attributeGridDataSet.view.columns);
    const subgrid = formCells(deliveryMainForm).find((c) => c.kind === "subgrid");
    expect(subgrid?.kind === "subgrid" && subgrid.viewId).toBe(ViewIds.attributeOfDelivery);
  });

  it("each delivery view shows status, result, dial mode, window, call start, queue and disposition codes", () => {
    for (const v of deliveryViews)
      expect(v.columns.map((c) => c.name)).toEqual(
        expect.arrayContaining([
          D.status,
          D.result,
          D.dialModeType,
          D.windowStartDate,
          D.windowEndDate,
          D.startDate,
          D.queueId,
          D.dispositionCodes,
        ]),
      );
  });

  it("writes Needs attention as one or-filter with in, not-in and null conditions", () => {
    const xml = toXmlFragment(fetchXml(view(ViewIds.deliveryNeedsAttention), deliveryTable));
    expect(xml).toContain('<filter type="or">');
    expect(xml).toContain('<condition attribute="msdyn_status" operator="eq" value="Error" />');
    expect(xml).toMatch(/<condition attribute="msdyn_result" operator="in">\s*<value>CallFailed<\/value>/);
    expect(xml).toMatch(
      /<condition attribute="msdyn_status" operator="not-in">(\s*<value>\w+<\/value>){6}\s*<\/condition>/,
    );
    expect(xml).toContain('<condition attribute="msdyn_status" operator="null" />');
    expect(xml).not.toContain("link-entity");
    expect(xml).not.toContain("statecode");
  });

  it("writes an and-filter holding the or-groups when a view has both", () => {
    const both: ViewDefinition = {
      ...view(ViewIds.deliveryActive),
      orGroups: [[{ attribute: D.result, operator: "null", values: [] }]],
    };
    const xml = toXmlFragment(fetchXml(both, deliveryTable));
    expect(xml).toMatch(
      /<filter type="and">\s*<condition attribute="msdyn_status" operator="in">[\s\S]*<\/condition>\s*<filter type="or">\s*<condition attribute="msdyn_result" operator="null" \/>\s*<\/filter>\s*<\/filter>/,
    );
  });

  it("Input and Result filter on the type choice's fixed values", () => {
    expect(toXmlFragment(fetchXml(view(ViewIds.attributeInput), attributeTable))).toContain(
      `<condition attribute="msdyn_type" operator="eq" value="${AttributeTypeChoice.input}" />`,
    );
    expect(toXmlFragment(fetchXml(view(ViewIds.attributeResult), attributeTable))).toContain(
      `<condition attribute="msdyn_type" operator="eq" value="${AttributeTypeChoice.result}" />`,
    );
  });
});

describe("rowsOfView on the preview's sample data", () => {
  it.each(deliveryViews.map((v) => [v.name, v.id] as const))(
    "%s returns exactly the deliveries its name promises",
    (_name, id) => {
      const returned = rowsOfView(view(id), sample.deliveries);
      const promised = sample.deliveries.filter(promises[id]);
      expect(returned.length).toBeGreaterThan(0);
      expect(new Set(ids(returned))).toEqual(new Set(ids(promised)));
      expect(returned).toHaveLength(promised.length);
    },
  );

  it("Needs attention holds unknown, empty and misspelt statuses and failed results, not a Complete/CallEnded one", () => {
    const attention = new Set(ids(rowsOfView(view(ViewIds.deliveryNeedsAttention), sample.deliveries)));
    expect(attention.has(broken("unknown-values"))).toBe(true); // OnHold
    expect(attention.has(broken("missing-required"))).toBe(true); // status null
    expect(attention.has(broken("status-case"))).toBe(true); // " complete "
    const failed = sample.deliveries.filter((r) => r[D.result] === "CallFailed" && r[D.status] === "Complete");
    for (const r of failed) expect(attention.has(String(r[D.id]))).toBe(true);
    const fine = sample.deliveries.find((r) => r[D.status] === "Complete" && r[D.result] === "CallEnded");
    expect(fine && attention.has(String(fine[D.id]))).toBe(false);
    expect(attention.has(broken("messy-dispositions"))).toBe(false); // Complete, CallEnded
  });

  it("Active comes soonest window end first, All newest window first", () => {
    const active = rowsOfView(view(ViewIds.deliveryActive), sample.deliveries);
    const ends = active.map((r) => Date.parse(String(r[D.windowEndDate])));
    expect(ends).toEqual([...ends].sort((a, b) => a - b));
    const all = rowsOfView(view(ViewIds.deliveryAll), sample.deliveries);
    expect(all).toHaveLength(sample.deliveries.length);
    const starts = all
      .filter((r) => r[D.windowStartDate] !== null)
      .map((r) => Date.parse(String(r[D.windowStartDate])));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    // Descending puts the delivery without any dates last, as SQL sorts NULL lowest.
    expect(String(all[all.length - 1][D.id])).toBe(broken("no-dates"));
  });

  it("Input and Result split the attributes by type; rows of an unknown or missing type are in All only", () => {
    const input = rowsOfView(view(ViewIds.attributeInput), sample.attributes);
    const result = rowsOfView(view(ViewIds.attributeResult), sample.attributes);
    const all = rowsOfView(view(ViewIds.attributeAll), sample.attributes);
    expect(input.every((r) => r[A.type] === AttributeTypeChoice.input)).toBe(true);
    expect(result.every((r) => r[A.type] === AttributeTypeChoice.result)).toBe(true);
    expect(input.length + result.length).toBe(sample.attributes.length - 2);
    expect(all).toHaveLength(sample.attributes.length);
    const keywords = input.map((r) => String(r[A.keyword]));
    expect(keywords).toEqual([...keywords].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});

describe("rowsOfView has FetchXML's semantics on Dataverse", () => {
  const rows: Row[] = [
    { [D.id]: "1", [D.status]: "Pending", [D.windowEndDate]: "2025-06-02T10:00:00.000Z" },
    { [D.id]: "2", [D.status]: "", [D.windowEndDate]: null },
    { [D.id]: "3", [D.status]: null, [D.windowEndDate]: "2025-06-01T10:00:00.000Z" },
    { [D.id]: "4", [D.status]: "pending", [D.windowEndDate]: "2025-06-03T10:00:00.000Z" },
    { [D.id]: "5", [D.windowEndDate]: "2025-06-03T10:00:00.000Z" },
  ];
  const base: ViewDefinition = { ...view(ViewIds.deliveryAll), conditions: [], orGroups: [] };
  const where = (conditions: ViewDefinition["conditions"], textComparison?: "exact" | "ignoreCase") =>
    ids(rowsOfView({ ...base, conditions }, rows, { textComparison }));

  it("not-in and ne never match an empty value; empty text is null", () => {
    expect(where([{ attribute: D.status, operator: "not-in", values: ["Complete"] }])).toEqual(["1", "4"]);
    expect(where([{ attribute: D.status, operator: "ne", values: ["Complete"] }])).toEqual(["1", "4"]);
    expect(where([{ attribute: D.status, operator: "null", values: [] }])).toEqual(["2", "3", "5"]);
    expect(where([{ attribute: D.status, operator: "not-null", values: [] }])).toEqual(["1", "4"]);
  });

  it("compares text exactly, or ignoring case as the standard tables' collation does", () => {
    expect(where([{ attribute: D.status, operator: "eq", values: ["Pending"] }])).toEqual(["1"]);
    expect(where([{ attribute: D.status, operator: "in", values: ["Pending"] }], "ignoreCase")).toEqual(["1", "4"]);
  });

  it("sorts a null first ascending, then by the primary key on ties", () => {
    const ordered = rowsOfView({ ...base, orderBy: [{ attribute: D.windowEndDate, descending: false }] }, rows);
    expect(ids(ordered)).toEqual(["2", "3", "1", "4", "5"]);
  });

  it("compares choice values as numbers and keeps the input untouched", () => {
    const attributes: Row[] = [
      { [A.id]: "b", [A.keyword]: "B", [A.type]: AttributeTypeChoice.input },
      { [A.id]: "a", [A.keyword]: "A", [A.type]: AttributeTypeChoice.result },
    ];
    const copy = structuredClone(attributes);
    expect(ids(rowsOfView(view(ViewIds.attributeInput), attributes))).toEqual(["b"]);
    expect(matchesView(view(ViewIds.attributeResult), attributes[1])).toBe(true);
    expect(attributes).toEqual(copy);
  });
});
