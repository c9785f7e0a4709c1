import {
  CollapseAllVisibility,
  ConstrainMode,
  DetailsList,
  DetailsListLayoutMode,
  SelectionMode,
  type IColumn,
  type IDetailsGroupRenderProps,
  type IDetailsList,
  type IGroup,
} from "@fluentui/react";
import * as React from "react";
import { filterRows, groupRows, sortByKeyword, type AttributeRow } from "../../domain/attributes";
import type { AttributeGridProps } from "./AttributeGrid";
import { buildColumns, keywordColumnKey } from "./columns";
import { EmptyState } from "./EmptyState";
import { ExpansionContext, type Expansion } from "./expansion";
import { gridReducer, initialGridState } from "./gridState";
import { renderGroupHeaderName } from "./GroupHeaderName";
import { toDetailsGroups } from "./groups";
import { Toolbar } from "./Toolbar";
import { useCopyStatus } from "./useCopyStatus";

/** Without a host height the grid scrolls inside this cap, which also bounds virtualization. */
const DEFAULT_MAX_HEIGHT = 480;

const keyOf = (row: AttributeRow): string => row.id;

/** Sorted, filtered, grouped rows in a virtualized Fluent DetailsList. */
export function ArrangedGrid({ model, strings, collator, height, onOpen, copyText }: AttributeGridProps): React.ReactElement {
  const store = React.useReducer(gridReducer, initialGridState);
  const state = store[0];
  const dispatch = store[1];
  const { status, copy } = useCopyStatus(copyText, strings);
  const listRef = React.useRef<IDetailsList>(null);

  // Each stage recomputes only when its own inputs change: typing re-filters rows that are
  // already sorted; collapsing or expanding touches neither sorting nor filtering.
  const sorted = React.useMemo(
    () => sortByKeyword(model.rows, state.direction, collator),
    [model, state.direction, collator],
  );
  const visible = React.useMemo(() => filterRows(sorted, state.filterText), [sorted, state.filterText]);
  const grouped = React.useMemo(() => groupRows(visible, model.totals), [visible, model.totals]);
  const layout = React.useMemo(
    () => toDetailsGroups(grouped, state.collapsed, strings),
    [grouped, state.collapsed, strings],
  );
  const columns = React.useMemo(() => buildColumns(strings, state.direction, copy), [strings, state.direction, copy]);
  const groupProps = React.useMemo((): IDetailsGroupRenderProps => {
    const toggleGroup = (group: IGroup) => dispatch({ type: "toggleGroup", key: group.key });
    return {
      showEmptyGroups: false,
      // Collapse-all would flip Fluent's own group state behind ours; each header still collapses.
      collapseAllVisibility: CollapseAllVisibility.hidden,
      headerProps: {
        onToggleCollapse: toggleGroup,
        onGroupHeaderKeyUp: (event, group) => {
          // Fluent toggles only on arrow keys; Enter and Space are what a header with aria-expanded promises.
          if (group && (event.key === "Enter" || event.key === " ")) {
            event.preventDefault();
            toggleGroup(group);
          }
        },
        expandButtonProps: { "aria-label": strings.get("Group_Toggle") },
        onRenderName: renderGroupHeaderName(strings),
      },
    };
  }, [strings]);
  const expansion = React.useMemo(
    (): Expansion => ({
      isExpanded: (id) => state.expanded.has(id),
      toggle: (id) => dispatch({ type: "toggleRow", id }),
    }),
    [state.expanded],
  );

  // A row that grows or shrinks invalidates the list's cached page heights.
  React.useEffect(() => listRef.current?.forceUpdate(), [state.expanded]);

  const onColumnHeaderClick = React.useCallback((_event?: React.MouseEvent<HTMLElement>, column?: IColumn) => {
    if (column?.key === keywordColumnKey) dispatch({ type: "toggleSort" });
  }, []);
  const onItemInvoked = React.useCallback((row?: AttributeRow) => row && onOpen(row.id), [onOpen]);
  const onFilterChange = React.useCallback((text: string) => dispatch({ type: "filter", text }), []);

  const frame: React.CSSProperties = height ? { height, display: "flex", flexDirection: "column" } : {};
  const scroller: React.CSSProperties = height
    ? { flex: "1 1 auto", minHeight: 0, overflowY: "auto", position: "relative" }
    : { maxHeight: DEFAULT_MAX_HEIGHT, overflowY: "auto", position: "relative" };

  return (
    <ExpansionContext.Provider value={expansion}>
      <div style={frame}>
        <Toolbar
          strings={strings}
          filterText={state.filterText}
          onFilterChange={onFilterChange}
          visibleCount={visible.length}
          totalCount={model.rows.length}
          copyStatus={status}
        />
        {layout.items.length === 0 ? (
          <EmptyState text={strings.format("Filtered_Empty", state.filterText.trim())} />
        ) : (
          <div data-is-scrollable="true" style={scroller}>
            <DetailsList
              componentRef={listRef}
              items={layout.items}
              groups={layout.groups}
              groupProps={groupProps}
              columns={columns}
              getKey={keyOf}
              setKey="attributes"
              selectionMode={SelectionMode.none}
              layoutMode={DetailsListLayoutMode.justified}
              constrainMode={ConstrainMode.unconstrained}
              ariaLabelForGrid={strings.get("Grid_Label")}
              onColumnHeaderClick={onColumnHeaderClick}
              onItemInvoked={onItemInvoked}
            />
          </div>
        )}
      </div>
    </ExpansionContext.Provider>
  );
}
