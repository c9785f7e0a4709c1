/** @jsx h */
import { FontIcon } from "@fluentui/react";
import type * as React from "react";
import { isBlankFilter } from "../../../domain/attributes";
import { LiveRegion } from "../LiveRegion";
import type { AttributeListStrings } from "./attributeListStrings";
import type { CopyStatus } from "../useCopyStatus";
import { h } from "../jsx";

export interface ToolbarProps {
  strings: AttributeListStrings;
  filterText: string;
  onFilterChange: (text: string) => void;
  visibleCount: number;
  totalCount: number;
  /** Digit grouping for the counts (DateFormatter's count). */
  count: (value: number) => string;
  copyStatus: CopyStatus | undefined;
}

/** Filter box, row count and the live region that confirms a copy. */
export function Toolbar(props: ToolbarProps): React.ReactElement {
  const { strings, copyStatus, count } = props;
  const placeholder = strings.get("Filter_Placeholder");
  const summary = isBlankFilter(props.filterText)
    ? strings.format("Summary", count(props.totalCount))
    : strings.format("Summary_Filtered", count(props.visibleCount), count(props.totalCount));
  return (
    <div className="pdx-ag-bar">
      {/* A native search field styled from the theme (AttributeList.css): Fluent's SearchBox
          computes its styles when it mounts and again when its clear button first appears,
          some 5 ms each, on the grid's first render and on the first keystroke. */}
      <label className="pdx-ag-search">
        <FontIcon iconName="Search" />
        <input
          type="search"
          placeholder={placeholder}
          aria-label={placeholder}
          value={props.filterText}
          onChange={(event) => props.onFilterChange(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Escape empties the filter (as SearchBox did) and says so with preventDefault; with
            // nothing to clear it is left alone, for the host (a dialog may close on it).
            if (event.key === "Escape" && props.filterText) {
              props.onFilterChange("");
              event.preventDefault();
            }
          }}
        />
      </label>
      {/* Both isolated (bdi; the copy status in AttributeList.css): "10,000 attributes" would
          read "attributes 10,000" right to left. */}
      <bdi>{summary}</bdi>
      <div className={copyStatus && copyStatus.failed ? "pdx-ag-failed" : undefined}>
        <LiveRegion message={copyStatus && copyStatus.text} visible />
      </div>
    </div>
  );
}
