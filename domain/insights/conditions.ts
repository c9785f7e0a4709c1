import { DeliveryNames as D } from "../tables/names";
import { filterNames, filterValues, type FilterName, type InsightFilters } from "./filters";
import type { InsightPeriod } from "./period";

/**
 * The conditions of every insight query, once, as data: the FetchXML aggregates and the flat
 * Web API reads render the same list, so both paths count the same rows. Only columns of
 * msdyn_proactive_delivery itself: elastic tables refuse filters on related tables.
 */
export type Comparison =
  | { column: string; operator: "ge" | "lt"; value: Date }
  | { column: string; operator: "eq"; value: string }
  | { column: string; operator: "null" };

/** Conditions that all hold; an inner list holds when any of its comparisons does. */
export type Condition = Comparison | { any: readonly Comparison[] };

export const filterColumns: Readonly<Record<FilterName, string>> = {
  queueIds: D.queueId,
  configurationIds: D.configId,
  dialModes: D.dialModeType,
  channels: D.channel,
};

/** Equal to one of the texts; the empty text tests for no value. */
export function anyOf(column: string, values: readonly string[]): Condition | undefined {
  const comparisons = filterValues(values).map((value): Comparison =>
    value === "" ? { column, operator: "null" } : { column, operator: "eq", value },
  );
  if (comparisons.length === 0) return undefined;
  return comparisons.length === 1 ? comparisons[0] : { any: comparisons };
}

/** The period on window start, then each filter that has values. */
export function insightConditions(period: InsightPeriod, filters: InsightFilters = {}): Condition[] {
  const conditions: Condition[] = [
    { column: D.windowStartDate, operator: "ge", value: period.start },
    { column: D.windowStartDate, operator: "lt", value: period.end },
  ];
  for (const name of filterNames) {
    const condition = anyOf(filterColumns[name], filters[name] ?? []);
    if (condition) conditions.push(condition);
  }
  return conditions;
}

/** Every column the conditions name. */
export function conditionColumns(conditions: readonly Condition[]): string[] {
  const columns = new Set<string>();
  for (const condition of conditions) {
    for (const comparison of "any" in condition ? condition.any : [condition]) columns.add(comparison.column);
  }
  return [...columns];
}
