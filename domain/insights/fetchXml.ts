import type { Comparison, Condition } from "./conditions";

/**
 * FetchXML text for the insight conditions. Written on one line without indentation: it
 * travels in the URL (`?fetchXml=`), where every byte counts.
 */
export function xmlAttribute(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function comparisonXml(comparison: Comparison): string {
  const attribute = `attribute="${xmlAttribute(comparison.column)}"`;
  switch (comparison.operator) {
    case "null":
      return `<condition ${attribute} operator="null"/>`;
    case "eq":
      return `<condition ${attribute} operator="eq" value="${xmlAttribute(comparison.value)}"/>`;
    case "ge":
    case "lt":
      // Time zone independent columns hold UTC instants; the ISO text says so with its Z.
      return `<condition ${attribute} operator="${comparison.operator}" value="${comparison.value.toISOString()}"/>`;
  }
}

export function conditionsXml(conditions: readonly Condition[]): string {
  if (conditions.length === 0) return "";
  const parts = conditions.map((condition) =>
    "any" in condition
      ? `<filter type="or">${condition.any.map(comparisonXml).join("")}</filter>`
      : comparisonXml(condition),
  );
  return `<filter type="and">${parts.join("")}</filter>`;
}

/** The aliases of an aggregate's two result columns: the grouped value and its count. */
export const aggregateAliases = { value: "groupvalue", count: "groupcount" } as const;

/**
 * A plain aggregate: the number of rows grouped by ONE column, with no order, no link-entity
 * and no date grouping, the shape data-model.md says elastic tables do not refuse. Counting
 * the primary key (`count`) counts rows; rows whose grouped column is empty come back as one
 * group without the value.
 */
export function countByColumnFetchXml(
  entity: string,
  primaryKey: string,
  groupColumn: string,
  conditions: readonly Condition[],
): string {
  return (
    `<fetch aggregate="true"><entity name="${xmlAttribute(entity)}">` +
    `<attribute name="${xmlAttribute(groupColumn)}" alias="${aggregateAliases.value}" groupby="true"/>` +
    `<attribute name="${xmlAttribute(primaryKey)}" alias="${aggregateAliases.count}" aggregate="count"/>` +
    conditionsXml(conditions) +
    `</entity></fetch>`
  );
}
