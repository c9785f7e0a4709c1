/** @jsx h */
import { SearchBox } from "@fluentui/react";
import type * as React from "react";
import { isBlankFilter } from "../../domain/attributes";
import { LiveRegion } from "../shared/LiveRegion";
import type { AttributeGridStrings } from "./strings";
import type { CopyStatus } from "./useCopyStatus";
import { h } from "./jsx";

export interface ToolbarProps {
  strings: AttributeGridStrings;
  filterText: string;
  onFilterChange(text: string): void;
  visibleCount: number;
  totalCount: number;
  copyStatus: CopyStatus | undefined;
}

/** Filter box, row count and the live region that confirms a copy. */
export function Toolbar(props: ToolbarProps): React.ReactElement {
  const { strings, copyStatus } = props;
  const summary = isBlankFilter(props.filterText)
    ? strings.format("Summary", props.totalCount)
    : strings.format("Summary_Filtered", props.visibleCount, props.totalCount);
  return (
    <div className="pdx-ag-bar">
      <SearchBox
        className="pdx-ag-search"
        placeholder={strings.get("Filter_Placeholder")}
        ariaLabel={strings.get("Filter_Placeholder")}
        value={props.filterText}
        onChange={(_event, value) => props.onFilterChange(value || "")}
      />
      <span>{summary}</span>
      <div className={copyStatus && copyStatus.failed ? "pdx-ag-failed" : undefined}>
        <LiveRegion message={copyStatus && copyStatus.text} visible />
      </div>
    </div>
  );
}
