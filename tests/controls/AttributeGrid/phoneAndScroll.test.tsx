/**
 * Issue 15, items 2, 4, 5 and 6 for the attribute list: dates that say their zone and counts
 * with digit grouping, mixed-direction text isolated, the stacked layout of a narrow grid,
 * sticky group headers and the scroll going back to the first match when the filter changes.
 * Geometry (what is stacked, clipped or stuck where) is for the browser tests
 * (tests/e2e/gridNarrow.e2e.ts); these check the behaviour that leads to it.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AttributeTypeChoice } from "../../../domain/tables/names";
import {
  attribute,
  attributesDataset,
  dataRow,
  gridElement,
  groupHeader,
  gridPerTest,
  renderedKeywords,
  resultAttribute,
  rowIndexes,
} from "./fixtures";

const mount = gridPerTest();

const tenThousand = () =>
  Array.from({ length: 10_000 }, (_, i) =>
    attribute(
      `key-${String(i).padStart(5, "0")}`,
      `value ${i}`,
      i % 4 === 0 ? AttributeTypeChoice.result : AttributeTypeChoice.input,
    ),
  );

/** jsdom has no layout: scrolling is a scroll event on a grid that reports the new position. */
function scrollGridTo(top: number): void {
  const grid = gridElement();
  Object.defineProperty(grid, "scrollTop", { configurable: true, writable: true, value: top });
  fireEvent.scroll(grid);
}

const paddingTop = (): number =>
  parseFloat((gridElement().querySelector('[role="rowgroup"]') as HTMLElement).style.paddingTop);

/** How many input rows of tenThousand() a filter matches (every fourth row is a result). */
const inputMatches = (text: string): string =>
  new Intl.NumberFormat("en-US").format(
    Array.from({ length: 10_000 }, (_, i) => i).filter((i) => i % 4 !== 0 && `value ${i}`.includes(text)).length,
  );

/** The grid's rows and group headers in the DOM, as aria-rowindex - 2 (their list positions). */
const renderedPositions = (): number[] =>
  rowIndexes()
    .slice(1)
    .map((index) => index - 2);

describe("dates and counts", () => {
  const instant = Date.UTC(2025, 5, 9, 10, 15);
  const localTitle = (locale: string): string =>
    new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
    }).format(instant);

  it("shows an instant as UTC, saying so, with the user's own time as its title", () => {
    mount(attributesDataset([attribute("CallbackAt", "2025-06-09T10:15:00Z"), attribute("Due", "2026-03-01")]));
    const date = within(dataRow("CallbackAt")).getByText("(6/9/2025, 10:15 AM UTC)");
    expect(date.tagName).toBe("BDI");
    expect(date).toHaveAttribute("title", localTitle("en-US"));
    // A calendar date names a day: no zone, no title.
    const day = within(dataRow("Due")).getByText("(3/1/2026)");
    expect(day).not.toHaveAttribute("title");
  });

  it("shows a value written with another offset as the same instant in UTC", () => {
    mount(attributesDataset([attribute("CallbackAt", "2025-06-09T12:15:00+02:00")]));
    expect(within(dataRow("CallbackAt")).getByText("(6/9/2025, 10:15 AM UTC)")).toHaveAttribute(
      "title",
      localTitle("en-US"),
    );
  });

  it("writes dates in the user's language", () => {
    mount(attributesDataset([attribute("CallbackAt", "2025-06-09T10:15:00Z")]), { languageId: 1031 });
    expect(within(dataRow("CallbackAt")).getByText("(9.6.2025, 10:15 UTC)")).toHaveAttribute(
      "title",
      localTitle("de-DE"),
    );
  });

  it("groups the digits of every count: the summary, the group headers and a filtered count", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();
    expect(screen.getByText("10,000 attributes")).toBeInTheDocument();
    expect(groupHeader("Input (7,500)")).toBeInTheDocument();
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "value 1" } });
    // value 1, 10-19, 100-199 and 1000-1999.
    expect(screen.getByText("1,111 of 10,000 attributes")).toBeInTheDocument();
    expect(groupHeader(`Input (${inputMatches("value 1")} of 7,500)`)).toBeInTheDocument();
  });

  it("groups the digits in German too, and in the loading count", async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => attribute(`k${i}`, `v${i}`));
    // A host that keeps its own page size.
    const dataset = attributesDataset(rows, { pageSize: 1000, totalResultCount: -1 });
    dataset.paging.setPageSize.mockImplementation(() => undefined);
    const harness = mount(dataset, { languageId: 1031 });
    expect(screen.getByText("1.000 Attribute geladen…")).toBeInTheDocument();
    await harness.settle();
    expect(screen.getByText("1.200 Attribute")).toBeInTheDocument();
  });
});

