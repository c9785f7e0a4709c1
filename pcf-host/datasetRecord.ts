/** One row of a dataset: values read on demand, the way the platform's records answer. */
import { formattedValueOf, rawValueOf, type TableDescription } from "./columns";
import type { SourceRecord } from "./datasetSource";

type EntityRecord = ComponentFramework.PropertyHelper.DataSetApi.EntityRecord;

/** What every record of one load shares, so a record holds no closures of its own. */
export interface RecordScope {
  entityName: string;
  primaryColumn: string | undefined;
  table: TableDescription | undefined;
  formatting: ComponentFramework.Formatting;
  /** Property-set alias or column name → column name. */
  columnNameOf(name: string): string;
}

export class DatasetRecord implements EntityRecord {
  constructor(
    private readonly source: SourceRecord,
    private readonly scope: RecordScope,
  ) {}

  getRecordId(): string {
    return this.source.id;
  }

  getValue(name: string): string {
    const columnName = this.scope.columnNameOf(name);
    const value = this.source.values[columnName];
    const column = this.scope.table?.columns.get(columnName);
    if (!column) return value as string;
    if (value === undefined || value === null) return null as unknown as string;
    if (column.kind === "lookup") {
      return {
        id: { guid: String(value) },
        name: this.source.formatted[columnName] ?? "",
        etn: column.target,
      } as unknown as string;
    }
    return rawValueOf(column, value) as string;
  }

  getFormattedValue(name: string): string {
    const columnName = this.scope.columnNameOf(name);
    const known = this.source.formatted[columnName];
    if (known !== undefined) return known;
    return formattedValueOf(
      this.scope.table?.columns.get(columnName),
      this.getValue(columnName),
      this.scope.formatting,
    );
  }

  getNamedReference(): ComponentFramework.EntityReference {
    const { source, scope } = this;
    const name = source.name ?? (scope.primaryColumn ? this.getFormattedValue(scope.primaryColumn) : "");
    return { id: { guid: source.id }, etn: scope.entityName, name } as ComponentFramework.EntityReference;
  }
}
