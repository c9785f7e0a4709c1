/** @jsx h */
import { useTheme } from "@fluentui/react";
import * as React from "react";
import { arrangeRows, listItemsOf, prepareSearch, sortByKeyword, type AttributeRow } from "../../../domain/attributes";
import type { AttributeListStrings } from "./attributeListStrings";
import type { DateFormatter } from "./dateFormatter";
import type { AttributeViewModel } from "../../../domain/attributes";
import { useValue } from "../useValue";
import { EmptyState } from "./EmptyState";
import { gridReducer, initialGridState } from "./gridState";
import { Toolbar } from "./Toolbar";
import { themeVariables } from "./themeVariables";
import { useCopyStatus } from "../useCopyStatus";
import { renderAllUpTo, VirtualGrid } from "./VirtualGrid";
import { h } from "../jsx";

/**
 * Rows the first render puts in order. A list this short renders whole; a longer one shows
 * far fewer on its first screen, unless a host made the grid some 4,000 px tall.
 */
const firstScreenRows = renderAllUpTo;

export interface AttributeListProps {
  model: AttributeViewModel;
  strings: AttributeListStrings;
  collator: Intl.Collator;
  /**
   * Height the host allocates, when it allocates one: the list grows with its rows up to it.
   * Otherwise the grid caps its own height.
   */
  height?: number;
  /** The list's date and count formats (createDateFormatter). */
  formatDate: DateFormatter;
  /** Opens an attribute's record (Enter or a double click on its row). */
  onOpen: (id: string) => void;
  copyText: (text: string) => Promise<boolean>;
}

/**
 * Sorted, filtered, grouped rows: the user's state, the toolbar and the virtualized grid, in a
 * frame that hands the theme to AttributeList.css and grows with its content up to the host's
 * height when there is one.
 */
export function AttributeList(props: AttributeListProps): React.ReactElement {
  const { model, strings, height } = props;
  const store = React.useReducer(gridReducer, initialGridState);
  const state = store[0];
  const dispatch = store[1];
  const copier = useCopyStatus(props.copyText);
  const copyRow = copier.copy;
  const copy = React.useCallback(
    (row: AttributeRow) =>
      copyRow(row.value, (copied) =>
        strings.format(copied ? "Copied" : "Copy_Failed", row.keyword || strings.get("No_Keyword")),
      ),
    [copyRow, strings],
  );
  const theme = useTheme();

  // The first render needs only the first screen's rows in order: the rest of the sort runs
  // in the effect right after it, which changes no element on screen. React runs that effect
  // before any other update, so nothing ever sees the partial order but the first screen.
  const fullySorted = useValue(false);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once, after the first render; the setter never changes
  React.useEffect(() => fullySorted.set(true), []);
  // The lower-cased texts the filter matches are made after the rows are on screen, before
  // the user can type: the first keystroke then costs what the next ones do.
  React.useEffect(() => model.rows.forEach(prepareSearch), [model]);

  // Each stage recomputes only when its own inputs change: typing filters rows that are
  // already sorted; collapsing or expanding touches neither sorting nor filtering.
  const sorted = React.useMemo(
    () => sortByKeyword(model.rows, state.direction, props.collator, fullySorted.value ? 0 : firstScreenRows),
    [model, state.direction, props.collator, fullySorted.value],
  );
  const arrangement = React.useMemo(
    () => arrangeRows(sorted, state.filterText, model.totals),
    [sorted, state.filterText, model.totals],
  );
  const items = React.useMemo(() => listItemsOf(arrangement.groups, state.collapsed), [arrangement, state.collapsed]);

  return (
    <div className="pdx-ag-frame" style={themeVariables(theme, { maxHeight: height })}>
      <Toolbar
        strings={strings}
        filterText={state.filterText}
        onFilterChange={(text) => dispatch({ type: "filter", text })}
        visibleCount={arrangement.count}
        totalCount={model.rows.length}
        count={props.formatDate.count}
        copyStatus={copier.status}
      />
      {items.length === 0 ? (
        <EmptyState text={strings.format("Filtered_Empty", state.filterText.trim())} />
      ) : (
        <VirtualGrid
          items={items}
          state={state}
          dispatch={dispatch}
          height={height}
          strings={strings}
          formatDate={props.formatDate}
          onCopy={copy}
          onOpen={props.onOpen}
        />
      )}
    </div>
  );
}
