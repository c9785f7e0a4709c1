import { act, fireEvent, screen } from "@testing-library/react";
import { AttributeTypeChoice } from "../../../domain/tables/names";
import {
  attribute,
  attributesDataset,
  dataRow,
  gridElement,
  groupHeader,
  gridPerTest,
  renderedKeywords,
  rowIndexes,
} from "./fixtures";

const mount = gridPerTest();

const tenThousand = () =>
  Array.from({ length: 10_000 }, (_, i) =>
    attribute(
      `key-${String(i).padStart(5, "0")}`,
      i % 10 === 0 ? `{"row":${i}}` : `value ${i}`,
      i % 4 === 0 ? AttributeTypeChoice.result : AttributeTypeChoice.input,
    ),
  );

/** jsdom has no layout: scrolling is a scroll event on a grid that reports the new position. */
function scrollGridTo(top: number): void {
  const grid = gridElement();
  Object.defineProperty(grid, "scrollTop", { configurable: true, writable: true, value: top });
  fireEvent.scroll(grid);
}

const rowgroupPadding = () => {
  const body = gridElement().querySelector('[role="rowgroup"]') as HTMLElement;
  return { top: parseFloat(body.style.paddingTop), bottom: parseFloat(body.style.paddingBottom) };
};

describe("short lists", () => {
  const rows = (count: number) =>
    Array.from({ length: count }, (_, i) => attribute(`key-${String(i).padStart(3, "0")}`, `value ${i}`));

  it("render every row when there are at most 100 items", () => {
    mount(attributesDataset(rows(99)));
    // One group header and 99 rows.
    expect(renderedKeywords()).toHaveLength(99);
  });

  it("render only a window once there are more", () => {
    mount(attributesDataset(rows(100)));
    expect(renderedKeywords().length).toBeLessThan(20);
    expect(gridElement()).toHaveAttribute("aria-rowcount", "102");
  });
});

describe("10,000 attributes", () => {
  it("renders only a window of rows while reporting all of them", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();

    expect(screen.getByText("10,000 attributes")).toBeInTheDocument();
    expect(groupHeader("Input (7,500)")).toBeInTheDocument();
    const rendered = renderedKeywords();
    // 480 px of viewport (no host height) at 40 px a row, plus a few rows either side.
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(20);
    expect(rendered.slice(0, 3)).toEqual(["key-00001", "key-00002", "key-00003"]);
    // Two group headers and 10,000 rows, plus the header row.
    expect(gridElement()).toHaveAttribute("aria-rowcount", "10003");
    expect(rowIndexes().slice(0, 3)).toEqual([1, 2, 3]);
  });

  it("renders as many rows as the height the host allocates can show", async () => {
    const harness = mount(attributesDataset(tenThousand()), { allocatedHeight: 1200 });
    await harness.settle();
    const rendered = renderedKeywords().length;
    expect(rendered).toBeGreaterThan(28);
    expect(rendered).toBeLessThan(40);
  });

  it("renders the rows at the scroll position, with their place in the whole list", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();
    // Group header (44 px), then rows of 40 px: row n of the input group starts at 44 + 40 n.
    act(() => scrollGridTo(44 + 40 * 5000));
    const rendered = renderedKeywords();
    expect(rendered).toContain("key-06667");
    expect(rendered.length).toBeLessThanOrEqual(20);
    // The column header, then the input group's header (rendered to stick), then the window.
    const indexes = rowIndexes().slice(2);
    expect(rowIndexes().slice(0, 2)).toEqual([1, 2]);
    expect(indexes[0]).toBeGreaterThan(4990);
    expect(indexes).toEqual(indexes.map((_, i) => indexes[0] + i));
    // The rows above and below the window are stood in for by padding of their total height,
    // less the group header that sits just above the window.
    const padding = rowgroupPadding();
    expect(padding.top).toBe(44 + 40 * (indexes[0] - 3) - 44);
    expect(padding.top + 44 + padding.bottom + 40 * rendered.length).toBe(44 * 2 + 40 * 10_000);
  });

  it("shows the end of a shorter list when a filter shrinks it below the scroll position", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();
    act(() => scrollGridTo(44 + 40 * 9000));
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "key-0000" } });
    expect(renderedKeywords()).toEqual([
      "key-00001",
      "key-00002",
      "key-00003",
      "key-00005",
      "key-00006",
      "key-00007",
      "key-00009",
      "key-00000",
      "key-00004",
      "key-00008",
    ]);
  });

  it("filters the whole set, not just the rendered window", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();

    // Row 9,999 is far outside the rendered window; the filter still finds it.
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "KEY-09999" } });
    expect(renderedKeywords()).toEqual(["key-09999"]);
    expect(screen.getByText("1 of 10,000 attributes")).toBeInTheDocument();
  });

  it("scrolls a row that the keyboard moves to into the window and focuses it", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();
    act(() => dataRow("key-00001").focus());
    fireEvent.keyDown(document.activeElement as Element, { key: "End" });
    expect(document.activeElement).toBe(dataRow("key-09996"));
    expect(document.activeElement).toHaveAttribute("aria-rowindex", "10003");
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowUp" });
    expect(document.activeElement).toBe(dataRow("key-09992"));
    fireEvent.keyDown(document.activeElement as Element, { key: "Home" });
    expect(document.activeElement).toBe(groupHeader("Input (7,500)"));
  });

  it("keeps a Tab stop in the window after scrolling away from the focused row", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();
    act(() => dataRow("key-00001").focus());
    act(() => scrollGridTo(44 + 40 * 3000));
    const tabStops = gridElement().querySelectorAll('[role="row"][tabindex="0"], [role="row"] button[tabindex="0"]');
    expect(tabStops.length).toBeGreaterThan(0);
    expect(renderedKeywords()).not.toContain("key-00001");
  });

  it("places the rows below an expanded row by the height it measures", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();
    jest.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockReturnValue(200);
    fireEvent.click(screen.getAllByRole("button", { name: "Show JSON" })[0]);
    expect(screen.getByRole("button", { name: "Hide JSON" })).toHaveAttribute("aria-expanded", "true");
    // Scrolled past the expanded row: everything above it is padding, now 160 px more.
    const total = (padding: { top: number; bottom: number }) => padding.top + padding.bottom;
    act(() => scrollGridTo(44 + 40 * 2000));
    // The input group's header is rendered above the window (it sticks), in 44 px of that padding.
    expect(total(rowgroupPadding()) + 44 + 40 * renderedKeywords().length).toBe(44 * 2 + 40 * 9_999 + 200);
  });
});
