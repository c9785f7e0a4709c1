import { SearchBox, Text, useTheme } from "@fluentui/react";
import * as React from "react";
import { isBlankFilter } from "../../domain/attributes";
import { LiveRegion } from "../shared/LiveRegion";
import type { AttributeGridStrings } from "./strings";
import type { CopyStatus } from "./useCopyStatus";

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
  const theme = useTheme();
  const summary = isBlankFilter(props.filterText)
    ? strings.format("Summary", props.totalCount)
    : strings.format("Summary_Filtered", props.visibleCount, props.totalCount);
  return (
    <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 12, padding: "4px 0 8px" }}>
      <SearchBox
        placeholder={strings.get("Filter_Placeholder")}
        ariaLabel={strings.get("Filter_Placeholder")}
        value={props.filterText}
        onChange={(_event, value) => props.onFilterChange(value ?? "")}
        styles={{ root: { minWidth: 220, flex: "0 1 320px" } }}
      />
      <Text>{summary}</Text>
      <div style={{ color: copyStatus?.failed ? theme.semanticColors.errorText : theme.semanticColors.bodyText }}>
        <LiveRegion message={copyStatus?.text} visible />
      </div>
    </div>
  );
}
