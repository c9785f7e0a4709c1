/**
 * @jest-environment jsdom
 *
 * The preview's dashboard page binds DeliveryInsights as the solution binds it on the "Proactive
 * Delivery Insights" dashboard, and hosts it through the same ControlHost the form pages use:
 * the All Deliveries list with its records per page, the static rowCap, no record on a
 * dashboard, and the list's rows read outside the control's Web API (whose log the bench counts).
 */
import fs from "node:fs";
import path from "node:path";
import { DeliveryNames as D } from "../../domain/tables";
import { ViewIds } from "../../solution/definitions/ids";
import { deliveryInsightsDataSet } from "../../solution/definitions/controlBindings";
import { pageNamed, pages } from "../../preview/app/pages/registry";
import { dashboardBinding, dashboardInputs, dashboardRecord, dashboardView } from "../../preview/app/dashboard";
import { rowsOfList, sameId } from "../../preview/app/appShell/model";
import { defaultRecordOf, readState, writeState } from "../../preview/app/urlState";
import { createSampleWebApi, generateSampleData, SampleStore } from "../../preview/data";
import { ControlHost, type ControlBinding } from "../../preview/host/controlHost";
import { HostLog } from "../../preview/host/hostLog";
import type { LoadedControl } from "../../preview/host/loader";
import { parseManifest } from "../../preview/host/manifest";
import { appShell } from "../../preview/server/appShell";

const data = generateSampleData();
const shell = appShell();
const view = dashboardView(shell.views);

type Inputs = {
  deliveries: ComponentFramework.PropertyTypes.DataSet;
  rowCap: ComponentFramework.PropertyTypes.WholeNumberProperty;
};

/** Stands in for DeliveryInsights: keeps its context, reads a figure through context.webAPI. */
class Probe implements ComponentFramework.StandardControl<Inputs, Record<string, never>> {
  static last: Probe | undefined;
  context!: ComponentFramework.Context<Inputs>;
  constructor() {
    Probe.last = this;
  }
  init(context: ComponentFramework.Context<Inputs>): void {
    this.context = context;
    void context.webAPI.retrieveMultipleRecords(D.table, `?$select=${D.status}&$top=1`);
  }
  updateView(context: ComponentFramework.Context<Inputs>): void {
    this.context = context;
  }
  getOutputs(): Record<string, never> {
    return {};
  }
  destroy(): void {
    // nothing held
  }
}

/** The DeliveryInsights manifest as the preview's loader reads it. */
const manifest = parseManifest(
  fs.readFileSync(
    path.join(__dirname, "..", "..", "controls", "DeliveryInsights", "ControlManifest.Input.xml"),
    "utf8",
  ),
);

function mount(binding: ControlBinding) {
  const store = new SampleStore(data);
  const webAPI = createSampleWebApi(store);
  const loaded: LoadedControl = {
    name: "DeliveryInsights",
    baseUrl: "/controls/DeliveryInsights/",
    construct: Probe,
    strings: new Map([[1033, new Map<string, string>()]]),
    manifest: { ...manifest, controlType: "standard" },
  };
  const host = new ControlHost(loaded, document.body.appendChild(document.createElement("div")), {
    binding,
    record: dashboardRecord,
    settings: { languageId: 1033, isRTL: false, theme: "light", disabled: false },
    webAPI,
    log: new HostLog(),
    onOutput: () => undefined,
    onOpenRecord: () => undefined,
    pageDelay: () => Promise.resolve(),
  });
  return { host, webAPI, store };
}

