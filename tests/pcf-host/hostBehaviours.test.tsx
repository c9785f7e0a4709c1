/**
 * pcf-host's lifecycle plays the hosts the controls must hold up in: what updatedProperties
 * lists (a form's changed names, nothing, every name) and how many updateView calls one change
 * brings, for bound values, dataset pages and requestRender alike.
 */
import * as React from "react";
import { createDataset, mountWithContext, textProperty, unusualHosts, type HostBehaviour } from "../support/pcfContext";

interface Inputs {
  note: ComponentFramework.PropertyTypes.StringProperty;
  items: ComponentFramework.PropertyTypes.DataSet;
}

/** Records each updateView's updatedProperties. */
class Probe implements ComponentFramework.ReactControl<Inputs, Record<string, never>> {
  updates: string[][] = [];
  init(): void {
    // nothing to set up
  }
  updateView(context: ComponentFramework.Context<Inputs>): React.ReactElement {
    this.updates.push([...context.updatedProperties]);
    return React.createElement("span", null, context.parameters.note.raw);
  }
  getOutputs(): Record<string, never> {
    return {};
  }
  destroy(): void {
    // nothing held
  }
}

async function updatesIn(host: HostBehaviour): Promise<string[][]> {
  const items = createDataset({ columns: [{ name: "name" }], records: [{ id: "a", values: { name: "A" } }] });
  const harness = mountWithContext<Inputs, Record<string, never>>(
    Probe,
    { controlName: "Probe", strings: {}, parameters: { note: textProperty("first"), items } },
    host,
  );
  harness.update({ parameters: { note: textProperty("second") } });
  harness.update({ allocatedWidth: 300 });
  items.setRecords([{ id: "b", values: { name: "B" } }]);
  harness.context.factory.requestRender();
  await harness.settle();
  const probe = harness.control as Probe;
  harness.destroy();
  return probe.updates;
}

describe("host behaviours of the lifecycle", () => {
  it("names what changed, as a form does", async () => {
    expect(await updatesIn({})).toEqual([[], ["note"], ["layout"], ["items"]]);
  });

  it("names nothing for a host that lists no updatedProperties", async () => {
    expect(await updatesIn(unusualHosts["lists no updatedProperties"])).toEqual([[], [], [], []]);
  });

  it("names every property, and what changed besides, for a host that lists everything", async () => {
    expect(await updatesIn(unusualHosts["lists every property every time"])).toEqual([
      ["note", "items"],
      ["note", "items"],
      ["note", "items", "layout"],
      ["note", "items"],
    ]);
  });

  it("calls updateView twice for each change for a host that does", async () => {
    expect(await updatesIn(unusualHosts["calls updateView twice per change"])).toEqual([
      [],
      [],
      ["note"],
      ["note"],
      ["layout"],
      ["layout"],
      ["items"],
      ["items"],
    ]);
  });
});
