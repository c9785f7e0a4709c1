/** @jsx h */
import type * as React from "react";
import type { SortDirection } from "../../domain/attributes";
import { h } from "./jsx";
import type { RowContext } from "./rowContext";

/**
 * The header row (row 1 of the grid); it stays in view while the rows scroll. The keyword
 * column sorts; AttributeGrid.css draws the arrow from aria-sort.
 */
export function ColumnHeaders({ direction, context }: { direction: SortDirection; context: RowContext }): React.ReactElement {
  const strings = context.strings;
  return (
    <div role="row" aria-rowindex={1} className="pdx-ag-head">
      <div role="columnheader" aria-sort={direction} className="pdx-ag-kw">
        <button type="button" onClick={() => context.dispatch({ type: "toggleSort" })}>
          {strings.get("Column_Keyword")}
        </button>
      </div>
      <div role="columnheader" className="pdx-ag-val">
        {strings.get("Column_Value")}
      </div>
      <div role="columnheader" className="pdx-ag-act">
        {strings.get("Column_Actions")}
      </div>
    </div>
  );
}
