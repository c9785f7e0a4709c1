/**
 * The bench's peer for AttributeGrid (issue 14, item 10): Fluent UI's own grouped DetailsList
 * given the same attribute rows, on the same bench page, with a SearchBox filtering keyword
 * and value as the grid's filter does. Bench-only: the preview's ?page=bench mounts it, no
 * control or solution ships it, and it takes Fluent from the page's platform copy
 * (window.FluentUIReact, the UMD script every preview page loads), so the preview bundles no
 * second Fluent.
 *
 * Written as a maker would write it with Fluent's documented API: items built from the
 * records once, sorted by keyword with the user's collation, grouped by attribute type
 * (domain/attributes' groups, so both show the same groups in the same order), lower-cased
 * search texts made once, DetailsList's own virtualization inside a scrollable box.
 */
import * as React from "react";
import type * as Fluent from "@fluentui/react";
import { compareGroups, groupOf } from "../../../domain/attributes/groupOf";
import type { AttributeGroupRef } from "../../../domain/attributes/types";
import { AttributeNames as A } from "../../../domain/tables";

interface ReferenceItem {
  key: string;
  keyword: string;
  value: string;
  group: AttributeGroupRef;
  search: string;
}

function fluent(): typeof Fluent {
  const library = (window as unknown as { FluentUIReact?: typeof Fluent }).FluentUIReact;
  if (!library) throw new Error("The page has no platform Fluent UI (window.FluentUIReact)");
  return library;
}

const textOf = (value: unknown): string => (typeof value === "string" ? value : value == null ? "" : String(value));

/** The records as DetailsList items in the grid's order: groups in domain order, keywords by collation. */
export function referenceItemsOf(records: readonly Record<string, unknown>[]): ReferenceItem[] {
  const collator = new Intl.Collator(undefined, { numeric: true });
  const items = records.map((record, index): ReferenceItem => {
    const keyword = textOf(record[A.keyword]);
    const value = textOf(record[A.value]);
    return {
      key: textOf(record[A.id]) || String(index),
      keyword,
      value,
      group: groupOf(record[A.type]),
      search: `${keyword.toLowerCase()}\u0000${value.toLowerCase()}`,
    };
  });
  return items.sort((a, b) => compareGroups(a.group, b.group) || collator.compare(a.keyword, b.keyword));
}

function groupsOf(items: readonly ReferenceItem[]): Fluent.IGroup[] {
  const groups: Fluent.IGroup[] = [];
  items.forEach((item, index) => {
    const last = groups[groups.length - 1];
    if (last && last.key === item.group.key) last.count += 1;
    else groups.push({ key: item.group.key, name: item.group.raw || item.group.kind, startIndex: index, count: 1 });
  });
  return groups;
}

const columns: Fluent.IColumn[] = [
  { key: "keyword", name: "Keyword", fieldName: "keyword", minWidth: 160, maxWidth: 280, isResizable: true },
  { key: "value", name: "Value", fieldName: "value", minWidth: 300, isResizable: true },
];

export function DetailsListReference(props: { items: readonly ReferenceItem[]; height: number }): React.ReactElement {
  const { DetailsList, SearchBox, SelectionMode, DetailsListLayoutMode } = fluent();
  const [filter, setFilter] = React.useState("");
  const shown = React.useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const items = needle ? props.items.filter((item) => item.search.includes(needle)) : props.items.slice();
    return { items, groups: groupsOf(items) };
  }, [props.items, filter]);
  return (
    <div>
      <SearchBox
        placeholder="Filter"
        ariaLabel="Filter"
        onChange={(_, value) => {
          setFilter(value ?? "");
        }}
      />
      <div data-is-scrollable="true" style={{ height: props.height - 32, overflowY: "auto", position: "relative" }}>
        <DetailsList
          items={shown.items}
          groups={shown.groups}
          columns={columns}
          selectionMode={SelectionMode.none}
          layoutMode={DetailsListLayoutMode.fixedColumns}
          compact
          ariaLabelForGrid="Attributes"
        />
      </div>
    </div>
  );
}
