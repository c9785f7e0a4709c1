import { DOMParser, type Element } from "@xmldom/xmldom";
import { odataString } from "../../../domain/deliveries/query";

/**
 * A small model of what Dataverse does with the insight queries, for tests only: it runs a
 * generated FetchXML aggregate (count grouped by one column, and/or filters of ge, lt, eq,
 * null conditions) over Web API records, and parses a generated $filter back into a
 * predicate, so a test can check the queries by what they count rather than by their text.
 * Text compares exactly, as on the elastic tables.
 */
export type Record_ = Readonly<Record<string, unknown>>;

function elements(container: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let node = container.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).tagName === name) found.push(node as Element);
  }
  return found;
}

function childElements(container: Element): Element[] {
  const found: Element[] = [];
  for (let node = container.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 1) found.push(node as Element);
  return found;
}

const timeOf = (value: unknown): number => (typeof value === "string" ? Date.parse(value) : Number.NaN);

function conditionHolds(condition: Element, record: Record_): boolean {
  const column = condition.getAttribute("attribute")!;
  const operator = condition.getAttribute("operator");
  const value = condition.getAttribute("value") ?? "";
  const stored = record[column];
  switch (operator) {
    case "null":
      return stored === null || stored === undefined;
    case "eq":
      return stored === value;
    case "ge":
      return timeOf(stored) >= Date.parse(value);
    case "lt":
      return timeOf(stored) < Date.parse(value);
    default:
      throw new Error(`operator ${operator} is not modelled`);
  }
}

function filterHolds(filter: Element, record: Record_): boolean {
  const parts = childElements(filter).map((child) =>
    child.tagName === "filter" ? filterHolds(child, record) : conditionHolds(child, record),
  );
  return filter.getAttribute("type") === "or" ? parts.some(Boolean) : parts.every(Boolean);
}

export interface ParsedAggregate {
  entity: string;
  groupColumn: string;
  valueAlias: string;
  countAlias: string;
  /** Every column named anywhere. */
  columns: string[];
  root: Element;
}

export function parseAggregate(fetchXml: string): ParsedAggregate {
  const root = new DOMParser().parseFromString(fetchXml, "text/xml").documentElement!;
  if (root.getAttribute("aggregate") !== "true") throw new Error("not an aggregate");
  const [entity] = elements(root, "entity");
  const attributes = elements(entity, "attribute");
  const group = attributes.filter((attribute) => attribute.getAttribute("groupby") === "true");
  const counts = attributes.filter((attribute) => attribute.getAttribute("aggregate") === "count");
  if (group.length !== 1 || counts.length !== 1 || attributes.length !== 2) throw new Error("not count by one column");
  const columns = new Set<string>(attributes.map((attribute) => attribute.getAttribute("name")!));
  const walk = (element: Element): void => {
    for (const child of childElements(element)) {
      if (child.tagName === "condition") columns.add(child.getAttribute("attribute")!);
      walk(child);
    }
  };
  walk(entity);
  return {
    entity: entity.getAttribute("name")!,
    groupColumn: group[0].getAttribute("name")!,
    valueAlias: group[0].getAttribute("alias")!,
    countAlias: counts[0].getAttribute("alias")!,
    columns: [...columns],
    root,
  };
}

/** The answer Dataverse gives: one record per distinct value (the empty group without the value property). */
export function runAggregate(fetchXml: string, records: readonly Record_[]): Record<string, unknown>[] {
  const parsed = parseAggregate(fetchXml);
  const [entity] = elements(parsed.root, "entity");
  const filters = elements(entity, "filter");
  const groups = new Map<string | null, number>();
  for (const record of records) {
    if (!filters.every((filter) => filterHolds(filter, record))) continue;
    const raw = record[parsed.groupColumn];
    const value = typeof raw === "string" ? raw : null;
    groups.set(value, (groups.get(value) ?? 0) + 1);
  }
  return [...groups].map(([value, count]) =>
    value === null ? { [parsed.countAlias]: count } : { [parsed.valueAlias]: value, [parsed.countAlias]: count },
  );
}

/** Splits "?a=1&b=2" into its options (values keep any "=" inside). */
export function queryOptions(options: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of options.replace(/^\?/, "").split("&")) {
    const at = part.indexOf("=");
    map.set(part.slice(0, at), part.slice(at + 1));
  }
  return map;
}

/** Column names a $filter names: quoted texts, dates, GUIDs, operators and null removed. */
export function filterColumnNames(filter: string): string[] {
  const words =
    filter
      .replace(/'(?:[^']|'')*'/g, " ")
      .replace(/\b\d{4}-\d{2}-\d{2}T[\d:.]+Z\b/g, " ")
      .replace(/\b[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b/gi, " ")
      .match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  return [...new Set(words.filter((word) => !["eq", "ge", "lt", "and", "or", "null"].includes(word)))];
}

/**
 * The insight $filter as a predicate: "a and b and (c or d)" of `col op literal`, the only
 * shape odataFilter writes. Anything else throws, so a change of shape is noticed.
 */
export function filterPredicate(filter: string): (record: Record_) => boolean {
  const comparison = /^([a-z_]+) (eq|ge|lt) (null|'(?:[^']|'')*'|\d{4}-\d{2}-\d{2}T[\d:.]+Z)$/;
  const test = (text: string): ((record: Record_) => boolean) => {
    const match = comparison.exec(text);
    if (!match) throw new Error(`not an insight comparison: ${text}`);
    const [, column, operator, literal] = match;
    if (literal === "null") return (record) => record[column] === null || record[column] === undefined;
    if (literal.startsWith("'")) {
      const value = literal.slice(1, -1).replace(/''/g, "'");
      if (odataString(value) !== literal) throw new Error(`bad literal ${literal}`);
      return (record) => record[column] === value;
    }
    const time = Date.parse(literal);
    return operator === "ge" ? (record) => timeOf(record[column]) >= time : (record) => timeOf(record[column]) < time;
  };
  const parts = splitOutside(filter, " and ");
  const predicates = parts.map((part) => {
    if (!part.startsWith("(")) return test(part);
    const alternatives = splitOutside(part.slice(1, -1), " or ").map(test);
    return (record: Record_) => alternatives.some((alternative) => alternative(record));
  });
  return (record) => predicates.every((predicate) => predicate(record));
}

/** Splits on a separator that stands outside quotes and parentheses. */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === "'") quoted = !quoted;
    if (quoted) continue;
    if (char === "(") depth += 1;
    if (char === ")") depth -= 1;
    if (depth === 0 && text.startsWith(separator, index)) {
      parts.push(text.slice(start, index));
      start = index + separator.length;
      index += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
