/** @jsx h */
import type * as React from "react";
import type { AttributeGroupView } from "../../../domain/attributes";
import { groupCountText, groupLabel } from "./groupText";
import type { RowContext } from "./rowContext";
import { h } from "../jsx";

export interface GroupHeaderRowProps {
  view: AttributeGroupView;
  index: number;
  collapsed: boolean;
  tabbable: boolean;
  context: RowContext;
}

/**
 * A group's header: a row whose one cell holds a button that says the group's name and
 * count and whether it is expanded. A row of a grid cannot carry aria-expanded (only a
 * treegrid's can), so the state sits on the button, which is also what keyboard users land
 * on: Enter and Space toggle it natively, the grid adds the arrow keys. It sticks to the top
 * of the grid while its rows scroll under it (AttributeList.css; VirtualGrid keeps the header
 * of the group the window starts in rendered).
 */
export function GroupHeaderRow({ view, index, collapsed, tabbable, context }: GroupHeaderRowProps): React.ReactElement {
  const strings = context.strings;
  const name = groupLabel(view.group, strings);
  const count = groupCountText(view, strings, context.formatDate.count);
  return (
    <div role="row" aria-rowindex={index + 2} className="pdx-ag-grouprow">
      <div role="gridcell" aria-colspan={3}>
        <button
          type="button"
          className="pdx-ag-group"
          aria-label={name + " (" + count + ")"}
          aria-expanded={!collapsed}
          aria-controls={context.bodyId}
          tabIndex={tabbable ? 0 : -1}
          onClick={() => context.dispatch({ type: "toggleGroup", key: view.group.key })}
        >
          <span className="pdx-ag-name" dir="auto">
            {name}
          </span>
          {/* Isolated: "(1 of 3)" would read "(of 3 1)" right to left. */}
          <bdi>({count})</bdi>
        </button>
      </div>
    </div>
  );
}
