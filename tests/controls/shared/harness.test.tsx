import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { ControlRoot } from "../../../controls/shared/ControlRoot";
import { createControlTheme } from "../../../controls/shared/theme";
import { createDataset, mountWithContext, textProperty, type MockDataset } from "../../support/pcfContext";

interface ListInputs {
  items: ComponentFramework.PropertyTypes.DataSet;
}

/** A test-only dataset control: lists the loaded records and offers the next page. */
class RecordList implements ComponentFramework.ReactControl<ListInputs, Record<string, never>> {
  updates = 0;
  init(): void {
    // nothing to set up
  }
  updateView(context: ComponentFramework.Context<ListInputs>): React.ReactElement {
    this.updates += 1;
    const items = context.parameters.items;
    return (
      <div>
        <ul>
          {items.sortedRecordIds.map((id) => (
            <li key={id}>{items.records[id].getFormattedValue("name")}</li>
          ))}
        </ul>
        <span>{context.resources.getString("Total").replace("{0}", String(items.paging.totalResultCount))}</span>
        {items.paging.hasNextPage && (
          <button onClick={() => items.paging.loadNextPage()}>{context.resources.getString("More")}</button>
        )}
      </div>
    );
  }
  getOutputs(): Record<string, never> {
    return {};
  }
  destroy(): void {
    // nothing to release
  }
}

const records = Array.from({ length: 5 }, (_, index) => ({ id: `id-${index}`, values: { name: `Row ${index}` } }));

describe("mock context harness", () => {
  it("shows the first page and reveals the next one on loadNextPage", async () => {
    const items = createDataset({
      entityName: "thing",
      columns: [{ name: "name", isPrimary: true }],
      records,
      pageSize: 2,
    });
    const harness = mountWithContext<ListInputs, Record<string, never>>(RecordList, {
      controlName: "RecordList",
      strings: { More: "Load more", Total: "{0} rows" },
      parameters: { items },
    });
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Row 0", "Row 1"]);
    expect(screen.getByText("5 rows")).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Load more" }));
    expect(await screen.findByText("Row 3")).toBeInTheDocument();
    expect(items.paging.loadNextPage).toHaveBeenCalledTimes(1);
    expect(harness.context.updatedProperties).toEqual(["items"]);

    await userEvent.click(screen.getByRole("button", { name: "Load more" }));
    expect(await screen.findByText("Row 4")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
    harness.destroy();
  });

  it("gives records their values, formatted values and named references", () => {
    const items: MockDataset = createDataset({
      entityName: "thing",
      columns: [
        { name: "name", isPrimary: true },
        { name: "when", dataType: "DateAndTime.DateAndTime" },
      ],
      records: [
        {
          id: "a",
          values: { name: "Alpha", when: new Date("2025-01-02T03:04:05Z") },
          formatted: { when: "02.01.2025" },
        },
      ],
      totalResultCount: -1,
    });
    const record = items.records.a;
    expect(record.getValue("when")).toEqual(new Date("2025-01-02T03:04:05Z"));
    expect(record.getFormattedValue("when")).toBe("02.01.2025");
    expect(record.getFormattedValue("name")).toBe("Alpha");
    expect(record.getNamedReference()).toEqual({ id: { guid: "a" }, etn: "thing", name: "Alpha" });
    expect(items.paging.totalResultCount).toBe(-1);
  });

  it("announces refresh and record replacement as dataset updates", async () => {
    const items = createDataset({ columns: [{ name: "name" }], records: records.slice(0, 1) });
    const harness = mountWithContext<ListInputs, Record<string, never>>(RecordList, {
      controlName: "RecordList",
      strings: { More: "More", Total: "{0}" },
      parameters: { items },
    });
    items.setRecords([{ id: "z", values: { name: "Zulu" } }]);
    expect(await screen.findByText("Zulu")).toBeInTheDocument();
    items.refresh();
    await harness.settle();
    expect(items.refresh).toHaveBeenCalled();
    expect((harness.control as RecordList).updates).toBe(3);
  });

  it("records string keys the resources lack", () => {
    const harness = mountWithContext<ListInputs, Record<string, never>>(RecordList, {
      controlName: "RecordList",
      strings: { Total: "{0}" },
      parameters: { items: createDataset({ columns: [], records, pageSize: 2 }) },
    });
    expect([...harness.context.missingStringKeys]).toEqual(["More"]);
  });

  it("builds text properties with metadata and field security", () => {
    const property = textProperty("x", { attributes: { MaxLength: 1000 }, security: { editable: false } });
    expect(property.attributes?.MaxLength).toBe(1000);
    expect(property.security).toEqual({ editable: false, readable: true, secured: false });
  });
});

describe("ControlRoot", () => {
  function Broken(): React.ReactElement {
    throw new Error("render failed");
  }

  it("replaces a failing view with the error message and a retry, and keeps the frame", () => {
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <ControlRoot
        theme={createControlTheme(undefined, false)}
        errorMessage="Something went wrong"
        retry="Try again"
        label="Frame"
      >
        <Broken />
      </ControlRoot>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Something went wrong");
    expect(within(screen.getByRole("alert")).getByRole("button", { name: "Try again" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Frame" })).toBeInTheDocument();
    consoleError.mockRestore();
  });

  it("retry mounts the view afresh: a view that failed after it rendered comes back with new state", () => {
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    let mounts = 0;
    function Flaky(props: { fail: boolean }): React.ReactElement {
      const mount = React.useState(() => (mounts += 1))[0];
      if (props.fail && mount === 1) throw new Error("render failed");
      return <span>{`mount ${mount}`}</span>;
    }
    const frame = (fail: boolean): React.ReactElement => (
      <ControlRoot theme={createControlTheme(undefined, false)} errorMessage="Failed" retry="Try again" label="Frame">
        <Flaky fail={fail} />
      </ControlRoot>
    );
    const view = render(frame(false));
    expect(screen.getByText("mount 1")).toBeInTheDocument();
    view.rerender(frame(true));
    expect(screen.getByRole("alert")).toHaveTextContent("Failed");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByText("mount 2")).toBeInTheDocument();
    consoleError.mockRestore();
  });

  it("sets the reading direction from the theme and the root class that keeps host styles out", () => {
    render(
      <ControlRoot theme={createControlTheme(undefined, true)} errorMessage="x" retry="y" label="Frame">
        <span>content</span>
      </ControlRoot>,
    );
    const root = screen.getByRole("group", { name: "Frame" });
    expect(root).toHaveAttribute("dir", "rtl");
    expect(root).toHaveClass("pdx-root");
  });
});
