/**
 * A dataset property as a model-driven subgrid serves it: the view's columns (those bound to
 * a property-set carry its name as alias), records of the loaded page range only,
 * sortedRecordIds in order, paging that accumulates unless asked for one page, sorting and
 * filtering applied on refresh, and every change announced through a new updateView. The
 * platform reports no reliable total beyond 5,000 rows, so neither does this.
 */
import type { StoreTable } from "../data/schema";
import type { DatasetSource, SourceRecord, SourceRequest } from "./datasetSource";
import { formattedValueOf, rawValueOf } from "./properties";

type Column = ComponentFramework.PropertyHelper.DataSetApi.Column;
type EntityRecord = ComponentFramework.PropertyHelper.DataSetApi.EntityRecord;
type SortStatus = ComponentFramework.PropertyHelper.DataSetApi.SortStatus;
type FilterExpression = ComponentFramework.PropertyHelper.DataSetApi.FilterExpression;

export interface DatasetView {
  columns: readonly { name: string; width: number }[];
  orderBy: readonly { attribute: string; descending: boolean }[];
}

export interface DatasetOptions {
  /** Manifest data-set name: what updatedProperties lists when the dataset changes. */
  name: string;
  /** Property-set name → column bound to it. */
  propertySets: Readonly<Record<string, string>>;
  view: DatasetView;
  /** The subgrid's records per page, before the control sets its own. */
  pageSize: number;
  source: DatasetSource;
  formatting: ComponentFramework.Formatting;
  title: string;
  viewId: string;
  /** The host runs updateView with this dataset's name. */
  onChange(): void;
  onOpen(reference: ComponentFramework.EntityReference): void;
  /** Time the host takes to answer a page request it already has the rows for. */
  pageDelay(): Promise<void>;
}

const maxPageSize = 5000;
const reliableTotalLimit = 5000;

function dataTypeOf(kind: string): string {
  switch (kind) {
    case "datetime":
      return "DateAndTime.DateAndTime";
    case "choice":
      return "OptionSet";
    case "integer":
      return "Whole.None";
    case "lookup":
      return "Lookup.Simple";
    default:
      return "SingleLine.Text";
  }
}

export class PreviewDataset {
  columns: Column[];
  error = false;
  errorMessage = "";
  loading = true;
  records: Record<string, EntityRecord> = {};
  sortedRecordIds: string[] = [];
  sorting: SortStatus[];
  paging: ComponentFramework.PropertyHelper.DataSetApi.Paging;
  filtering: ComponentFramework.PropertyHelper.DataSetApi.Filtering;
  linking: ComponentFramework.PropertyHelper.DataSetApi.Linking;

  private all: SourceRecord[] = [];
  private first = 0;
  private end = 0;
  private pageSize: number;
  private filter: FilterExpression | undefined;
  private selected: string[] = [];
  private generation = 0;
  private readonly table: StoreTable;
  /** Records made so far for this load, by row position: a row keeps its record across pages. */
  private made: (EntityRecord | undefined)[] = [];
  private columnNames: Map<string, string> | undefined;
  /** The row range `records` holds, so a growing range only adds the new page's records. */
  private published: { first: number; end: number } | undefined;

