import type { SortDirection } from "../../../domain/attributes";

/** Everything the user changes in the grid; the view model itself stays untouched. */
export interface GridState {
  filterText: string;
  direction: SortDirection;
  /** Group keys the user collapsed. */
  collapsed: ReadonlySet<string>;
  /** Row ids showing their full value or JSON detail. */
  expanded: ReadonlySet<string>;
}

export type GridAction =
  | { type: "filter"; text: string }
  | { type: "toggleSort" }
  | { type: "toggleGroup"; key: string }
  | { type: "toggleRow"; id: string };

export const initialGridState: GridState = {
  filterText: "",
  direction: "ascending",
  collapsed: new Set(),
  expanded: new Set(),
};

export function gridReducer(state: GridState, action: GridAction): GridState {
  const next = Object.assign({}, state);
  if (action.type === "filter") next.filterText = action.text;
  else if (action.type === "toggleSort") next.direction = state.direction === "ascending" ? "descending" : "ascending";
  else if (action.type === "toggleGroup") next.collapsed = toggled(state.collapsed, action.key);
  else next.expanded = toggled(state.expanded, action.id);
  return next;
}

function toggled(set: ReadonlySet<string>, value: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}
