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
      // Flex items follow the layout direction, so name and count keep their gap and order in RTL.
      <span style={{ display: "inline-flex", alignItems: "baseline", gap: 8 }}>
        <Text variant="mediumPlus" style={{ fontWeight: 600 }}>
          {group.name}
        </Text>
        <Text>({groupCountText(view, strings)})</Text>
      </span>
    );
  }
  return GroupHeaderName;
}
