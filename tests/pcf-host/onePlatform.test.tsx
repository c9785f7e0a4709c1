/**
 * The preview and the jest tests run controls on one PCF platform: the same test control,
 * mounted through the preview's ControlHost and through the jest harness, formats a date,
 * has an output echoed and pages a dataset identically, because both paths are pcf-host.
 */
import { act } from "@testing-library/react";
import * as React from "react";
import { SubgridDataset } from "../../pcf-host/dataset";
import { formattingFor } from "../../pcf-host/formatting";
import { attributeStoreTable, deliveryStoreTable, generateBulkAttributes, type Row } from "../../preview/data";
import { ControlHost } from "../../preview/host/controlHost";
import { memorySource } from "../../preview/host/datasetSource";
import { HostLog } from "../../preview/host/hostLog";
import type { LoadedControl } from "../../preview/host/loader";
import { createDataset, dateProperty, mountWithContext, textProperty } from "../support/pcfContext";

interface Inputs {
  when: ComponentFramework.PropertyTypes.DateTimeProperty;
  note: ComponentFramework.PropertyTypes.StringProperty;
  items: ComponentFramework.PropertyTypes.DataSet;
}
type Outputs = { note?: string };

/** Records what it was given and shows it; writes "edited" to its note on request. */
class Probe implements ComponentFramework.ReactControl<Inputs, Outputs> {
  static last: Probe | undefined;
  context!: ComponentFramework.Context<Inputs>;
  notify!: () => void;
  updates: string[][] = [];
  private note: string | undefined;
  constructor() {
    Probe.last = this;
  }
  init(context: ComponentFramework.Context<Inputs>, notify: () => void): void {
    this.context = context;
    this.notify = notify;
  }
  updateView(context: ComponentFramework.Context<Inputs>): React.ReactElement {
    this.updates.push([...context.updatedProperties]);
    return <span>{context.parameters.items.sortedRecordIds.length}</span>;
  }
  edit(): void {
    this.note = "edited";
    this.notify();
  }
  getOutputs(): Outputs {
    return this.note === undefined ? {} : { note: this.note };
  }
  destroy(): void {
    // nothing held
  }
}

const when = new Date("2025-03-04T09:30:00Z");
const rows: Row[] = generateBulkAttributes("7d4c1a52-3b7e-4f0a-9c11-2f5e8d6a0b01", 5);
const columnOf = (kind: string): string =>
  [...deliveryStoreTable.columns.values()].find((column) => column.kind === kind && !column.logicalName.endsWith("on"))
    ?.logicalName ?? "";
const dateColumn =
  [...deliveryStoreTable.columns.values()].find((column) => column.kind === "datetime")?.logicalName ?? "";
const textColumn = columnOf("text");
const keyword = [...attributeStoreTable.columns.values()].find((column) => column.kind === "text")?.logicalName ?? "";

async function afterHostTasks(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 10)));
}

async function mountInPreview(): Promise<Probe> {
  const loaded: LoadedControl = {
    name: "Probe",
    baseUrl: "/controls/Probe/",
    construct: Probe,
    strings: new Map([[1033, new Map<string, string>()]]),
    manifest: {
      namespace: "pdx",
      constructorName: "Probe",
      fullName: "pdx.Probe",
      controlType: "virtual",
      version: "1.0.0",
      properties: [
        { name: "when", ofType: "DateAndTime.DateAndTime", usage: "bound", required: false },
        { name: "note", ofType: "SingleLine.Text", usage: "bound", required: false },
      ],
      dataSets: [{ name: "items", propertySets: [] }],
      typeGroups: {},
      code: "bundle.js",
      css: [],
      resx: {},
      platformLibraries: [],
      usesWebApi: false,
    },
  };
  const host = new ControlHost(loaded, document.body.appendChild(document.createElement("div")), {
    binding: {
      control: "Probe",
      properties: { when: dateColumn, note: textColumn },
      dataSets: {
        items: {
          propertySets: {},
          view: { columns: [{ name: keyword, width: 100 }], orderBy: [] },
          viewId: "v",
          title: "Items",
          pageSize: 2,
          source: memorySource(attributeStoreTable, rows),
        },
      },
    },
    record: {
      table: deliveryStoreTable,
      id: "d1",
      values: { [dateColumn]: when.toISOString(), [textColumn]: "first" },
    },
    settings: { languageId: 1031, isRTL: false, theme: "light", disabled: false },
    webAPI: {} as ComponentFramework.WebApi,
    log: new HostLog(),
    onOutput: () => undefined,
    onOpenRecord: () => undefined,
    pageDelay: () => Promise.resolve(),
  });
  host.start();
  // Until the control has been told of the data set's first page: on a loaded machine that
  // takes longer than one host task, and a late one would join the next test's updateView.
  const seenItems = (): boolean => (Probe.last?.updates ?? []).some((names) => names.includes("items"));
  for (let waited = 0; !seenItems() && waited < 200; waited += 1) await afterHostTasks();
  await afterHostTasks();
  return Probe.last as Probe;
}

function mountInJest(): Probe {
  mountWithContext<Inputs, Outputs>(Probe, {
    controlName: "Probe",
    strings: {},
    languageId: 1031,
    parameters: {
      // A test property knows no user; it is formatted in the language the test names.
      when: dateProperty(when, { formatting: formattingFor(1031) }),
      note: textProperty("first"),
      items: createDataset({
        columns: [{ name: keyword }],
        records: rows.map((row) => ({ id: String(row[attributeStoreTable.primaryIdAttribute]), values: row })),
        pageSize: 2,
      }),
    },
  });
  return Probe.last as Probe;
}

describe("one PCF platform for the preview and the jest tests", () => {
  it("formats dates with the same formatting object, the user's long date pattern", async () => {
    const preview = await mountInPreview();
    const jest = mountInJest();
    expect(preview.context.formatting).toBe(jest.context.formatting);
    const long = jest.context.formatting.formatDateLong(jest.context.parameters.when.raw as Date);
    expect(long).toBe("Dienstag, 4. März 2025");
    expect(preview.context.formatting.formatDateLong(preview.context.parameters.when.raw as Date)).toBe(long);
    expect(preview.context.parameters.when.formatted).toBe(jest.context.parameters.when.formatted);
    expect(preview.context.userSettings.dateFormattingInfo).toEqual(jest.context.userSettings.dateFormattingInfo);
    expect(preview.context.userSettings.numberFormattingInfo).toEqual(jest.context.userSettings.numberFormattingInfo);
  });

  it("echoes an output into the bound property and names it in one updateView", async () => {
    for (const probe of [await mountInPreview(), mountInJest()]) {
      probe.updates.length = 0;
      probe.edit();
      await afterHostTasks();
      expect(probe.context.parameters.note.raw).toBe("edited");
      expect(probe.updates).toEqual([["note"]]);
    }
  });

  it("pages the dataset the same way: the same class, the same pages, one updateView per page", async () => {
    const pages: { ids: string[][]; updates: string[][] }[] = [];
    for (const probe of [await mountInPreview(), mountInJest()]) {
      const items = probe.context.parameters.items;
      expect(items).toBeInstanceOf(SubgridDataset);
      probe.updates.length = 0;
      const ids = [[...items.sortedRecordIds]];
      items.paging.loadNextPage();
      await afterHostTasks();
      ids.push([...items.sortedRecordIds]);
      pages.push({ ids, updates: probe.updates });
    }
    expect(pages[0]).toEqual(pages[1]);
    expect(pages[0].ids.map((page) => page.length)).toEqual([2, 4]);
    expect(pages[0].updates).toEqual([["items"]]);
  });
});
