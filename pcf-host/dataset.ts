/**
 * A dataset property as a model-driven subgrid serves it: records of the loaded page range
 * only, sortedRecordIds in order, paging that accumulates unless asked for one page, sorting
 * and filtering applied by the source on refresh, and every change announced through
 * onChange, which the lifecycle turns into an updateView naming the dataset. The platform
 * reports no reliable total beyond 5,000 rows, so neither does this.
 */
import { DatasetRecord, type RecordScope } from "./datasetRecord";
import type { DatasetSource, SourceRecord, SourceRequest } from "./datasetSource";
import { describedColumn } from "./subgridColumns";

type Column = ComponentFramework.PropertyHelper.DataSetApi.Column;
type EntityRecord = ComponentFramework.PropertyHelper.DataSetApi.EntityRecord;
type SortStatus = ComponentFramework.PropertyHelper.DataSetApi.SortStatus;
type FilterExpression = ComponentFramework.PropertyHelper.DataSetApi.FilterExpression;

export interface SubgridOptions {
  entityName: string;
  columns: Column[];
  sorting?: SortStatus[];
  source: DatasetSource;
  /** The subgrid's records per page, before the control sets its own. */
  pageSize: number;
  formatting: ComponentFramework.Formatting;
  title?: string;
  viewId?: string;
  /** A total the host reports instead of counting the rows (a test's "no reliable total"). */
  reportedTotal?: number;
  onOpen?(reference: ComponentFramework.EntityReference): void;
  /** Time the host takes to answer a page it already holds; without it pages move at once. */
  pageDelay?(): Promise<void>;
}

const maxPageSize = 5000;
const reliableTotalLimit = 5000;

export class SubgridDataset implements ComponentFramework.PropertyTypes.DataSet {
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
  /** The host runs updateView with this dataset's name. */
  onChange: (() => void) | undefined;

  private all: readonly SourceRecord[] = [];
  private first = 0;
  private end = 0;
  private pageSize: number;
  private filter: FilterExpression | undefined;
  private selected: string[] = [];
  private generation = 0;
  /** Records made so far for this load, by row position: a row keeps its record across pages. */
  private made: (EntityRecord | undefined)[] = [];
  private columnNames: Map<string, string> | undefined;
  /** The row range `records` holds, so a growing range only adds the new page's records. */
  private published: { first: number; end: number } | undefined;
  private readonly scope: RecordScope;

  constructor(private readonly options: SubgridOptions) {
    this.pageSize = options.pageSize;
    this.columns = options.columns;
    this.sorting = [...(options.sorting ?? [])];
    this.scope = {
      entityName: options.entityName,
      primaryColumn:
        options.columns.find((column) => column.isPrimary)?.name ?? options.source.table?.primaryNameAttribute,
      table: options.source.table,
      formatting: options.formatting,
      columnNameOf: (name) => this.columnNameOf(name),
    };
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
      // As on the platform, the size applies to the next page or refresh, not to the rows shown.
      setPageSize: (size: number) => {
        this.pageSize = Math.min(Math.max(1, Math.floor(size)), maxPageSize);
      },
    };
    const live = (get: () => number | boolean): PropertyDescriptor => ({ get, enumerable: true });
    this.paging = Object.defineProperties(methods, {
      totalResultCount: live(
        () => options.reportedTotal ?? (this.all.length > reliableTotalLimit ? -1 : this.all.length),
      ),
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
        throw new Error("These datasets have no linked entities: elastic tables allow no filters on related tables");
      },
    };
  }

  addColumn(name: string): void {
    if (this.columns.some((column) => column.name === name)) return;
    const table = this.options.source.table;
    const order = this.columns.length;
    this.columns.push(
      table
        ? describedColumn(table, name, order)
        : { name, displayName: name, dataType: "SingleLine.Text", alias: name, order, visualSizeFactor: 100 },
    );
    this.columnNames = undefined;
  }

  getTargetEntityType(): string {
    return this.options.entityName;
  }

  getTitle(): string {
    return this.options.title ?? "";
  }

  getViewId(): string {
    return this.options.viewId ?? "00000000-0000-0000-0000-000000000000";
  }

  openDatasetItem(reference: ComponentFramework.EntityReference): void {
    this.options.onOpen?.(reference);
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
        .map((sort) => ({ column: this.columnNameOf(sort.name), descending: sort.sortDirection === 1 })),
      filter: this.filter,
    };
    let answer: ReturnType<DatasetSource["load"]>;
    try {
      answer = this.options.source.load(request);
    } catch (error) {
      this.loaded([], error, pageSize);
      return;
    }
    if (!("then" in answer)) {
      this.loaded(answer, undefined, pageSize);
      return;
    }
    void answer.then(
      (records) => generation === this.generation && this.loaded(records, undefined, pageSize),
      (error: unknown) => generation === this.generation && this.loaded([], error, pageSize),
    );
  }

  private loaded(records: readonly SourceRecord[], failure: unknown, pageSize: number): void {
    this.all = records;
    this.published = undefined;
    this.made = [];
    this.first = 0;
    this.end = Math.min(records.length, pageSize);
    this.error = failure !== undefined;
    this.errorMessage = failure === undefined ? "" : failure instanceof Error ? failure.message : String(failure);
    this.publish();
  }

  private movePage(change: () => void): void {
    this.loading = true;
    const delay = this.options.pageDelay;
    if (!delay) {
      change();
      this.publish();
      return;
    }
    const generation = this.generation;
    void delay().then(() => {
      if (generation === this.generation) {
        change();
        this.publish();
      }
      return undefined;
    });
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
    this.onChange?.();
  }

  /** Property-set alias or column name → column name, worked out once per set of columns. */
  private columnNameOf(name: string): string {
    if (!this.columnNames) {
      this.columnNames = new Map(this.columns.map((column) => [column.name, column.name]));
      for (const column of this.columns) if (column.alias) this.columnNames.set(column.alias, column.name);
    }
    return this.columnNames.get(name) ?? name;
  }

  private recordAt(index: number): EntityRecord {
    return (this.made[index] ??= new DatasetRecord(this.all[index], this.scope));
  }
}
