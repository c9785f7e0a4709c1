import { Text, type IColumn } from "@fluentui/react";
import * as React from "react";
import type { AttributeRow, SortDirection } from "../../domain/attributes";
import { CopyButton } from "./CopyButton";
import type { AttributeGridStrings } from "./strings";
import { ValueCell } from "./ValueCell";

export const keywordColumnKey = "keyword";

export function buildColumns(
  strings: AttributeGridStrings,
  direction: SortDirection,
  onCopy: (row: AttributeRow) => void,
): IColumn[] {
  const descending = direction === "descending";
  return [
    {
      key: keywordColumnKey,
      name: strings.get("Column_Keyword"),
      fieldName: "keyword",
      minWidth: 120,
      maxWidth: 280,
      isResizable: true,
      isMultiline: true,
      isSorted: true,
      isSortedDescending: descending,
      sortAscendingAriaLabel: strings.get("Sort_Ascending"),
      sortDescendingAriaLabel: strings.get("Sort_Descending"),
      onRender: (row: AttributeRow) =>
        row.keyword ? (
          <Text style={{ overflowWrap: "anywhere" }} dir="auto">
            {row.keyword}
          </Text>
        ) : (
          <Text style={{ fontStyle: "italic" }}>{strings.get("No_Keyword")}</Text>
        ),
    },
    {
      key: "value",
      name: strings.get("Column_Value"),
      fieldName: "value",
      minWidth: 200,
      isResizable: true,
      isMultiline: true,
      onRender: (row: AttributeRow) => <ValueCell row={row} strings={strings} />,
    },
    {
      key: "actions",
      name: strings.get("Column_Actions"),
      minWidth: 90,
      maxWidth: 110,
      onRender: (row: AttributeRow) => <CopyButton row={row} strings={strings} onCopy={onCopy} />,
    },
  ];
}
