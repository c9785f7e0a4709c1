/**
 * AttributeGrid in hosts that call updateView differently from a form (see unusualHosts):
 * it finds a dataset change itself, from the records and the paging state, shows it whatever
 * updatedProperties says, and rebuilds nothing for a call that changes nothing.
 */
import { screen } from "@testing-library/react";
import * as viewModel from "../../../controls/AttributeGrid/viewModel";
import { unusualHosts } from "../../support/pcfContext";
import { attribute, attributesDataset, gridPerTest, records, renderedKeywords } from "./fixtures";

const mount = gridPerTest();

describe.each(Object.entries(unusualHosts))("AttributeGrid in a host that %s", (_, host) => {
  // On jest's fake clock: a paged load must not reveal early because the machine ran slowly.
  beforeEach(() => jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick"] }));
  afterEach(() => jest.useRealTimers());

  it("shows the rows of a dataset that finished loading after the first updateView", async () => {
    // Microsoft's test harness: init while the records load, then updateView once they are in.
    const dataset = attributesDataset([], { loading: true });
    const grid = mount(dataset, {}, host);
    expect(screen.queryByRole("grid")).not.toBeInTheDocument();

    dataset.setRecords(records([attribute("Region", "West"), attribute("Customer", "Contoso")]));
    await grid.settle();
    expect(renderedKeywords()).toEqual(["Customer", "Region"]);
    expect(screen.getByText("2 attributes")).toBeInTheDocument();
  });

  it("shows new records that replace the shown ones, building the rows once", async () => {
    const build = jest.spyOn(viewModel, "datasetToViewModel");
    const dataset = attributesDataset([attribute("a", "1")]);
    const grid = mount(dataset, {}, host);
    expect(build).toHaveBeenCalledTimes(1);

    dataset.setRecords(records([attribute("x", "9"), attribute("y", "8")]));
    await grid.settle();
    expect(renderedKeywords()).toEqual(["x", "y"]);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it("shows every page of a paged load and asks for each page once", async () => {
    const build = jest.spyOn(viewModel, "datasetToViewModel");
    const many = Array.from({ length: 60 }, (_, i) => attribute(`key-${String(i).padStart(2, "0")}`, `v${i}`));
    const dataset = attributesDataset(many, { pageSize: 25 });
    dataset.paging.setPageSize.mockImplementation(() => undefined);
    const grid = mount(dataset, {}, host);
    await grid.settle();
    expect(screen.getByText("60 attributes")).toBeInTheDocument();
    expect(dataset.paging.loadNextPage).toHaveBeenCalledTimes(2);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it("reads nothing and rebuilds nothing for calls that change nothing", async () => {
    const build = jest.spyOn(viewModel, "datasetToViewModel");
    const dataset = attributesDataset([attribute("a", "1"), attribute("b", "2")]);
    const grid = mount(dataset, {}, host);
    await grid.settle();
    expect(build).toHaveBeenCalledTimes(1);

    grid.update();
    grid.update({ allocatedWidth: 420 });
    grid.context.factory.requestRender();
    await grid.settle();
    expect(build).toHaveBeenCalledTimes(1);
    expect(dataset.paging.loadNextPage).not.toHaveBeenCalled();
    expect(renderedKeywords()).toEqual(["a", "b"]);
  });

  it("shows the dataset's error when a reload fails", async () => {
    const dataset = attributesDataset([attribute("a", "1")]);
    const grid = mount(dataset, {}, host);
    dataset.error = true;
    dataset.errorMessage = "The subgrid could not be refreshed.";
    grid.update();
    expect(await screen.findByText(/The attributes could not be loaded\./)).toHaveTextContent(
      "The subgrid could not be refreshed.",
    );
  });
});
