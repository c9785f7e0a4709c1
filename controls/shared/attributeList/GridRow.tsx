/** @jsx h */
import { FontIcon } from "@fluentui/react";
import * as React from "react";
import type { AttributeRow } from "../../../domain/attributes";
import { useValue } from "../useValue";
import type { RowContext } from "./rowContext";
import { ValueCell } from "./ValueCell";
import { h } from "../jsx";

export interface GridRowProps {
  row: AttributeRow;
  /** Position in the grid's flat list of group headers and rows. */
  index: number;
  /** The item the grid's Tab stop is on (one at a time). */
  tabbable: boolean;
  expanded: boolean;
  context: RowContext;
}

/**
 * One attribute. Collapsed, it is one line of fixed height, so the list can place 10,000 of
 * them without measuring; the expanded row wraps everything and tells the list its height.
 * Only the Tab-stop row keeps its buttons in the Tab order; arrow keys move between rows.
 *
 * Text cut off at the end of its line gets a "Show all" toggle too. Whether it is cut off is
 * read when the pointer or focus reaches the row, not while rendering: reading layout during
 * a render forces the browser to lay out the page before it would have, which is most of the
 * cost of a first render. Screen readers get the whole text either way.
 */
function GridRowView({ row, index, tabbable, expanded, context }: GridRowProps): React.ReactElement {
  const clipped = useValue(false);
  const tabIndex = tabbable ? 0 : -1;
  const strings = context.strings;
  const noKeyword = strings.get("No_Keyword");

  // An expanded row is measured whenever it renders, as its element is committed.
  const measure = (element: HTMLDivElement | null): void => {
    if (expanded && element && element.offsetHeight) context.onMeasure(row.id, element.offsetHeight);
  };
  const measureClipping = (event: React.SyntheticEvent<HTMLElement>): void => {
    const cut = (element: Element) => element.scrollWidth > element.clientWidth;
    if (!expanded)
      clipped.set(Array.prototype.some.call(event.currentTarget.querySelectorAll(".pdx-ag-kw,.pdx-ag-text"), cut));
  };

  return (
    <div
      ref={measure}
      role="row"
      aria-rowindex={index + 2}
      tabIndex={tabIndex}
      className={expanded ? "pdx-ag-row pdx-ag-open" : "pdx-ag-row"}
      onMouseEnter={measureClipping}
      onFocus={measureClipping}
    >
      <div role="rowheader" className="pdx-ag-kw">
        {row.keyword ? <span dir="auto">{row.keyword}</span> : <i className="pdx-ag-muted">{noKeyword}</i>}
      </div>
      <div role="gridcell" className="pdx-ag-val">
        <ValueCell row={row} expanded={expanded} clipped={clipped.value} tabIndex={tabIndex} context={context} />
      </div>
      <div role="gridcell" className="pdx-ag-act">
        {/* A plain button styled by AttributeList.css: a Fluent button per row costs too much to mount on every scroll. */}
        <button
          type="button"
          aria-label={strings.format("Copy_Label", row.keyword || noKeyword)}
          tabIndex={tabIndex}
          onClick={() => context.onCopy(row)}
        >
          <FontIcon iconName="Copy" />
          {strings.get("Copy")}
        </button>
      </div>
    </div>
  );
}

export const GridRow = React.memo(GridRowView);
