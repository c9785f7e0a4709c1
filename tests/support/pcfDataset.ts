/**
 * A dataset property as a model-driven host serves it: records of the loaded pages only,
 * sortedRecordIds in display order, paging that reveals the next page on loadNextPage, and
 * sorting/filtering/refresh that tests can observe. Every change the host would announce by
 * calling updateView is reported through onChange, which the control harness wires to a
 * new updateView with the dataset's name in updatedProperties.
 */
type Column = ComponentFramework.PropertyHelper.DataSetApi.Column;
type EntityRecord = ComponentFramework.PropertyHelper.DataSetApi.EntityRecord;
type SortStatus = ComponentFramework.PropertyHelper.DataSetApi.SortStatus;
type FilterExpression = ComponentFramework.PropertyHelper.DataSetApi.FilterExpression;
type RecordValue = ReturnType<EntityRecord["getValue"]> | null;

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
  /** Formatted values by column; a missing one falls back to the raw value as text. */
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

export interface MockDataset extends ComponentFramework.PropertyTypes.DataSet {
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
  /** Called whenever the host would run updateView because the dataset changed. */
  onChange?: () => void;
}

function formatValue(value: RecordValue): string {
  if (value === null || value === undefined) {
    return "";
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (typeof value === "object" && !Array.isArray(value) && "name" in value) {
    return String(value.name ?? "");
  }
  return String(value);
}

function makeColumn(spec: MockColumnSpec, index: number): Column {
  return {
    name: spec.name,
    displayName: spec.displayName ?? spec.name,
    dataType: spec.dataType ?? "SingleLine.Text",
    alias: spec.alias ?? spec.name,
    order: spec.order ?? index,
    visualSizeFactor: spec.visualSizeFactor ?? 100,
    isHidden: spec.isHidden,
    isPrimary: spec.isPrimary,
    disableSorting: spec.disableSorting,
  };
}

function makeRecord(spec: MockRecordSpec, entityName: string, primaryColumn: string | undefined): EntityRecord {
  return {
    getRecordId: () => spec.id,
    getValue: (column) => spec.values[column] as ReturnType<EntityRecord["getValue"]>,
    getFormattedValue: (column) => spec.formatted?.[column] ?? formatValue(spec.values[column] ?? null),
    getNamedReference: () => ({
      id: { guid: spec.id },
      etn: entityName,
      name: spec.name ?? (primaryColumn ? formatValue(spec.values[primaryColumn] ?? null) : ""),
    }),
  };
}

export function createDataset(spec: MockDatasetSpec): MockDataset {
  const entityName = spec.entityName ?? "";
  const primaryColumn = spec.columns.find((column) => column.isPrimary)?.name;
  let all = spec.records;
  let pageSize = spec.pageSize ?? 25;
  let loadedPages = 1;
  let filter: FilterExpression | undefined;
  let selected: string[] = [];

  const dataset = {} as MockDataset;
  const announce = (): void => {
    syncRecords();
    dataset.onChange?.();
  };
  const syncRecords = (): void => {
    const visible = all.slice(0, loadedPages * pageSize);
    dataset.records = Object.fromEntries(visible.map((record) => [record.id, makeRecord(record, entityName, primaryColumn)]));
    dataset.sortedRecordIds = visible.map((record) => record.id);
    dataset.paging.totalResultCount = spec.totalResultCount ?? all.length;
    dataset.paging.hasNextPage = visible.length < all.length;
    dataset.paging.hasPreviousPage = false;
    dataset.paging.pageSize = pageSize;
    dataset.paging.lastPageNumber = loadedPages;
  };

  Object.assign(dataset, {
    columns: spec.columns.map(makeColumn),
    loading: spec.loading ?? false,
    error: spec.error ?? false,
    errorMessage: spec.errorMessage ?? "",
    sorting: [...(spec.sorting ?? [])],
    records: {},
    sortedRecordIds: [],
    paging: {
      totalResultCount: 0,
      firstPageNumber: 1,
      lastPageNumber: 1,
      pageSize,
      hasNextPage: false,
      hasPreviousPage: false,
      loadNextPage: jest.fn(() => {
        if (loadedPages * pageSize < all.length) {
          loadedPages += 1;
        }
        announce();
      }),
      loadPreviousPage: jest.fn(() => announce()),
      reset: jest.fn(() => {
        loadedPages = 1;
        announce();
      }),
      setPageSize: jest.fn((size: number) => {
        pageSize = size;
        syncRecords();
      }),
      loadExactPage: jest.fn((page: number) => {
        loadedPages = Math.max(1, page);
        announce();
      }),
    },
    filtering: {
      getFilter: jest.fn(() => filter ?? { conditions: [], filterOperator: 0 }),
      setFilter: jest.fn((expression: FilterExpression) => {
        filter = expression;
      }),
      clearFilter: jest.fn(() => {
        filter = undefined;
      }),
    },
    linking: {
      getLinkedEntities: jest.fn(() => []),
      addLinkedEntity: jest.fn(),
    },
    refresh: jest.fn(() => {
      loadedPages = 1;
      announce();
    }),
    addColumn: jest.fn(),
    getTargetEntityType: () => entityName,
    getViewId: () => spec.viewId ?? "00000000-0000-0000-0000-000000000000",
    getTitle: () => spec.title ?? "",
    openDatasetItem: jest.fn(),
    getSelectedRecordIds: jest.fn(() => [...selected]),
    setSelectedRecordIds: jest.fn((ids: string[]) => {
      selected = [...ids];
    }),
    clearSelectedRecordIds: jest.fn(() => {
      selected = [];
    }),
    setRecords: (records: MockRecordSpec[]) => {
      all = records;
      announce();
    },
  });
  syncRecords();
  return dataset;
}
