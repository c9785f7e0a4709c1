import type { AttributeGroupRef, AttributeGroupView } from "../../../domain/attributes";
import type { AttributeListStringKey, AttributeListStrings } from "./attributeListStrings";

const labelKeys: Record<AttributeGroupRef["kind"], AttributeListStringKey> = {
  input: "Group_Input",
  result: "Group_Result",
  unknown: "Group_Unknown",
  none: "Group_None",
};

/** A group's name; an unknown type shows its raw value. */
export function groupLabel(group: AttributeGroupRef, strings: AttributeListStrings): string {
  return strings.format(labelKeys[group.kind], group.raw);
}

/** "3", or "1 of 3" while a filter hides rows of the group; `count` groups the digits ("7,500"). */
export function groupCountText(
  view: AttributeGroupView,
  strings: AttributeListStrings,
  count: (value: number) => string,
): string {
  return view.rows.length === view.total
    ? strings.format("Group_Count", count(view.total))
    : strings.format("Group_Count_Filtered", count(view.rows.length), count(view.total));
}