const tasks = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe("the dashboard page's binding", () => {
  it("is the solution's: All Deliveries, its records per page and title, rowCap as the dashboard gives it", () => {
    expect(view && sameId(view.id, ViewIds.deliveryAll)).toBe(true);
    const binding = dashboardBinding(new SampleStore(data), view!);
    expect(binding).toMatchObject({ control: "DeliveryInsights", place: "dashboard", inputs: { rowCap: "100000" } });
    expect(Object.keys(binding.dataSets ?? {})).toEqual([deliveryInsightsDataSet.name]);
    expect(binding.dataSets?.[deliveryInsightsDataSet.name]).toMatchObject({
      viewId: deliveryInsightsDataSet.viewId,
      pageSize: deliveryInsightsDataSet.pageSize,
      title: deliveryInsightsDataSet.title,
      view: { columns: view!.columns, orderBy: view!.orderBy },
    });
    expect(manifest.dataSets.map((dataSet) => dataSet.name)).toEqual([deliveryInsightsDataSet.name]);
    expect(Object.keys(dashboardInputs())).toEqual(
      manifest.properties.filter((property) => property.usage === "input").map((property) => property.name),
    );
  });

  it("hosts the control with no record, rowCap a whole number, and the list's first page", async () => {
    const { host, webAPI } = mount(dashboardBinding(new SampleStore(data), view!));
    host.start();
    await tasks();
    const { context } = Probe.last!;
    expect(context.parameters.rowCap).toMatchObject({ raw: 100000, type: "Whole.None" });
    const mode = context.mode as ComponentFramework.Mode & { contextInfo: Record<string, string> };
    expect(mode.contextInfo).toEqual({ entityId: "", entityTypeName: "", entityRecordName: "" });
    const dataset = context.parameters.deliveries;
    expect(dataset.loading).toBe(false);
    const expected = rowsOfList(view!, data.deliveries).slice(0, deliveryInsightsDataSet.pageSize);
    expect(dataset.sortedRecordIds).toEqual(expected.map((row) => String(row[D.id])));
    expect(dataset.paging.hasNextPage).toBe(true);
    // Only the control's own request is in the Web API's log: the list's rows came another way.
    expect(webAPI.requests.map((request) => request.options)).toEqual([`?$select=${D.status}&$top=1`]);
    host.destroy();
  });

  it("gives an input without a value a property whose raw value is null, and refuses inputs it cannot take", () => {
    const binding = dashboardBinding(new SampleStore(data), view!);
    const { host } = mount({ ...binding, inputs: {} });
    host.start();
    expect(Probe.last!.context.parameters.rowCap.raw).toBeNull();
    host.destroy();
    expect(() => mount({ ...binding, inputs: { rowCap: "many" } })).toThrow(/rowCap takes a number/);
    expect(() => mount({ ...binding, inputs: { nothing: 1 } })).toThrow(/has no property named nothing/);
  });
});

describe("the dashboard page's address", () => {
  it("is ?page=dashboard, listed among the pages, with no record", () => {
    expect(pageNamed("dashboard")).toMatchObject({ usesRecord: false });
    expect(pages.filter((page) => !page.hidden).map((page) => page.id)).toContain("dashboard");
    expect(defaultRecordOf("dashboard")).toBe("");
    expect(writeState(readState("?page=dashboard"))).toBe("?page=dashboard");
  });

  it("carries the large sample and the aggregate switch: &deliveries=, &aggregates=, &aggregateLimit=", () => {
    const state = readState("?page=dashboard&deliveries=100000&aggregates=refuse&aggregateLimit=500");
    expect(state).toMatchObject({ deliveries: 100000, aggregates: "refuse", aggregateLimit: 500 });
    expect(writeState(state)).toBe("?page=dashboard&deliveries=100000&aggregates=refuse&aggregateLimit=500");
    expect(readState("?aggregates=limit").aggregates).toBe("limit");
    expect(readState("?aggregates=answer").aggregates).toBe("answer");
    for (const text of ["no", "", "REFUSE"]) expect(readState(`?aggregates=${text}`).aggregates).toBeUndefined();
    for (const text of ["-1", "1.5", "lots", ""]) expect(readState(`?deliveries=${text}`).deliveries).toBeUndefined();
  });

  it("is where the app shell's dashboard entries go", () => {
    const dashboards = shell.areas.flatMap((area) =>
      area.groups.flatMap((group) => group.subareas.filter((subarea) => subarea.dashboardId !== undefined)),
    );
    for (const subarea of dashboards) expect(subarea.table).toBeUndefined();
  });
});