  constructor(private readonly options: DatasetOptions) {
    this.table = options.source.table;
    this.pageSize = options.pageSize;
    const aliasOf = new Map(Object.entries(options.propertySets).map(([alias, column]) => [column, alias]));
    const viewColumns = [...options.view.columns.map((column) => column.name), ...Object.values(options.propertySets)];
    this.columns = [...new Set(viewColumns)].map((name, order) => {
      const column = this.table.columns.get(name);
      if (!column) throw new Error(`Dataset ${options.name}: ${this.table.logicalName} has no column ${name}`);
      return {
        name,
        displayName: column.displayName,
        dataType: dataTypeOf(column.kind),
        alias: aliasOf.get(name) ?? name,
        order,
        visualSizeFactor: options.view.columns.find((candidate) => candidate.name === name)?.width ?? 100,
        isPrimary: name === this.table.primaryNameAttribute,
        isHidden: !options.view.columns.some((candidate) => candidate.name === name),
      };
    });
    this.sorting = options.view.orderBy.map((item) => ({ name: item.attribute, sortDirection: item.descending ? 1 : 0 }));
    const methods = {
      loadNextPage: (onlyNewPage?: boolean) =>
        this.movePage(() => {
          const start = this.end;
          this.end = Math.min(this.all.length, this.end + this.pageSize);
          if (onlyNewPage) this.first = start;
        }),
      loadPreviousPage: (onlyNewPage?: boolean) =>
        this.movePage(() => {
          const end = this.first;
          this.first = Math.max(0, this.first - this.pageSize);
          if (onlyNewPage) this.end = end;
        }),
      loadExactPage: (page: number) =>
        this.movePage(() => {
          this.first = Math.min(Math.max(0, (page - 1) * this.pageSize), this.all.length);
          this.end = Math.min(this.all.length, this.first + this.pageSize);
        }),
      reset: () => this.refresh(),
      setPageSize: (size: number) => {
        this.pageSize = Math.min(Math.max(1, Math.floor(size)), maxPageSize);
      },
    };
    const live = (get: () => number | boolean): PropertyDescriptor => ({ get, enumerable: true });
    this.paging = Object.defineProperties(methods, {
      totalResultCount: live(() => (this.all.length > reliableTotalLimit ? -1 : this.all.length)),
      firstPageNumber: live(() => Math.floor(this.first / this.pageSize) + 1),
      lastPageNumber: live(() => Math.max(1, Math.ceil(this.end / this.pageSize))),
      pageSize: live(() => this.pageSize),
      hasNextPage: live(() => this.end < this.all.length),
      hasPreviousPage: live(() => this.first > 0),
    }) as ComponentFramework.PropertyHelper.DataSetApi.Paging;
    this.filtering = {
      getFilter: () => this.filter ?? { conditions: [], filterOperator: 0 },
      setFilter: (expression: FilterExpression) => {
        this.filter = expression;
      },
      clearFilter: () => {
        this.filter = undefined;
      },
    };
    this.linking = {
      getLinkedEntities: () => [],
      addLinkedEntity: () => {
        throw new Error("The preview's datasets have no linked entities: elastic tables allow no filters on related tables");
      },
    };
  }

  addColumn(name: string): void {
    if (!this.columns.some((column) => column.name === name)) {
      const column = this.table.columns.get(name);
      if (!column) throw new Error(`${this.table.logicalName} has no column ${name}`);
      this.columns.push({ name, displayName: column.displayName, dataType: dataTypeOf(column.kind), alias: name, order: this.columns.length, visualSizeFactor: 100 });
      this.columnNames = undefined;
    }
  }

  getTargetEntityType(): string {
    return this.table.logicalName;
  }

  getTitle(): string {
    return this.options.title;
  }

  getViewId(): string {
    return this.options.viewId;
  }

  openDatasetItem(reference: ComponentFramework.EntityReference): void {
    this.options.onOpen(reference);
  }

  getSelectedRecordIds(): string[] {
    return [...this.selected];
  }

  setSelectedRecordIds(ids: string[]): void {
    this.selected = [...ids];
  }

  clearSelectedRecordIds(): void {
    this.selected = [];
  }

  /** Queries the source again (sorting and filter as they are now) and shows page 1. */
  refresh(): void {
    this.generation += 1;
    const generation = this.generation;
    const pageSize = this.pageSize;
    this.loading = true;
    const request: SourceRequest = {
      columns: this.columns.map((column) => column.name),
      orderBy: this.sorting
        .filter((sort) => sort.sortDirection === 0 || sort.sortDirection === 1)
        .map((sort) => ({ column: this.columns.find((column) => column.name === sort.name || column.alias === sort.name)?.name ?? sort.name, descending: sort.sortDirection === 1 })),
      filter: this.filter,
    };
    void this.load(request, pageSize, generation);
  }

