import type { TableDefinition } from "../../domain/tables";
import type { ViewCondition, ViewDefinition } from "../model";
import { el, leaf, type XmlElement } from "./node";
import { INTRODUCED_VERSION } from "../definitions/release";
import { localizedNames } from "./labels";

function conditionXml(c: ViewCondition): XmlElement {
  const values = c.operator === "in" || c.operator === "not-in" ? c.values.map((v) => el("value", {}, v)) : [];
  const value = c.operator === "eq" || c.operator === "ne" ? c.values[0] : undefined;
  return el("condition", { attribute: c.attribute, operator: c.operator, value }, values);
}

/**
 * The view's own filter as exports write one: a `<filter type="and">` holding its conditions and
 * one nested `<filter type="or">` per or-group; a view whose only filter is one or-group writes
 * that group as its filter. Every condition names a column of the view's table.
 */
function viewFilterXml(view: ViewDefinition): XmlElement | undefined {
  const conditions = view.conditions ?? [];
  const groups = view.orGroups ?? [];
  if (conditions.length === 0 && groups.length === 0) return undefined;
  if (conditions.length === 0 && groups.length === 1) return el("filter", { type: "or" }, groups[0].map(conditionXml));
  return el(
    "filter",
    { type: "and" },
    conditions.map(conditionXml),
    groups.map((g) => el("filter", { type: "or" }, g.map(conditionXml))),
  );
}

/** A flat FetchXML query on one table: elastic tables allow no link-entity filters. */
export function fetchXml(view: ViewDefinition, table: TableDefinition): XmlElement {
  const attributes = [...new Set([...view.columns.map((c) => c.name), table.primaryIdAttribute])];
  const filters: XmlElement[] = [];
  const own = viewFilterXml(view);
  if (own) filters.push(own);
  if (view.findColumns?.length) {
    filters.push(
      el(
        "filter",
        { type: "or", isquickfindfields: 1 },
        view.findColumns.map((c) => el("condition", { attribute: c, operator: "like", value: "{0}" })),
      ),
    );
  }
  return el(
    "fetch",
    { version: "1.0", mapping: "logical" },
    el(
      "entity",
      { name: table.logicalName },
      attributes.map((a) => el("attribute", { name: a })),
      view.orderBy.map((o) => el("order", { attribute: o.attribute, descending: o.descending })),
      filters,
    ),
  );
}

export function layoutXml(view: ViewDefinition, table: TableDefinition): XmlElement {
  return el(
    "grid",
    { name: "resultset", jump: table.primaryNameAttribute, select: 1, icon: 1, preview: 1 },
    el(
      "row",
      { name: "result", id: table.primaryIdAttribute },
      view.columns.map((c) => el("cell", { name: c.name, width: c.width })),
    ),
  );
}

export function savedQueryXml(view: ViewDefinition, table: TableDefinition): XmlElement {
  return el(
    "savedquery",
    {},
    leaf("IsCustomizable", 1),
    leaf("CanBeDeleted", (view.canBeDeleted ?? view.queryType === 0) ? 1 : 0),
    leaf("isquickfindquery", view.queryType === 4 ? 1 : 0),
    leaf("isprivate", 0),
    leaf("isdefault", view.isDefault ? 1 : 0),
    leaf("savedqueryid", view.id),
    el("layoutxml", {}, layoutXml(view, table)),
    leaf("querytype", view.queryType),
    el("fetchxml", {}, fetchXml(view, table)),
    leaf("IntroducedVersion", INTRODUCED_VERSION),
    localizedNames(view.name),
  );
}

export function savedQueriesXml(views: ViewDefinition[], table: TableDefinition): XmlElement {
  return el(
    "savedqueries",
    {},
    views.map((v) => savedQueryXml(v, table)),
  );
}
