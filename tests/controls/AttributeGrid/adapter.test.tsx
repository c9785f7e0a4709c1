import { act, fireEvent, screen } from "@testing-library/react";
import type * as React from "react";
import type { AttributeGridProps } from "../../../controls/AttributeGrid/AttributeGridView";
import { revealAfterMs } from "../../../controls/AttributeGrid/AttributeGridController";
import * as viewModel from "../../../controls/AttributeGrid/viewModel";
import { AttributeNames } from "../../../domain/tables/names";
import { createDataset } from "../../support/pcfContext";
import { attribute, attributesDataset, gridPerTest, records, renderedKeywords } from "./fixtures";

const mount = gridPerTest();

function propsOf(element: React.ReactElement): AttributeGridProps {
  return element.props as AttributeGridProps;
}

const many = (count: number) =>
  Array.from({ length: count }, (_, i) => attribute(`key-${String(i).padStart(3, "0")}`, `v${i}`));

describe("AttributeGrid adapter", () => {
  // The controller reveals a slow first load after revealAfterMs of the clock: every test runs
  // on jest's fake clock, so none depends on how fast the machine runs it.
  beforeEach(() => jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick"] }));
  afterEach(() => jest.useRealTimers());

  it("tracks container resizes and asks for large pages on init", () => {
    const dataset = attributesDataset([attribute("a", "1")]);
    const { context } = mount(dataset);
    expect(context.mode.trackContainerResize).toHaveBeenCalledWith(true);
    expect(dataset.paging.setPageSize).toHaveBeenCalledWith(5000);
  });

  it("loads every page, showing progress, then the full set", async () => {
    // A host that keeps its own page size (25) and reports no reliable total.
    const dataset = attributesDataset(many(60), { pageSize: 25, totalResultCount: -1 });
    dataset.paging.setPageSize.mockImplementation(() => undefined);
    const grid = mount(dataset);

    expect(screen.getByText("Loaded 25 attributes…")).toBeInTheDocument();
    expect(screen.queryByRole("grid")).not.toBeInTheDocument();

    await grid.settle();
    expect(dataset.paging.loadNextPage).toHaveBeenCalledTimes(2);
    expect(screen.getByText("60 attributes")).toBeInTheDocument();
    expect(screen.queryByText(/Loaded \d+ attributes/)).not.toBeInTheDocument();
  });

  it("renders the rows once, when the last of several quick pages has arrived", async () => {
    const build = jest.spyOn(viewModel, "datasetToViewModel");
    const dataset = attributesDataset(many(60), { pageSize: 25 });
    dataset.paging.setPageSize.mockImplementation(() => undefined);
    const grid = mount(dataset);
    await grid.settle();
    expect(build).toHaveBeenCalledTimes(1);
    expect(screen.getByText("60 attributes")).toBeInTheDocument();
  });

  it("still renders once when the last of several pages arrives 1 ms before the reveal", async () => {
    const build = jest.spyOn(viewModel, "datasetToViewModel");
    const dataset = attributesDataset(many(60), { pageSize: 25 });
    dataset.paging.setPageSize.mockImplementation(() => undefined);
    const pending: (() => void)[] = [];
    const loadNextPage = dataset.paging.loadNextPage.getMockImplementation() as () => void;
    dataset.paging.loadNextPage.mockImplementation(() => void pending.push(loadNextPage));
    const grid = mount(dataset);
    act(() => pending.shift()?.());
    await grid.settle();
    act(() => void jest.advanceTimersByTime(revealAfterMs - 1));
    act(() => pending.shift()?.());
    await grid.settle();
    expect(build).toHaveBeenCalledTimes(1);
    expect(grid.context.factory.requestRender).not.toHaveBeenCalled();
    expect(screen.getByText("60 attributes")).toBeInTheDocument();
    act(() => void jest.advanceTimersByTime(revealAfterMs));
    expect(grid.context.factory.requestRender).not.toHaveBeenCalled();
  });

  describe("a slow host", () => {
    it("shows the rows that have arrived when the next page takes long, then every page as it comes", async () => {
      const dataset = attributesDataset(many(60), { pageSize: 25 });
      dataset.paging.setPageSize.mockImplementation(() => undefined);
      const pending: (() => void)[] = [];
      const loadNextPage = dataset.paging.loadNextPage.getMockImplementation() as () => void;
      dataset.paging.loadNextPage.mockImplementation(() => void pending.push(loadNextPage));
      const grid = mount(dataset);
      expect(screen.queryByRole("grid")).not.toBeInTheDocument();

      act(() => void jest.advanceTimersByTime(revealAfterMs - 1));
      await grid.settle();
      expect(grid.context.factory.requestRender).not.toHaveBeenCalled();
      act(() => void jest.advanceTimersByTime(1));
      await grid.settle();
      expect(grid.context.factory.requestRender).toHaveBeenCalledTimes(1);
      expect(screen.getByRole("grid")).toBeInTheDocument();
      expect(renderedKeywords()[0]).toBe("key-000");
      expect(screen.getByText("Loaded 25 attributes…")).toBeInTheDocument();
      expect(screen.getByText("25 attributes")).toBeInTheDocument();

      act(() => pending.shift()?.());
      await grid.settle();
      expect(screen.getByText("Loaded 50 attributes…")).toBeInTheDocument();
      expect(screen.getByText("50 attributes")).toBeInTheDocument();
      act(() => pending.shift()?.());
      await grid.settle();
      expect(screen.getByText("60 attributes")).toBeInTheDocument();
      expect(screen.queryByText(/Loaded \d+ attributes/)).not.toBeInTheDocument();
    });

    it("stops its timer when the control is destroyed", () => {
      const dataset = attributesDataset(many(30), { pageSize: 25 });
      dataset.paging.setPageSize.mockImplementation(() => undefined);
      dataset.paging.loadNextPage.mockImplementation(() => undefined);
      const grid = mount(dataset);
      grid.destroy();
      mount.forget();
      jest.advanceTimersByTime(revealAfterMs * 2);
      expect(grid.context.factory.requestRender).not.toHaveBeenCalled();
    });
  });

  it("does not request the same page twice while the host is still answering", () => {
    const dataset = attributesDataset(many(30), { pageSize: 25 });
    dataset.paging.setPageSize.mockImplementation(() => undefined);
    dataset.paging.loadNextPage.mockImplementation(() => undefined);
    const grid = mount(dataset);
    grid.update({ updatedProperties: ["attributes"] });
    grid.update({ updatedProperties: ["attributes"] });
    expect(dataset.paging.loadNextPage).toHaveBeenCalledTimes(1);
  });

  it("keeps the view model when updateView reports no dataset change", () => {
    const build = jest.spyOn(viewModel, "datasetToViewModel");
    const { control, context } = mount(attributesDataset([attribute("a", "1"), attribute("b", "2")]));
    expect(build).toHaveBeenCalledTimes(1);

    context.updatedProperties = [];
    const first = propsOf(control.updateView(context));
    context.updatedProperties = ["layout"];
    const second = propsOf(control.updateView(context));
    expect(second.model).toBe(first.model);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it("rebuilds the view model when the dataset changes", () => {
    const build = jest.spyOn(viewModel, "datasetToViewModel");
    const dataset = attributesDataset([attribute("a", "1")]);
    const grid = mount(dataset);
    const before = propsOf(grid.control.updateView(grid.context)).model;

    dataset.setRecords(records([attribute("x", "9"), attribute("y", "8")]));
    grid.update({ updatedProperties: ["attributes"] });
    expect(build).toHaveBeenCalledTimes(2);
    expect(renderedKeywords()).toEqual(["x", "y"]);
    expect(propsOf(grid.control.updateView(grid.context)).model).not.toBe(before);
  });

  it("starts paging again after the host refreshes the dataset", async () => {
    const dataset = attributesDataset(many(40), { pageSize: 25 });
    dataset.paging.setPageSize.mockImplementation(() => undefined);
    const grid = mount(dataset);
    await grid.settle();
    expect(screen.getByText("40 attributes")).toBeInTheDocument();

    dataset.refresh();
    await grid.settle();
    expect(dataset.paging.loadNextPage).toHaveBeenCalledTimes(2);
    expect(screen.getByText("40 attributes")).toBeInTheDocument();
  });

  it("keeps the shown rows and the user's filter while the host reloads", async () => {
    const dataset = attributesDataset(many(40), { pageSize: 25 });
    dataset.paging.setPageSize.mockImplementation(() => undefined);
    const grid = mount(dataset);
    await grid.settle();
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "key-039" } });
    expect(renderedKeywords()).toEqual(["key-039"]);

    dataset.paging.loadNextPage.mockImplementation(() => undefined);
    dataset.refresh();
    await grid.settle();
    expect(screen.getByText("Loaded 25 attributes…")).toBeInTheDocument();
    expect(renderedKeywords()).toEqual(["key-039"]);
    expect(screen.getByRole("searchbox")).toHaveValue("key-039");
  });

  it("grows with its rows up to the height the host allocates, instead of taking all of it", () => {
    mount(attributesDataset([attribute("a", "1")]), { allocatedHeight: 320 });
    const scroller = document.querySelector<HTMLElement>('[data-is-scrollable="true"]');
    const frame = scroller?.parentElement as HTMLElement;
    expect(frame).toHaveStyle({ maxHeight: "320px" });
    expect(frame.style.height).toBe("");
    // The grid inside takes what is left of it (AttributeList.css), not a cap of its own.
    expect(scroller?.style.maxHeight).toBe("");
  });

  it("reads columns by their logical names when the view has no property-set aliases", () => {
    const dataset = createDataset({
      entityName: AttributeNames.table,
      columns: [{ name: AttributeNames.keyword }, { name: AttributeNames.value }, { name: AttributeNames.type }],
      records: records([attribute("Region", "West")]),
    });
    mount(dataset);
    expect(renderedKeywords()).toEqual(["Region"]);
    expect(screen.getByText("West")).toBeInTheDocument();
  });
});
