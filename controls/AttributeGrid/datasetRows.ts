import type { RawAttribute } from "../../domain/attributes";
import { AttributeNames } from "../../domain/tables/names";

/** Property-set names from the manifest; the form binds each to a column. */
export const propertySets = { keyword: "keyword", value: "value", type: "type" } as const;

type DataSet = ComponentFramework.PropertyTypes.DataSet;

export interface ColumnNames {
  keyword: string;
  value: string;
  type: string;
}

/**
 * The dataset names each bound column by its logical name and carries the property-set
 * name as alias. A view without the binding still works on the table's own column names.
 */
export function columnNamesOf(dataset: DataSet): ColumnNames {
  const byAlias = (alias: string, fallback: string): string => {
    const column = dataset.columns.find((candidate) => candidate.alias === alias);
    return column ? column.name : fallback;
  };
  return {
    keyword: byAlias(propertySets.keyword, AttributeNames.keyword),
    value: byAlias(propertySets.value, AttributeNames.value),
    type: byAlias(propertySets.type, AttributeNames.type),
  };
}

/** Reads the loaded records in the dataset's own order, without interpreting them. */
export function readAttributes(dataset: DataSet): RawAttribute[] {
  const names = columnNamesOf(dataset);
  const rows: RawAttribute[] = [];
  for (const id of dataset.sortedRecordIds) {
    const record = dataset.records[id];
    if (!record) continue;
    rows.push({
      id,
      keyword: textOf(record.getValue(names.keyword)),
      value: textOf(record.getValue(names.value)),
      type: record.getValue(names.type),
    });
  }
  return rows;
}

function textOf(value: unknown): string | null {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- keyword and value are text columns: a host hands over a string (or a number), never an object
  return value === null || value === undefined ? null : String(value);
}
