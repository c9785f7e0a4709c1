import { Text, type IGroupHeaderProps } from "@fluentui/react";
import * as React from "react";
import type { AttributeGroupView } from "../../domain/attributes";
import { groupCountText } from "./groups";
import type { AttributeGridStrings } from "./strings";

/** Group title plus its count, which reads "3 of 10" while a filter hides rows. */
export function renderGroupHeaderName(strings: AttributeGridStrings) {
  function GroupHeaderName(props?: IGroupHeaderProps): React.ReactElement | null {
    const group = props?.group;
    const view = group?.data as AttributeGroupView | undefined;
    if (!group || !view) return null;
    return (
      <>
        <Text variant="mediumPlus" style={{ fontWeight: 600 }}>{group.name}</Text>
        <Text style={{ marginInlineStart: 8 }}>({groupCountText(view, strings)})</Text>
      </>
    );
  }
  return GroupHeaderName;
}
