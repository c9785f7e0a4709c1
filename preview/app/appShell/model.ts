/**
 * What the app shell shows for an address: which area and subarea are current, the views the
 * subarea's list offers and the one chosen, and the rows that view returns on the sample data,
 * filtered and ordered by the solution's own evaluator (rowsOfView in
 * solution/definitions/viewQuery.ts). Pure (no React, no DOM), so the Jest tests check it.
 */
import { ContactNames as C, describedTable } from "../../../domain/tables";
import { rowsOfView } from "../../../solution/definitions/viewQuery";
import type { ViewDefinition } from "../../../solution/model";
import type { Row } from "../../data/types";
import type { PreviewState } from "../urlState";
import type { EmbeddedAppShell, ShellArea, ShellGroup, ShellSubarea } from "./embedded";

/**
 * The platform's own contact views (Active Contacts ...) are the platform's, not the solution's,
 * so the preview has no definition of them. Its contacts list is this stand-in: every sample
 * contact by full name. It says so on the page.
 */
export const contactsStandInView: ViewDefinition = {
  id: "preview:contacts",
  table: C.table,
  name: "Contacts (the preview's stand-in for the platform's contact views)",
  queryType: 0,
  isDefault: false,
  columns: [
    { name: C.fullName, width: 200 },
    { name: C.email, width: 220 },
    { name: C.businessPhone, width: 150 },
    { name: C.mobilePhone, width: 150 },
  ],
  orderBy: [{ attribute: C.fullName, descending: false }],
};

const standInViews: Readonly<Record<string, ViewDefinition>> = { [C.table]: contactsStandInView };

export interface ShellSelection {
  area: ShellArea;
  group: ShellGroup;
  subarea: ShellSubarea;
  /** The views the list offers: the subarea's, or the preview's stand-in for a platform table. */
  views: readonly ViewDefinition[];
  view: ViewDefinition | undefined;
  /** The list shows the preview's stand-in, not a view of the solution. */
  standIn: boolean;
}

/** View ids compare as GUIDs: braces and case aside. */
export const sameId = (a: string, b: string): boolean =>
  a.replace(/[{}]/g, "").toLowerCase() === b.replace(/[{}]/g, "").toLowerCase();

function subareasOf(shell: EmbeddedAppShell): { area: ShellArea; group: ShellGroup; subarea: ShellSubarea }[] {
  return shell.areas.flatMap((area) =>
    area.groups.flatMap((group) => group.subareas.map((subarea) => ({ area, group, subarea }))),
  );
}

/**
 * The current place for an address: the subarea it names, else the first one of the area it
 * names, else the first (where the app opens); the view it names when the subarea
 * offers it, else the subarea's default, else its first.
 */
export function selectionOf(
  shell: EmbeddedAppShell,
  state: Pick<PreviewState, "area" | "subarea" | "view">,
): ShellSelection | undefined {
  const all = subareasOf(shell);
  const place =
    (state.subarea !== undefined ? all.find((entry) => entry.subarea.id === state.subarea) : undefined) ??
    (state.area !== undefined ? all.find((entry) => entry.area.id === state.area) : undefined) ??
    all[0];
  if (!place) return undefined;
  const { subarea } = place;
  const own = subarea.viewIds.flatMap((id) => shell.views.filter((view) => sameId(view.id, id)));
  const standIn = own.length === 0 && subarea.table !== undefined ? standInViews[subarea.table] : undefined;
  const views = standIn ? [standIn] : own;
  const view =
    (state.view !== undefined ? views.find((candidate) => sameId(candidate.id, state.view as string)) : undefined) ??
    (subarea.defaultViewId !== undefined
      ? views.find((candidate) => sameId(candidate.id, subarea.defaultViewId as string))
      : undefined) ??
    views[0];
  return { ...place, views, view, standIn: standIn !== undefined };
}

/**
 * The rows a view returns, in its order, by the solution's evaluator: text compares exactly on
 * Contact Center's elastic tables and ignoring case on standard ones (contact), as Dataverse does.
 */
export function rowsOfList(view: ViewDefinition, rows: readonly Row[]): Row[] {
  const elastic = describedTable(view.table)?.elastic === true;
  return rowsOfView(view, rows, { textComparison: elastic ? "exact" : "ignoreCase" });
}

/** The shell's address for a place: a subarea's list (a view, a page of it), or a row's form in it. */
export function shellState(
  place: { area?: string; subarea?: string; view?: string; list?: number; record?: string },
  current: PreviewState,
): PreviewState {
  return {
    ...current,
    page: "app",
    area: place.area,
    subarea: place.subarea,
    view: place.view,
    list: place.list !== undefined && place.list > 1 ? place.list : undefined,
    record: place.record ?? "",
  };
}

/** The subarea that lists a table (the first in site map order), for opening that table's rows. */
export function subareaOfTable(
  shell: EmbeddedAppShell,
  table: string,
): { area: ShellArea; subarea: ShellSubarea } | undefined {
  return subareasOf(shell).find((entry) => entry.subarea.table === table);
}

const operatorWords: Readonly<Record<string, string>> = {
  eq: "is",
  ne: "is not",
  in: "is one of",
  "not-in": "is none of",
  null: "is empty",
  "not-null": "has a value",
};

/**
 * The view's filter and ordering in words, for the page: "Status is one of Pending, InProcess",
 * "any of: …" for an or-group, then the ordering. Words only: what the rows are is rowsOfList's.
 */
export function describeView(
  view: ViewDefinition,
  label: (column: string) => string,
  valueText: (column: string, value: string) => string = (_column, value) => value,
): { filter: string; order: string } {
  const condition = (entry: NonNullable<ViewDefinition["conditions"]>[number]): string => {
    const values = entry.values.map((value) => valueText(entry.attribute, value)).join(", ");
    return `${label(entry.attribute)} ${operatorWords[entry.operator] ?? entry.operator}${values ? ` ${values}` : ""}`;
  };
  const parts = [
    ...(view.conditions ?? []).map(condition),
    ...(view.orGroups ?? []).map((group) => `any of: ${group.map(condition).join("; ")}`),
  ];
  return {
    filter: parts.length > 0 ? parts.join(" and ") : "every row",
    order: view.orderBy
      .map((order) => `${label(order.attribute)}, ${order.descending ? "descending" : "ascending"}`)
      .join(", then "),
  };
}
