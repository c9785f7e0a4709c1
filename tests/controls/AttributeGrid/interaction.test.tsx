import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  attribute,
  attributesDataset,
  groupHeader,
  mountGrid,
  queryGroupHeader,
  renderedKeywords,
  resultAttribute,
  type GridHarness,
} from "./fixtures";

let harness: GridHarness | undefined;
afterEach(() => {
  harness?.destroy();
  harness = undefined;
});

function mount(...args: Parameters<typeof mountGrid>): GridHarness {
  harness = mountGrid(...args);
  return harness;
}

function dataRow(keyword: string): HTMLElement {
  const cell = screen.getByText(keyword, { selector: '[data-automation-key="keyword"] *' });
  return cell.closest('[role="row"]') as HTMLElement;
}

/** Clicks, then lets the copy promise settle inside act, as the host's event loop would. */
async function clickAndSettle(grid: GridHarness, element: HTMLElement): Promise<void> {
  fireEvent.click(element);
  await grid.settle();
}

function setClipboard(writeText: jest.Mock | undefined): void {
  Object.defineProperty(navigator, "clipboard", {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
}

const sample = () =>
  attributesDataset([
    attribute("Region", "West"),
    attribute("CustomerName", "Contoso Ltd"),
    resultAttribute("Outcome", "PromiseToPay"),
    attribute("Channel", "voice"),
  ]);

describe("filtering", () => {
  it("narrows rows by keyword or value as the user types, ignoring case", async () => {
    const user = userEvent.setup();
    mount(sample());
    await user.type(screen.getByRole("searchbox", { name: "Filter by keyword or value" }), "CONTOSO");
    expect(renderedKeywords()).toEqual(["CustomerName"]);
    expect(screen.getByText("1 of 4 attributes")).toBeInTheDocument();
    expect(groupHeader("Input (1 of 3)")).toBeInTheDocument();
    expect(queryGroupHeader("Result (1)")).toBeNull();
  });

  it("says which filter matched nothing", async () => {
    const user = userEvent.setup();
    mount(sample());
    await user.type(screen.getByRole("searchbox"), "no such thing");
    expect(screen.getByText("No attributes match “no such thing”")).toHaveAttribute("role", "status");
    expect(screen.queryByRole("grid")).not.toBeInTheDocument();
  });

  it("brings every row back when the filter is cleared", async () => {
    const user = userEvent.setup();
    mount(sample());
    const box = screen.getByRole("searchbox");
    await user.type(box, "voice");
    expect(renderedKeywords()).toEqual(["Channel"]);
    await user.clear(box);
    expect(renderedKeywords()).toEqual(["Channel", "CustomerName", "Region", "Outcome"]);
  });
});

describe("sorting", () => {
  it("toggles keyword order from the column header", async () => {
    const user = userEvent.setup();
    mount(sample());
    const header = screen.getByRole("columnheader", { name: /Keyword/ });
    expect(header).toHaveAttribute("aria-sort", "ascending");
    expect(renderedKeywords()).toEqual(["Channel", "CustomerName", "Region", "Outcome"]);

    await user.click(within(header).getByRole("button"));
    expect(screen.getByRole("columnheader", { name: /Keyword/ })).toHaveAttribute("aria-sort", "descending");
    expect(renderedKeywords()).toEqual(["Region", "CustomerName", "Channel", "Outcome"]);

    await user.click(within(screen.getByRole("columnheader", { name: /Keyword/ })).getByRole("button"));
    expect(renderedKeywords()).toEqual(["Channel", "CustomerName", "Region", "Outcome"]);
  });

  it("ignores clicks on other column headers", async () => {
    const user = userEvent.setup();
    mount(sample());
    await user.click(within(screen.getByRole("columnheader", { name: /Value/ })).getByRole("button"));
    expect(renderedKeywords()).toEqual(["Channel", "CustomerName", "Region", "Outcome"]);
  });
});

describe("copying", () => {
  it("copies the value and confirms it in a live region", async () => {
    const writeText = jest.fn(() => Promise.resolve());
    setClipboard(writeText);
    const grid = mount(sample());
    await clickAndSettle(grid, screen.getByRole("button", { name: "Copy value of Region" }));
    expect(writeText).toHaveBeenCalledWith("West");
    const status = screen.getByText("Copied value of Region");
    expect(status).toHaveAttribute("aria-live", "polite");
    expect(status).toHaveAttribute("role", "status");
  });

  it("says so when copying fails", async () => {
    setClipboard(jest.fn(() => Promise.reject(new Error("NotAllowedError"))));
    Object.defineProperty(document, "execCommand", { configurable: true, value: jest.fn(() => false) });
    const grid = mount(sample());
    await clickAndSettle(grid, screen.getByRole("button", { name: "Copy value of Outcome" }));
    expect(screen.getByText("Could not copy the value of Outcome")).toHaveAttribute("role", "status");
  });

  it("falls back to the selection copy command without the Clipboard API", async () => {
    setClipboard(undefined);
    const execCommand = jest.fn(() => true);
    Object.defineProperty(document, "execCommand", { configurable: true, value: execCommand });
    const grid = mount(sample());
    await clickAndSettle(grid, screen.getByRole("button", { name: "Copy value of Channel" }));
    expect(execCommand).toHaveBeenCalledWith("copy");
    expect(screen.getByText("Copied value of Channel")).toBeInTheDocument();
  });
});

describe("long and structured values", () => {
  it("expands JSON into an indented view and collapses it again", async () => {
    const user = userEvent.setup();
    const { rendered } = mount(attributesDataset([attribute("Payload", '{"orderId":17,"lines":["a","b"]}')]));
    expect(screen.getByText("JSON")).toBeInTheDocument();
    expect(rendered.container.querySelector("pre")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Show JSON" }));
    expect(rendered.container.querySelector("pre")?.textContent).toBe(
      '{\n  "orderId": 17,\n  "lines": [\n    "a",\n    "b"\n  ]\n}',
    );
    await user.click(screen.getByRole("button", { name: "Hide JSON" }));
    expect(rendered.container.querySelector("pre")).toBeNull();
  });

  it("shows a 4,000-character value in full only on request", async () => {
    const user = userEvent.setup();
    const value = "N".repeat(3990) + "0123456789";
    mount(attributesDataset([attribute("Notes", value)]));
    expect(screen.getByText("N".repeat(200) + "…")).toBeInTheDocument();
    expect(screen.queryByText(value)).toBeNull();

    await user.click(screen.getByRole("button", { name: "Show all" }));
    expect(screen.getByText(value)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Show less" }));
    expect(screen.queryByText(value)).toBeNull();
  });
});

describe("groups", () => {
  it("collapses and expands a group from the keyboard", () => {
    mount(sample());
    const input = groupHeader("Input (3)");
    input.focus();
    fireEvent.keyUp(input, { key: "Enter" });
    expect(groupHeader("Input (3)")).toHaveAttribute("aria-expanded", "false");
    expect(renderedKeywords()).toEqual(["Outcome"]);

    // Fluent's own arrow-key handling must stay in step with the grid's state.
    fireEvent.keyUp(groupHeader("Input (3)"), { key: "ArrowRight", which: 39, keyCode: 39 });
    expect(groupHeader("Input (3)")).toHaveAttribute("aria-expanded", "true");
    expect(renderedKeywords()).toEqual(["Channel", "CustomerName", "Region", "Outcome"]);

    fireEvent.keyUp(groupHeader("Input (3)"), { key: " " });
    expect(renderedKeywords()).toEqual(["Outcome"]);
  });
});

describe("opening a record", () => {
  it("opens the row's record on double click", () => {
    const dataset = sample();
    mount(dataset);
    fireEvent.doubleClick(dataRow("Region"));
    expect(dataset.openDatasetItem).toHaveBeenCalledTimes(1);
    const reference = dataset.openDatasetItem.mock.calls[0][0];
    expect(reference).toEqual(dataset.records[dataset.sortedRecordIds[0]].getNamedReference());
    expect(reference.name).toBe("Region");
  });

  it("opens the focused row's record on Enter", () => {
    const dataset = sample();
    mount(dataset);
    const row = dataRow("Outcome");
    act(() => row.focus());
    fireEvent.keyDown(row, { key: "Enter", which: 13, keyCode: 13 });
    expect(dataset.openDatasetItem).toHaveBeenCalledWith(
      expect.objectContaining({ etn: "msdyn_proactive_delivery_attribute", name: "Outcome" }),
    );
  });

  it("does not open the record when a button in the row is used", () => {
    const dataset = sample();
    mount(dataset);
    fireEvent.doubleClick(screen.getByRole("button", { name: "Copy value of Region" }));
    expect(dataset.openDatasetItem).not.toHaveBeenCalled();
  });
});
