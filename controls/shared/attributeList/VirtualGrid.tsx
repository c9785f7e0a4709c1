/** @jsx h */
import { useTheme } from "@fluentui/react";
import * as React from "react";
import { isGroupItem, type AttributeListItem, type AttributeRow } from "../../../domain/attributes";
import { useValue } from "../useValue";
import { groupKeyChange, targetIndex } from "./gridKeys";
import type { GridAction, GridState } from "./gridState";
import { GridRow } from "./GridRow";
import { GroupHeaderRow } from "./GroupHeaderRow";
import type { RowContext } from "./rowContext";
import type { AttributeListStrings } from "./attributeListStrings";
import type { DateFormatter } from "./dateFormatter";
import { offsetsOf, rangeAt, scrollToShow } from "./virtualWindow";
import { h } from "../jsx";

/** Heights the list counts with; AttributeList.css holds every collapsed row to them. */
const rowHeight = 40;
/** A collapsed row of a narrow grid: keyword and copy on one line, the value on the next. */
const narrowRowHeight = 60;
const groupHeight = 44;
const headerHeight = 40;
/** Below this width (px) of its own the grid stacks each row (.pdx-ag-narrow in AttributeList.css). */
export const narrowWidth = 480;
/** Without a host height the grid scrolls inside this cap, which also bounds what it renders. */
export const defaultMaxHeight = 480;
/** Items rendered beyond each edge of the viewport. */
const overscanItems = 4;
/** Lists up to this many items (group headers and rows) are not virtualized. */
export const renderAllUpTo = 100;

export interface VirtualGridProps {
  items: readonly AttributeListItem[];
  /** Sort direction, collapsed groups and expanded rows; sort and toggles are dispatched back. */
  state: GridState;
  dispatch: React.Dispatch<GridAction>;
  height?: number;
  strings: AttributeListStrings;
  formatDate: DateFormatter;
  onCopy: (row: AttributeRow) => void;
  onOpen: (id: string) => void;
}

let gridCount = 0;

/** A group's key ("input", "unknown:3" ...) never looks like a row id (a GUID). */
const keyOf = (item: AttributeListItem): string => (isGroupItem(item) ? item.group.key : item.id);

/** The list position of the row an event happened in: -1 for the column header row, NaN outside rows. */
function indexOf(target: EventTarget): number {
  const row = (target as HTMLElement).closest("[aria-rowindex]");
  return row ? Number(row.getAttribute("aria-rowindex")) - 2 : NaN;
}

/**
 * A grid over the flat list of group headers and rows that renders only what the viewport
 * shows. Collapsed rows have a fixed height, so where each item sits is simple arithmetic;
 * only expanded rows are measured. The viewport is known without layout (the host's height
 * or the default cap), so the first render already shows the right rows and nothing moves
 * afterwards. aria-rowcount and aria-rowindex give screen readers the full size.
 *
 * Narrower than narrowWidth (a phone, a narrow form column), each row stacks its keyword and
 * copy button over its value, at narrowRowHeight. The width is the grid's own, from a
 * ResizeObserver, which reports after layout and before paint: a grid that starts narrow is
 * never painted wide. The header of the group the window starts in is rendered above the
 * window's first row even when the group began further up, so it sticks to the top while its
 * rows scroll under it. A new filter text scrolls back to the top, to the first match.
 *
 * Keyboard: one Tab stop in the list (the active row, or a group's toggle); the arrow keys
 * and Home/End move it; Enter opens a row's record; ArrowRight/ArrowLeft open and close a
 * group.
 */
