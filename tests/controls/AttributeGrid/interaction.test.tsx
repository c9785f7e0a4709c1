import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  attribute,
  attributesDataset,
  dataRow,
  groupHeader,
  gridPerTest,
  queryGroupHeader,
  renderedKeywords,
  resultAttribute,
  type GridHarness,
} from "./fixtures";

const mount = gridPerTest();

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
    // A status line, its text isolated (bdi) for right to left.
    const message = screen.getByText("No attributes match “no such thing”");
    expect(message.tagName).toBe("BDI");
    expect(message.parentElement).toHaveAttribute("role", "status");
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

  it("empties the filter on Escape, and leaves Escape unhandled when there is nothing to clear", async () => {
    const user = userEvent.setup();
    mount(sample());
    const box = screen.getByRole("searchbox", { name: "Filter by keyword or value" });
    const escapes: boolean[] = [];
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === "Escape") escapes.push(event.defaultPrevented);
    };
    document.addEventListener("keydown", onKeyDown);
    try {
      await user.type(box, "voice");
      expect(renderedKeywords()).toEqual(["Channel"]);
      await user.keyboard("{Escape}");
      expect(box).toHaveValue("");
      expect(renderedKeywords()).toEqual(["Channel", "CustomerName", "Region", "Outcome"]);
      await user.keyboard("{Escape}");
      expect(escapes).toEqual([true, false]);
    } finally {
      document.removeEventListener("keydown", onKeyDown);
    }
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

  it("sorts by keyword only: the other columns offer no sorting", () => {
    mount(sample());
    for (const name of ["Value", "Actions"]) {
      const header = screen.getByRole("columnheader", { name });
      expect(header).not.toHaveAttribute("aria-sort");
      expect(within(header).queryByRole("button")).toBeNull();
    }
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

describe("text cut off at the end of its line", () => {
  it("gets a Show all toggle once the pointer or focus reaches its row", async () => {
    const user = userEvent.setup();
    mount(attributesDataset([attribute("Notes", "a value somewhat wider than its column"), attribute("Short", "ok")]));
    expect(screen.queryByRole("button", { name: "Show all" })).toBeNull();
    jest.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockReturnValue(500);
    jest.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(200);
    fireEvent.mouseEnter(dataRow("Notes"));
    const showAll = screen.getByRole("button", { name: "Show all" });
    expect(dataRow("Notes")).toContainElement(showAll);

    await user.click(showAll);
    expect(dataRow("Notes")).toHaveClass("pdx-ag-open");
    await user.click(screen.getByRole("button", { name: "Show less" }));
    expect(dataRow("Notes")).not.toHaveClass("pdx-ag-open");

    act(() => dataRow("Short").focus());
    expect(screen.getAllByRole("button", { name: "Show all" })).toHaveLength(2);
  });

  it("gets no toggle when it fits", () => {
    mount(attributesDataset([attribute("Short", "ok")]));
    jest.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockReturnValue(100);
    jest.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(200);
    fireEvent.mouseEnter(dataRow("Short"));
    expect(screen.queryByRole("button", { name: "Show all" })).toBeNull();
  });
});

describe("groups", () => {
  it("collapses and expands a group with Enter and Space on its toggle", async () => {
    const user = userEvent.setup();
    mount(sample());
    const input = groupHeader("Input (3)");
    act(() => input.focus());
    await user.keyboard("{Enter}");
    expect(groupHeader("Input (3)")).toHaveAttribute("aria-expanded", "false");
    expect(renderedKeywords()).toEqual(["Outcome"]);
    expect(groupHeader("Input (3)")).toHaveFocus();

    await user.keyboard(" ");
    expect(groupHeader("Input (3)")).toHaveAttribute("aria-expanded", "true");
    expect(renderedKeywords()).toEqual(["Channel", "CustomerName", "Region", "Outcome"]);
  });

  it("closes a group with ArrowLeft and opens it with ArrowRight, and the other way round right to left", () => {
    mount(sample());
    fireEvent.keyDown(groupHeader("Result (1)"), { key: "ArrowLeft" });
    expect(groupHeader("Result (1)")).toHaveAttribute("aria-expanded", "false");
    expect(renderedKeywords()).toEqual(["Channel", "CustomerName", "Region"]);
    fireEvent.keyDown(groupHeader("Result (1)"), { key: "ArrowLeft" });
    expect(groupHeader("Result (1)")).toHaveAttribute("aria-expanded", "false");
    fireEvent.keyDown(groupHeader("Result (1)"), { key: "ArrowRight" });
    expect(groupHeader("Result (1)")).toHaveAttribute("aria-expanded", "true");
    mount(sample(), { isRTL: true });
    fireEvent.keyDown(groupHeader("Result (1)"), { key: "ArrowRight" });
    expect(groupHeader("Result (1)")).toHaveAttribute("aria-expanded", "false");
    fireEvent.keyDown(groupHeader("Result (1)"), { key: "ArrowLeft" });
    expect(groupHeader("Result (1)")).toHaveAttribute("aria-expanded", "true");
  });

  it("collapses with a click and says which rows the toggle controls", async () => {
    const user = userEvent.setup();
    mount(sample());
    const toggle = groupHeader("Input (3)");
    const body = document.getElementById(toggle.getAttribute("aria-controls") ?? "");
    expect(body).toHaveAttribute("role", "rowgroup");
    expect(body).toContainElement(dataRow("Region"));
    await user.click(toggle);
    expect(groupHeader("Input (3)")).toHaveAttribute("aria-expanded", "false");
    expect(renderedKeywords()).toEqual(["Outcome"]);
  });
});

describe("keyboard in the grid", () => {
  const rowOf = (element: Element | null) => element?.closest('[role="row"]')?.getAttribute("aria-rowindex");

  it("has one Tab stop among its rows, which follows focus", () => {
    mount(sample());
    const tabStops = () => Array.from(document.querySelectorAll('[role="rowgroup"] [tabindex="0"]'));
    expect(tabStops()).toEqual([groupHeader("Input (3)")]);
    act(() => dataRow("Region").focus());
    // The focused row and its buttons are in the Tab order; no other row is.
    expect(tabStops().map(rowOf)).toEqual(
      Array(tabStops().length).fill(dataRow("Region").getAttribute("aria-rowindex")),
    );
    expect(tabStops()).toContain(dataRow("Region"));
    expect(tabStops()).toContain(screen.getByRole("button", { name: "Copy value of Region" }));
  });

  it("moves between group headers and rows with the arrow keys, Home and End", () => {
    mount(sample());
    act(() => groupHeader("Input (3)").focus());
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowDown" });
    expect(document.activeElement).toBe(dataRow("Channel"));
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowDown" });
    expect(document.activeElement).toBe(dataRow("CustomerName"));
    fireEvent.keyDown(document.activeElement as Element, { key: "End" });
    expect(document.activeElement).toBe(dataRow("Outcome"));
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowUp" });
    expect(document.activeElement).toBe(groupHeader("Result (1)"));
    fireEvent.keyDown(document.activeElement as Element, { key: "Home" });
    expect(document.activeElement).toBe(groupHeader("Input (3)"));
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowUp" });
    expect(document.activeElement).toBe(groupHeader("Input (3)"));
  });

  it("moves from the column header's sort button into the rows with ArrowDown", () => {
    mount(sample());
    const sortButton = within(screen.getByRole("columnheader", { name: /Keyword/ })).getByRole("button");
    act(() => sortButton.focus());
    fireEvent.keyDown(sortButton, { key: "ArrowDown" });
    expect(document.activeElement).toBe(groupHeader("Input (3)"));
  });

  it("moves from a button in a row to the next row", () => {
    mount(sample());
    const copy = screen.getByRole("button", { name: "Copy value of Channel" });
    act(() => copy.focus());
    fireEvent.keyDown(copy, { key: "ArrowDown" });
    expect(document.activeElement).toBe(dataRow("CustomerName"));
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
    const copy = screen.getByRole("button", { name: "Copy value of Region" });
    fireEvent.doubleClick(copy);
    fireEvent.keyDown(copy, { key: "Enter" });
    fireEvent.doubleClick(groupHeader("Input (3)"));
    expect(dataset.openDatasetItem).not.toHaveBeenCalled();
  });
});
