import { insightConditions, type Comparison, type Condition } from "../conditions";
import type { InsightFilters } from "../filters";
import type { InsightPeriod } from "../period";
import type { SqlDialect } from "./dialect";

/**
 * Which deliveries the views cover. The file shipped beside the zips covers every row of the
 * table (no scope); a scope renders the same conditions the FetchXML aggregates and the flat
 * Web API reads use (domain/insights/conditions.ts): the period on window start, half open,
 * and each filter as exact text (an empty text meaning no value). The tests use it to check
 * the views against the client's figures for a period.
 */
export interface InsightScope {
  period: InsightPeriod;
  filters?: InsightFilters;
}

function comparison(d: SqlDialect, alias: string, entry: Comparison): string {
  const column = `${alias}.${entry.column}`;
  switch (entry.operator) {
    case "ge":
      return `${column} >= ${d.instant(entry.value)}`;
    case "lt":
      return `${column} < ${d.instant(entry.value)}`;
    case "eq":
      return `${column} = ${d.text(entry.value)}`;
    case "null":
      return `${column} IS NULL`;
  }
}

function condition(d: SqlDialect, alias: string, entry: Condition): string {
  if ("any" in entry) return entry.any.map((item) => comparison(d, alias, item)).join(" OR ");
  return comparison(d, alias, entry);
}

/** The WHERE conditions (all must hold) for the table under `alias`; none without a scope. */
export function scopeConditions(d: SqlDialect, alias: string, scope: InsightScope | undefined): string[] {
  if (!scope) return [];
  return insightConditions(scope.period, scope.filters).map((entry) => condition(d, alias, entry));
}
