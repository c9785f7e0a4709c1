import { fireEvent, screen } from "@testing-library/react";
import { AttributeTypeChoice } from "../../../domain/tables/names";
import { attribute, attributesDataset, groupHeader, mountGrid, renderedKeywords, type GridHarness } from "./fixtures";

let harness: GridHarness | undefined;
afterEach(() => {
  harness?.destroy();
  harness = undefined;
});

const tenThousand = () =>
  Array.from({ length: 10_000 }, (_, i) =>
    attribute(
      `key-${String(i).padStart(5, "0")}`,
      i % 10 === 0 ? `{"row":${i}}` : `value ${i}`,
      i % 4 === 0 ? AttributeTypeChoice.result : AttributeTypeChoice.input,
    ),
  );

describe("10,000 attributes", () => {
  it("renders only a window of rows while reporting all of them", async () => {
    harness = mountGrid(attributesDataset(tenThousand()));
    await harness.settle();

    expect(screen.getByText("10000 attributes")).toBeInTheDocument();
    expect(groupHeader("Input (7500)")).toBeInTheDocument();
    const rendered = renderedKeywords();
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(100);
    expect(rendered.slice(0, 3)).toEqual(["key-00001", "key-00002", "key-00003"]);
  });

  it("filters the whole set, not just the rendered window", async () => {
    harness = mountGrid(attributesDataset(tenThousand()));
    await harness.settle();

    // Row 9,999 is far outside the rendered window; the filter still finds it.
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "KEY-09999" } });
    expect(renderedKeywords()).toEqual(["key-09999"]);
    expect(screen.getByText("1 of 10000 attributes")).toBeInTheDocument();
  });
});