export function VirtualGrid(props: VirtualGridProps): React.ReactElement {
  const { items, state, dispatch, strings } = props;
  const collapsed = state.collapsed;
  const expanded = state.expanded;
  const theme = useTheme();
  const rtl = !!theme.rtl;
  const gridRef = React.useRef<HTMLDivElement>(null);
  const top = useValue(0);
  const narrow = useValue(false);
  // The filter text the DOM's scroll position belongs to (see the layout effect below).
  const scrolledFor = React.useRef(state.filterText);
  const activeKey = useValue<string | undefined>(undefined);
  const heights = React.useRef(new Map<string, number>()).current;
  // Bumped when an expanded row reports a new height, so the offsets are worked out again.
  const measured = React.useReducer((version: number) => version + 1, 0);
  const pendingFocus = React.useRef<number>();
  const bodyId = React.useState(() => "pdx-ag-body-" + (gridCount += 1))[0];

  const context = React.useMemo(
    (): RowContext => ({
      strings,
      formatDate: props.formatDate,
      bodyId,
      dispatch,
      onCopy: props.onCopy,
      onMeasure: (id, height) => {
        if (heights.get(id) !== height) {
          heights.set(id, height);
          measured[1]();
        }
      },
    }),
    // bodyId, dispatch, heights and the measured bump never change after the first render;
    // narrow is here so that expanded rows render, and measure, again when the layout changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the rest is fixed for the grid's lifetime
    [strings, props.formatDate, props.onCopy, narrow.value],
  );
  const collapsedHeight = narrow.value ? narrowRowHeight : rowHeight;
  const offsets = React.useMemo(
    () =>
      offsetsOf(items.length, (index) => {
        const item = items[index];
        // With no row open (the common case) 10,000 rows need no lookup in the set.
        return isGroupItem(item)
          ? groupHeight
          : (expanded.size > 0 && expanded.has(item.id) && heights.get(item.id)) || collapsedHeight;
      }),
    // heights is one map for the grid's lifetime; its contents change only with measured[0].
    // eslint-disable-next-line react-hooks/exhaustive-deps -- measured[0] stands for the map's contents
    [items, expanded, measured[0], collapsedHeight],
  );
  // Another filter text starts at the top: in this render already, so that no frame shows the
  // end of the new list first; the layout effect below scrolls the DOM there.
  if (scrolledFor.current !== state.filterText && top.value) top.set(0);
  const viewport = (props.height || defaultMaxHeight) - headerHeight;
  // A short list renders whole: it costs little, and find-in-page and a screen reader's
  // browse mode then see every row. Only a long one renders just what is in view.
  const range =
    items.length > renderAllUpTo
      ? rangeAt(offsets, top.value, viewport, overscanItems)
      : { start: 0, end: items.length };

  React.useLayoutEffect(() => {
    const grid = gridRef.current as HTMLElement;
    if (scrolledFor.current !== state.filterText) {
      scrolledFor.current = state.filterText;
      grid.scrollTop = 0;
    }
    // A key moved the Tab stop to an item that was not rendered yet: focus it now it is.
    if (pendingFocus.current !== undefined && focusItem(grid, pendingFocus.current)) pendingFocus.current = undefined;
  });

  React.useLayoutEffect(() => {
    // Hosts without ResizeObserver (jsdom) keep the wide layout.
    const Observer = window.ResizeObserver;
    if (!Observer) return;
    const observer = new Observer((entries) => narrow.set(entries[0].contentRect.width < narrowWidth));
    observer.observe(gridRef.current as HTMLElement);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once; the setter never changes
  }, []);

  const moveTo = (index: number): void => {
    const grid = gridRef.current as HTMLElement;
    const next = scrollToShow(
      offsets,
      index,
      grid.scrollTop,
      grid.clientHeight ? grid.clientHeight - headerHeight : viewport,
      // A row must not end up under its group's sticky header.
      isGroupItem(items[index]) ? 0 : groupHeight,
    );
    grid.scrollTop = next;
    top.set(next);
    activeKey.set(keyOf(items[index]));
    if (!focusItem(grid, index)) pendingFocus.current = index;
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>): void => {
    const index = indexOf(event.target);
    const item = items[index] as AttributeListItem | undefined;
    let next: number | undefined;
    if (item && isGroupItem(item) && groupKeyChange(event.key, collapsed.has(item.group.key), rtl)) {
      dispatch({ type: "toggleGroup", key: item.group.key });
    } else if (
      item &&
      !isGroupItem(item) &&
      event.key === "Enter" &&
      (event.target as HTMLElement).getAttribute("role") === "row"
    ) {
      props.onOpen(item.id);
    } else if ((next = targetIndex(event.key, index, items.length)) === undefined || isNaN(index)) {
      return;
    } else if (next !== index) {
      moveTo(next);
    }
    event.preventDefault();
  };

  // Whatever gets focus (a click, Tab, a screen reader) becomes the Tab stop.
  const onFocus = (event: React.FocusEvent<HTMLElement>): void => {
    const item = items[indexOf(event.target)];
    if (item) activeKey.set(keyOf(item));
  };

  const onDoubleClick = (event: React.MouseEvent<HTMLElement>): void => {
    const item = items[indexOf(event.target)];
    // A double click on a button or link in the row uses that control, not the row.
    if (item && !isGroupItem(item) && !(event.target as HTMLElement).closest("button, a")) props.onOpen(item.id);
  };

  // The header of the group the window starts in (items[0] is a header), rendered first so that
  // it can stick; it takes the place of the padding just above the window.
  let groupStart = range.start;
  while (!isGroupItem(items[groupStart])) groupStart -= 1;
  const shown = groupStart < range.start ? [groupStart] : [];
  for (let index = range.start; index < range.end; index += 1) shown.push(index);

  // The active item is the Tab stop while it is rendered; otherwise the first rendered item is.
  let tabbable = shown[0];
  for (const index of shown) {
    if (keyOf(items[index]) === activeKey.value) tabbable = index;
  }
  const rendered: React.ReactElement[] = [];
  for (const index of shown) {
    const item = items[index];
    rendered.push(
      isGroupItem(item) ? (
        <GroupHeaderRow
          key={keyOf(item)}
          view={item}
          index={index}
          collapsed={collapsed.has(item.group.key)}
          tabbable={index === tabbable}
          context={context}
        />
      ) : (
        <GridRow
          key={item.id}
          row={item}
          index={index}
          tabbable={index === tabbable}
          expanded={expanded.has(item.id)}
          context={context}
        />
      ),
    );
  }

  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label={strings.get("Grid_Label")}
      aria-rowcount={items.length + 1}
      data-is-scrollable="true"
      className={narrow.value ? "pdx-ag-grid pdx-ag-narrow" : "pdx-ag-grid"}
      style={props.height ? undefined : { maxHeight: defaultMaxHeight }}
      onScroll={(event) => top.set(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onDoubleClick={onDoubleClick}
    >
      {/* The header row stays in view while the rows scroll; AttributeList.css draws the sort arrow from aria-sort. */}
      <div role="row" aria-rowindex={1} className="pdx-ag-head">
        <div role="columnheader" aria-sort={state.direction} className="pdx-ag-kw">
          <button type="button" onClick={() => dispatch({ type: "toggleSort" })}>
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
      <div
        role="rowgroup"
        id={bodyId}
        style={{
          paddingTop: offsets[range.start] - (shown[0] < range.start ? groupHeight : 0),
          paddingBottom: offsets[items.length] - offsets[range.end],
        }}
      >
        {rendered}
      </div>
    </div>
  );
}

/** Focuses what stands for item `index`: the row, or a group header's button. */
function focusItem(grid: HTMLElement, index: number): boolean {
  const row = grid.querySelector('[aria-rowindex="' + (index + 2) + '"]');
  const target = row && (row.hasAttribute("tabindex") ? row : row.querySelector("button"));
  if (target) (target as HTMLElement).focus();
  return !!target;
}
