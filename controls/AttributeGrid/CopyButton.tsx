import { ActionButton } from "@fluentui/react";
import * as React from "react";
import type { AttributeRow } from "../../domain/attributes";
import { stopInvoke } from "./rowEvents";
import type { AttributeGridStrings } from "./strings";

export interface CopyButtonProps {
  row: AttributeRow;
  strings: AttributeGridStrings;
  onCopy(row: AttributeRow): void;
}

export function CopyButton({ row, strings, onCopy }: CopyButtonProps): React.ReactElement {
  const keyword = row.keyword || strings.get("No_Keyword");
  return (
    <ActionButton
      iconProps={{ iconName: "Copy" }}
      ariaLabel={strings.format("Copy_Label", keyword)}
      onClick={() => onCopy(row)}
      onDoubleClick={stopInvoke}
    >
      {strings.get("Copy")}
    </ActionButton>
  );
}
