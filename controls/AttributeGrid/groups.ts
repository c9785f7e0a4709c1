import type { IGroup } from "@fluentui/react";
import type { AttributeGroupRef, AttributeGroupView, AttributeRow } from "../../domain/attributes";
import type { AttributeGridStrings } from "./strings";

export function groupLabel(group: AttributeGroupRef, strings: AttributeGridStrings): string {
  switch (group.kind) {
    case "input":
      return strings.get("Group_Input");
    case "result":
      return strings.get("Group_Result");
    case "unknown":
      return strings.format("Group_Unknown", group.raw);
    case "none":
      return strings.get("Group_None");
  }
}

export function groupCountText(view: AttributeGroupView, strings: AttributeGridStrings): string {
  return view.rows.length === view.total
    ? strings.format("Group_Count", view.total)
    : strings.format("Group_Count_Filtered", view.rows.length, view.total);
}

export interface DetailsGroups {
  items: AttributeRow[];
  groups: IGroup[];
}

/**
 * Lays grouped rows out the way Fluent's grouped DetailsList wants them: one flat item list
 * plus groups that point into it by start index and count.
 */
export function toDetailsGroups(
  views: readonly AttributeGroupView[],
  collapsed: ReadonlySet<string>,
  strings: AttributeGridStrings,
): DetailsGroups {
  const items: AttributeRow[] = [];
  const groups = views.map((view): IGroup => {
    const name = groupLabel(view.group, strings);
    const group: IGroup = {
      key: view.group.key,
      name,
      startIndex: items.length,
      count: view.rows.length,
      isCollapsed: collapsed.has(view.group.key),
      ariaLabel: `${name} (${groupCountText(view, strings)})`,
      data: view,
    };
    for (const row of view.rows) items.push(row);
    return group;
  });
  return { items, groups };
}