describe("right to left", () => {
  it("isolates the texts that mix numbers and words, so they keep their order", async () => {
    const user = userEvent.setup();
    mount(attributesDataset([attribute("CallbackAt", "2025-06-09T10:15:00Z"), resultAttribute("Outcome", "Paid")]), {
      isRTL: true,
      languageId: 1031,
    });
    expect(screen.getByText("2 Attribute").tagName).toBe("BDI");
    // The group's count: "(1 von 3)" would read "(von 3 1)".
    expect(within(groupHeader("Eingabe (1)")).getByText("(1)").tagName).toBe("BDI");
    expect(within(dataRow("CallbackAt")).getByText("(9.6.2025, 10:15 UTC)").tagName).toBe("BDI");
    await user.type(screen.getByRole("searchbox"), "Paid");
    expect(screen.getByText("1 von 2 Attributen").tagName).toBe("BDI");
    await user.type(screen.getByRole("searchbox"), "nothing");
    expect(screen.getByText("Keine Attribute entsprechen „Paidnothing“").tagName).toBe("BDI");
  });

  it("isolates the loading text", () => {
    mount(attributesDataset([], { loading: true }), { isRTL: true });
    expect(within(screen.getByRole("status")).getByText("Loading attributes…").tagName).toBe("BDI");
  });
});

describe("narrow grids", () => {
  type Observed = { callback: ResizeObserverCallback; element?: Element; observer: ResizeObserver };
  let observers: Observed[] = [];

  beforeEach(() => {
    observers = [];
    class FakeResizeObserver {
      constructor(callback: ResizeObserverCallback) {
        observers.push({ callback, observer: this as unknown as ResizeObserver });
      }
      observe(element: Element): void {
        const entry = observers.find((candidate) => candidate.observer === (this as unknown as ResizeObserver));
        if (entry) entry.element = element;
      }
      unobserve(): void {}
      disconnect(): void {
        observers = observers.filter((candidate) => candidate.observer !== (this as unknown as ResizeObserver));
      }
    }
    Object.defineProperty(window, "ResizeObserver", { configurable: true, writable: true, value: FakeResizeObserver });
  });

  afterEach(() => {
    delete (window as { ResizeObserver?: unknown }).ResizeObserver;
  });

  /** The browser reports the grid's width after layout. */
  function layOut(width: number): void {
    act(() => {
      for (const entry of observers) {
        entry.callback([{ contentRect: { width } } as ResizeObserverEntry], entry.observer);
      }
    });
  }

  it("watches the grid's own width, and stops when it is gone", () => {
    const harness = mount(attributesDataset([attribute("Region", "West")]));
    expect(observers).toHaveLength(1);
    expect(observers[0].element).toBe(gridElement());
    harness.destroy();
    mount.forget();
    expect(observers).toHaveLength(0);
  });

  it("stacks the rows below 480 px and lays them out wide again above it", () => {
    mount(attributesDataset([attribute("Region", "West")]));
    expect(gridElement()).not.toHaveClass("pdx-ag-narrow");
    layOut(390);
    expect(gridElement()).toHaveClass("pdx-ag-narrow");
    layOut(479);
    expect(gridElement()).toHaveClass("pdx-ag-narrow");
    layOut(480);
    expect(gridElement()).not.toHaveClass("pdx-ag-narrow");
  });

  it("keeps the keyword, the value with its kind and date, and the copy button in every stacked row", () => {
    mount(attributesDataset([attribute("CallbackAt", "2025-06-09T10:15:00Z")]));
    layOut(390);
    const row = dataRow("CallbackAt");
    expect(within(row).getByRole("rowheader")).toHaveTextContent("CallbackAt");
    expect(within(row).getByText("Date")).toBeInTheDocument();
    expect(within(row).getByText("(6/9/2025, 10:15 AM UTC)")).toBeInTheDocument();
    expect(within(row).getByRole("button", { name: "Copy value of CallbackAt" })).toBeInTheDocument();
  });

  it("places 10,000 stacked rows at 60 px each", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();
    layOut(390);
    // 44 px of group header, then rows of 60 px: scrolled to input row 3,000.
    act(() => scrollGridTo(44 + 60 * 3000));
    const positions = renderedPositions();
    // The input group's header (position 0) sticks; the window starts a few rows above row 3,000.
    expect(positions[0]).toBe(0);
    const first = positions[1];
    expect(first).toBeGreaterThan(2990);
    expect(first).toBeLessThanOrEqual(3001);
    expect(paddingTop()).toBe(44 + 60 * (first - 1) - 44);
    // Fewer rows fit the viewport than at 40 px.
    expect(renderedKeywords().length).toBeLessThan(18);
  });

  it("lets the expanded text scroll on its own, reachable by keyboard", () => {
    mount(attributesDataset([attribute("Transcript", "word ".repeat(800))]));
    layOut(390);
    const row = dataRow("Transcript");
    act(() => row.focus());
    fireEvent.click(within(row).getByRole("button", { name: "Show all" }));
    const text = row.querySelector(".pdx-ag-text") as HTMLElement;
    expect(text.textContent).toHaveLength(4000);
    // The row is the Tab stop, so its scrolling text is in the Tab order.
    expect(text).toHaveAttribute("tabindex", "0");
    fireEvent.click(within(row).getByRole("button", { name: "Show less" }));
    expect(row.querySelector(".pdx-ag-text")).not.toHaveAttribute("tabindex");
  });
});

