import { AttributeNames as A, AttributeTypeChoice, DeliveryNames as D } from "../../domain/tables";
import {
  attributeStoreTable,
  createSampleWebApi,
  generateBulkAttributes,
  generateSampleData,
  SampleStore,
  type Row,
} from "../../preview/data";
import { SubgridDataset } from "../../pcf-host/dataset";
import { formattingFor } from "../../pcf-host/formatting";
import { subgridColumns, viewSorting } from "../../pcf-host/subgridColumns";
import { memorySource, webApiSource, type StoreDatasetSource } from "../../preview/host/datasetSource";

const view = {
  columns: [
    { name: A.keyword, width: 200 },
    { name: A.type, width: 100 },
    { name: A.value, width: 400 },
  ],
  orderBy: [{ attribute: A.keyword, descending: false }],
};

/** Lets the source's timer and the dataset's promise chains run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

function createDataset(source: StoreDatasetSource, pageSize = 250): { dataset: SubgridDataset; changes: () => number } {
  let changes = 0;
  const dataset = new SubgridDataset({
    entityName: source.table.logicalName,
    columns: subgridColumns(source.table, view, { keyword: A.keyword, value: A.value, type: A.type }),
    sorting: viewSorting(view),
    pageSize,
    source,
    formatting: formattingFor(1033),
    title: "Attributes",
    viewId: "test",
    pageDelay: () => Promise.resolve(),
  });
  dataset.onChange = () => {
    changes += 1;
  };
  return { dataset, changes: () => changes };
}

const deliveryId = "7d4c1a52-3b7e-4f0a-9c11-2f5e8d6a0b01";
const rows: Row[] = generateBulkAttributes(deliveryId, 600);
const keywordsOf = (dataset: SubgridDataset): string[] =>
  dataset.sortedRecordIds.map((id) => String(dataset.records[id].getValue(A.keyword)));

describe("preview dataset (a subgrid as the platform serves it)", () => {
  it("names bound columns by their property-set and starts with the view's order", () => {
    const { dataset } = createDataset(memorySource(attributeStoreTable, rows));
    expect(dataset.columns.map((column) => [column.name, column.alias, column.dataType])).toEqual([
      [A.keyword, "keyword", "SingleLine.Text"],
      [A.type, "type", "OptionSet"],
      [A.value, "value", "SingleLine.Text"],
    ]);
    expect(dataset.sorting).toEqual([{ name: A.keyword, sortDirection: 0 }]);
    expect(dataset.loading).toBe(true);
  });

  it("pages: the first page at the subgrid's size, then accumulating pages at the control's size", async () => {
    const { dataset, changes } = createDataset(memorySource(attributeStoreTable, rows));
    dataset.refresh();
    await settle();
    expect(dataset.sortedRecordIds).toHaveLength(250);
    expect(dataset.paging.hasNextPage).toBe(true);
    expect(dataset.paging.totalResultCount).toBe(600);
    dataset.paging.setPageSize(5000);
    dataset.paging.loadNextPage();
    await settle();
    expect(dataset.sortedRecordIds).toHaveLength(600);
    expect(dataset.paging.hasNextPage).toBe(false);
    expect(changes()).toBe(2);
    const sorted = keywordsOf(dataset);
    expect(sorted).toEqual(
      [...sorted].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)),
    );
  });

  it("loads only the new page when asked, or an exact page", async () => {
    const { dataset } = createDataset(memorySource(attributeStoreTable, rows), 100);
    dataset.refresh();
    await settle();
    const firstPage = [...dataset.sortedRecordIds];
    dataset.paging.loadNextPage(true);
    await settle();
    expect(dataset.sortedRecordIds).toHaveLength(100);
    expect(dataset.sortedRecordIds.some((id) => firstPage.includes(id))).toBe(false);
    expect(dataset.paging.hasPreviousPage).toBe(true);
    dataset.paging.loadExactPage(6);
    await settle();
    expect(dataset.sortedRecordIds).toHaveLength(100);
    expect(dataset.paging.hasNextPage).toBe(false);
    expect(dataset.paging.firstPageNumber).toBe(6);
  });

  it("records holds exactly the published page, like a plain object, and keeps it after the next page", async () => {
    const { dataset } = createDataset(memorySource(attributeStoreTable, rows), 100);
    dataset.refresh();
    await settle();
    const firstRecords = dataset.records;
    const firstPage = [...dataset.sortedRecordIds];
    expect(Object.keys(firstRecords)).toEqual(firstPage);
    expect(firstPage[0] in firstRecords).toBe(true);
    expect(firstRecords[firstPage[0]].getRecordId()).toBe(firstPage[0]);
    expect(firstRecords["no-such-id"]).toBeUndefined();
    dataset.paging.loadNextPage(true);
    await settle();
    const secondPage = dataset.sortedRecordIds;
    expect(Object.keys(dataset.records)).toEqual(secondPage);
    expect(dataset.records[firstPage[0]]).toBeUndefined();
    expect(secondPage[0] in firstRecords).toBe(false);
    expect(Object.values(firstRecords)).toHaveLength(100);
    expect(Object.entries(dataset.records).every(([id, record]) => record.getRecordId() === id)).toBe(true);
  });

  it("applies the control's sorting and filter on refresh; refuses filter operators it does not know", async () => {
    const { dataset } = createDataset(memorySource(attributeStoreTable, rows), 5000);
    dataset.sorting.length = 0;
    dataset.sorting.push({ name: "keyword", sortDirection: 1 });
    dataset.filtering.setFilter({
      conditions: [{ attributeName: A.keyword, conditionOperator: 6, value: "%customer%" }],
      filterOperator: 0,
    });
    dataset.refresh();
    await settle();
    const keywords = keywordsOf(dataset);
    expect(keywords.length).toBeGreaterThan(0);
    expect(keywords.every((keyword) => keyword.toLowerCase().includes("customer"))).toBe(true);
    expect(keywords).toEqual([...keywords].sort().reverse());
    dataset.filtering.setFilter({
      conditions: [{ attributeName: A.keyword, conditionOperator: 70, value: "x" }],
      filterOperator: 0,
    });
    dataset.refresh();
    await settle();
    expect(dataset.error).toBe(true);
    expect(dataset.errorMessage).toMatch(/dataset condition operator 70/);
  });

  it("hands out values as the platform types them and reports no total beyond 5,000 rows", async () => {
    const { dataset } = createDataset(
      memorySource(attributeStoreTable, generateBulkAttributes(deliveryId, 5200)),
      5000,
    );
    dataset.refresh();
    await settle();
    expect(dataset.paging.totalResultCount).toBe(-1);
    const record = dataset.records[dataset.sortedRecordIds[0]];
    expect(typeof record.getValue("type")).toBe("number");
    expect([AttributeTypeChoice.input, AttributeTypeChoice.result]).toContain(record.getValue(A.type));
    expect(["Input", "Result"]).toContain(record.getFormattedValue(A.type));
    expect(record.getNamedReference()).toMatchObject({
      etn: attributeStoreTable.logicalName,
      id: { guid: record.getRecordId() },
    });
  });

  it("queries the sample Web API for the related rows of a record", async () => {
    const data = generateSampleData({ deliveryCount: 120 });
    const store = new SampleStore(data);
    const api = createSampleWebApi(store);
    const delivery = data.deliveries.find(
      (row) => data.attributes.filter((attribute) => attribute[A.delivery] === row[D.id]).length > 4,
    ) as Row;
    const expected = data.attributes.filter((row) => row[A.delivery] === delivery[D.id]);
    const { dataset } = createDataset(
      webApiSource(api, attributeStoreTable, { lookup: A.delivery, id: String(delivery[D.id]) }),
    );
    dataset.refresh();
    await settle();
    expect(new Set(dataset.sortedRecordIds)).toEqual(new Set(expected.map((row) => String(row[A.id]))));
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0].options).toContain(`$filter=_${A.delivery}_value eq ${String(delivery[D.id])}`);
    const record = dataset.records[dataset.sortedRecordIds[0]];
    expect(record.getFormattedValue(A.type)).toMatch(/^(Input|Result)$/);
  });
});
