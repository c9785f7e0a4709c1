import * as React from "react";

/**
 * Which rows show their full value or JSON detail. The state lives above the virtualized
 * list (rows unmount when scrolled away) and reaches the cells through context, because the
 * list's memoized rows would not re-render for a prop that only the cells read.
 */
export interface Expansion {
  isExpanded(id: string): boolean;
  toggle(id: string): void;
}

export const ExpansionContext = React.createContext<Expansion>({
  isExpanded: () => false,
  toggle: () => undefined,
});