describe("sticky group headers", () => {
  it("keeps the header of the group the window starts in, just above the window", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();
    act(() => scrollGridTo(44 + 40 * 5000));
    const positions = renderedPositions();
    expect(positions[0]).toBe(0);
    expect(groupHeader("Input (7,500)")).toBeInTheDocument();
    // In place of the padding just above the window, so every row keeps its place.
    expect(paddingTop()).toBe(44 + 40 * (positions[1] - 1) - 44);
  });

  it("switches to the next group's header once the window starts in that group", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();
    // Input: header and 7,500 rows; then Result's header at position 7,501 and its rows.
    act(() => scrollGridTo(44 + 40 * 7500 + 44 + 40 * 1000));
    const positions = renderedPositions();
    expect(positions[0]).toBe(7501);
    expect(groupHeader("Result (2,500)")).toBeInTheDocument();
    expect(screen.queryByLabelText("Input (7,500)", { selector: "button" })).toBeNull();
  });

  it("renders no extra header while the group's own header is in the window", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();
    const positions = renderedPositions();
    expect(positions).toEqual(positions.map((_, i) => i));
    expect(paddingTop()).toBe(0);
  });

  it("is the Tab stop when nothing in the window is, so Tab lands on what is on screen", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();
    act(() => scrollGridTo(44 + 40 * 3000));
    expect(groupHeader("Input (7,500)")).toHaveAttribute("tabindex", "0");
  });

  it("moves a row the arrow keys reach clear of the sticky header", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();
    act(() => scrollGridTo(44 + 40 * 3000));
    // The row at the top of the viewport (input row 3,001, at 44 + 40 * 3000) is under the sticky header.
    const top = renderedKeywords()[renderedKeywords().length - 1];
    act(() => dataRow(top).focus());
    for (let step = 0; step < 12; step += 1) fireEvent.keyDown(document.activeElement as Element, { key: "ArrowUp" });
    const focused = Number((document.activeElement as HTMLElement).getAttribute("aria-rowindex")) - 2;
    // Scrolled so that the focused row starts just below the 44 px group header.
    expect(gridElement().scrollTop).toBe(44 + 40 * (focused - 1) - 44);
  });
});

describe("filtering after scrolling", () => {
  it("goes back to the top, to the first match, with its group's header", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();
    act(() => scrollGridTo(44 + 40 * 7000));
    expect(renderedKeywords()[0] > "key-09").toBe(true);

    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "value 1" } });
    expect(gridElement().scrollTop).toBe(0);
    expect(renderedPositions()[0]).toBe(0);
    expect(groupHeader(`Input (${inputMatches("value 1")} of 7,500)`)).toBeInTheDocument();
    expect(renderedKeywords().slice(0, 3)).toEqual(["key-00001", "key-00010", "key-00011"]);
    expect(paddingTop()).toBe(0);
  });

  it("goes back to the top when the filter is cleared, too", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "value" } });
    act(() => scrollGridTo(44 + 40 * 4000));
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "" } });
    expect(gridElement().scrollTop).toBe(0);
    expect(renderedKeywords()[0]).toBe("key-00001");
  });

  it("keeps the scroll position for anything else that renders the grid again", async () => {
    const harness = mount(attributesDataset(tenThousand()));
    await harness.settle();
    act(() => scrollGridTo(44 + 40 * 3000));
    fireEvent.click(groupHeader("Input (7,500)"));
    // Collapsing the group re-renders the grid without touching the scroll position it had.
    expect(gridElement().scrollTop).toBe(44 + 40 * 3000);
  });
});