  private async load(request: SourceRequest, pageSize: number, generation: number): Promise<void> {
    let records: SourceRecord[] = [];
    let failure: string | undefined;
    try {
      records = await this.options.source.load(request);
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    if (generation !== this.generation) return;
    this.all = records;
    this.published = undefined;
    this.made = [];
    this.first = 0;
    this.end = Math.min(records.length, pageSize);
    this.error = failure !== undefined;
    this.errorMessage = failure ?? "";
    this.publish();
  }

  private movePage(change: () => void): void {
    const generation = this.generation;
    this.loading = true;
    void this.afterPageDelay(change, generation);
  }

  private async afterPageDelay(change: () => void, generation: number): Promise<void> {
    await this.options.pageDelay();
    if (generation !== this.generation) return;
    change();
    this.publish();
  }

  private publish(): void {
    this.loading = false;
    const { first, end } = this;
    this.sortedRecordIds = this.all.slice(first, end).map((record) => record.id);
    // A page added to the ones shown (loadNextPage without onlyNewPage) adds its records to the
    // object already handed out, as the pages arrive; any other range starts a new object. A
    // fresh object of 10,000 GUID keys per page would cost the host 10–15 ms a page, which the
    // benchmark would count as the control's.
    const shown = this.published;
    const from = shown && shown.first === first && shown.end <= end ? shown.end : first;
    const records = from > first ? this.records : {};
    for (let index = from; index < end; index += 1) {
      records[this.all[index].id] = this.recordAt(index);
    }
    this.records = records;
    this.published = { first, end };
    this.options.onChange();
  }

  /** One function for every record, not a closure each. */
  private readonly nameOfColumn = (name: string): string => this.columnNameOf(name);

  /** Property-set alias or column name → column name, worked out once per set of columns. */
  private columnNameOf(name: string): string {
    if (!this.columnNames) {
      this.columnNames = new Map(this.columns.map((column) => [column.name, column.name]));
      for (const column of this.columns) if (column.alias) this.columnNames.set(column.alias, column.name);
    }
    return this.columnNames.get(name) ?? name;
  }

  private recordAt(index: number): EntityRecord {
    return (this.made[index] ??= new PreviewRecord(this.all[index], this.table, this.options.formatting, this.nameOfColumn));
  }
}

/** One row of a dataset: values read on demand, the way the platform's records answer. */
class PreviewRecord implements EntityRecord {
  constructor(
    private readonly source: SourceRecord,
    private readonly table: StoreTable,
    private readonly formatting: ComponentFramework.Formatting,
    private readonly columnNameOf: (name: string) => string,
  ) {}

  getRecordId(): string {
    return this.source.id;
  }

  getValue(name: string): string {
    const columnName = this.columnNameOf(name);
    const column = this.table.columns.get(columnName);
    const value = this.source.values[columnName];
    if (!column || value === undefined || value === null) return null as unknown as string;
    if (column.kind === "lookup") {
      return { id: { guid: String(value) }, name: this.source.formatted[columnName] ?? "", etn: column.target } as unknown as string;
    }
    return rawValueOf(column, value) as string;
  }

  getFormattedValue(name: string): string {
    const columnName = this.columnNameOf(name);
    const known = this.source.formatted[columnName];
    if (known !== undefined) return known;
    const column = this.table.columns.get(columnName);
    return column ? formattedValueOf(column, rawValueOf(column, this.source.values[columnName]), this.formatting) : "";
  }

  getNamedReference(): ComponentFramework.EntityReference {
    const { source, table } = this;
    return { id: { guid: source.id }, name: String(source.values[table.primaryNameAttribute] ?? ""), etn: table.logicalName } as ComponentFramework.EntityReference;
  }
}
