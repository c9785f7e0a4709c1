import type * as React from "react";
import type { AttributeRow } from "../../../domain/attributes";
import type { GridAction } from "./gridState";
import type { AttributeListStrings } from "./attributeListStrings";
import type { DateFormatter } from "./dateFormatter";

/**
 * What every row and group header of one grid shares. It is one object, memoized by the grid,
 * so a row re-renders only when its own item, position, Tab stop or expansion changes.
 */
export interface RowContext {
  strings: AttributeListStrings;
  formatDate: DateFormatter;
  /** Id of the rows' rowgroup, which a group's toggle shows and hides rows in. */
  bodyId: string;
  dispatch: React.Dispatch<GridAction>;
  onCopy: (row: AttributeRow) => void;
  /** An expanded row reports its rendered height: the list places the rows below it by that. */
  onMeasure: (id: string, height: number) => void;
}
