/**
 * The columns a subgrid hands its control: the view's columns in order, then any column bound
 * to a property-set that the view lacks (hidden); a bound column carries its property-set's
 * name as alias.
 */
import { dataTypeOf, type TableDescription } from "./columns";

type Column = ComponentFramework.PropertyHelper.DataSetApi.Column;

export interface DatasetView {
  columns: readonly { name: string; width: number }[];
  orderBy: readonly { attribute: string; descending: boolean }[];
}

export function describedColumn(table: TableDescription, name: string, order: number): Column {
  const column = table.columns.get(name);
  if (!column) throw new Error(`${table.logicalName} has no column ${name}`);
  return {
    name,
    displayName: column.displayName,
    dataType: dataTypeOf(column.kind),
    alias: name,
    order,
    visualSizeFactor: 100,
  };
}

export function subgridColumns(
  table: TableDescription,
  view: DatasetView,
  propertySets: Readonly<Record<string, string>>,
): Column[] {
  const aliasOf = new Map(Object.entries(propertySets).map(([alias, column]) => [column, alias]));
  const names = [...new Set([...view.columns.map((column) => column.name), ...Object.values(propertySets)])];
  return names.map((name, order) => {
    const inView = view.columns.find((candidate) => candidate.name === name);
    return {
      ...describedColumn(table, name, order),
      alias: aliasOf.get(name) ?? name,
      visualSizeFactor: inView?.width ?? 100,
      isPrimary: name === table.primaryNameAttribute,
      isHidden: !inView,
    };
  });
}

export function viewSorting(view: DatasetView): ComponentFramework.PropertyHelper.DataSetApi.SortStatus[] {
  return view.orderBy.map((item) => ({ name: item.attribute, sortDirection: item.descending ? 1 : 0 }));
}
