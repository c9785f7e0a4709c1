/**
 * A dataset for a test: pcf-host's subgrid dataset over records the test lists, answering at
 * once (so paging is synchronous), with jest spies on the methods a control calls so a test
 * can count calls or replace an answer (a host that keeps its own page size, a slow host).
 */
import { SubgridDataset } from "../../pcf-host/dataset";
import { recordsSource, type SourceRecord } from "../../pcf-host/datasetSource";
import { formattingFor } from "../../pcf-host/formatting";

type SortStatus = ComponentFramework.PropertyHelper.DataSetApi.SortStatus;
type RecordValue = ReturnType<ComponentFramework.PropertyHelper.DataSetApi.EntityRecord["getValue"]> | null;

export interface MockColumnSpec {
  name: string;
  displayName?: string;
  dataType?: string;
  order?: number;
  visualSizeFactor?: number;
  isHidden?: boolean;
  isPrimary?: boolean;
  alias?: string;
  disableSorting?: boolean;
}

export interface MockRecordSpec {
  id: string;
  values: Record<string, RecordValue>;
  /** Formatted values by column; a missing one is formatted as the platform formats the raw value. */
  formatted?: Record<string, string>;
  /** Name shown in getNamedReference; defaults to the primary column's value. */
  name?: string;
}

export interface MockDatasetSpec {
  entityName?: string;
  columns: MockColumnSpec[];
  records: MockRecordSpec[];
  /** Records per page; default 25. */
  pageSize?: number;
  /** What paging.totalResultCount reports; default the number of records. Hosts report -1 beyond 5,000. */
  totalResultCount?: number;
  sorting?: SortStatus[];
  loading?: boolean;
  error?: boolean;
  errorMessage?: string;
  viewId?: string;
  title?: string;
}

export interface MockDataset extends SubgridDataset {
  paging: ComponentFramework.PropertyHelper.DataSetApi.Paging & {
    loadNextPage: jest.Mock<void, [boolean?]>;
    loadPreviousPage: jest.Mock<void, [boolean?]>;
    reset: jest.Mock<void, []>;
    setPageSize: jest.Mock<void, [number]>;
    loadExactPage: jest.Mock<void, [number]>;
  };
  refresh: jest.Mock<void, []>;
  openDatasetItem: jest.Mock<void, [ComponentFramework.EntityReference]>;
  /** Replaces every record (a changed view or a server refresh) and announces the change. */
  setRecords(records: MockRecordSpec[]): void;
}

const spiedPaging = ["loadNextPage", "loadPreviousPage", "reset", "setPageSize", "loadExactPage"] as const;
const spiedFiltering = ["getFilter", "setFilter", "clearFilter"] as const;
const spiedDataset = [
  "refresh",
  "openDatasetItem",
  "addColumn",
  "getSelectedRecordIds",
  "setSelectedRecordIds",
  "clearSelectedRecordIds",
] as const;

function spyOn<T extends object>(target: T, names: readonly (keyof T)[]): void {
  for (const name of names) {
    const original = target[name] as unknown as (...args: unknown[]) => unknown;
    target[name] = jest.fn((...args: unknown[]) => original.apply(target, args)) as unknown as T[keyof T];
  }
}

function sourceRecordOf(spec: MockRecordSpec): SourceRecord {
  return { id: spec.id, values: spec.values, formatted: spec.formatted ?? {}, name: spec.name };
}

export function createDataset(spec: MockDatasetSpec): MockDataset {
  let records = spec.records.map(sourceRecordOf);
  const dataset = new SubgridDataset({
    entityName: spec.entityName ?? "",
    columns: spec.columns.map((column, index) => ({
      ...column,
      displayName: column.displayName ?? column.name,
      dataType: column.dataType ?? "SingleLine.Text",
      alias: column.alias ?? column.name,
      order: column.order ?? index,
      visualSizeFactor: column.visualSizeFactor ?? 100,
    })),
    sorting: spec.sorting,
    source: recordsSource(() => records),
    pageSize: spec.pageSize ?? 25,
    formatting: formattingFor(1033),
    title: spec.title,
    viewId: spec.viewId,
    reportedTotal: spec.totalResultCount,
  });
  // Unspied, so a test counts only the refreshes the control asks for.
  const refresh = dataset.refresh.bind(dataset);
  dataset.refresh();
  dataset.loading = spec.loading ?? false;
  dataset.error = spec.error ?? false;
  dataset.errorMessage = spec.errorMessage ?? "";
  spyOn(dataset.paging, spiedPaging);
  spyOn(dataset.filtering, spiedFiltering);
  spyOn(dataset, spiedDataset);
  return Object.assign(dataset, {
    setRecords: (next: MockRecordSpec[]) => {
      records = next.map(sourceRecordOf);
      refresh();
    },
  }) as MockDataset;
}
