import { odataString } from "../deliveries/query";
import type { Comparison, Condition } from "./conditions";

/** OData $filter text for the insight conditions, the same list the FetchXML renders. */
function comparisonFilter(comparison: Comparison): string {
  switch (comparison.operator) {
    case "null":
      return `${comparison.column} eq null`;
    case "eq":
      return `${comparison.column} eq ${odataString(comparison.value)}`;
    case "ge":
    case "lt":
      // A DateTimeOffset literal is unquoted in OData; toISOString always ends in Z (UTC).
      return `${comparison.column} ${comparison.operator} ${comparison.value.toISOString()}`;
  }
}

export function odataFilter(conditions: readonly Condition[]): string {
  return conditions
    .map((condition) =>
      "any" in condition ? `(${condition.any.map(comparisonFilter).join(" or ")})` : comparisonFilter(condition),
    )
    .join(" and ");
}
