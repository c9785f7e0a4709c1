/** @jsx h */
/** @jsxFrag Fragment */
import type * as React from "react";
import { displayOf, type AttributeRow, type ValueKind } from "../../../domain/attributes";
import type { RowContext } from "./rowContext";
import type { AttributeListStringKey } from "./attributeListStrings";
import { Fragment, h } from "../jsx";

export interface ValueCellProps {
  row: AttributeRow;
  /** Showing the full value (or the JSON detail), wrapped over as many lines as it needs. */
  expanded: boolean;
  /** The row's text does not fit on its line, so it needs a way to be shown in full. */
  clipped: boolean;
  tabIndex: number;
  context: RowContext;
}

const kindLabelKeys: Partial<Record<ValueKind, AttributeListStringKey>> = {
  json: "Kind_Json",
  url: "Kind_Url",
  number: "Kind_Number",
  date: "Kind_Date",
};

/**
 * One attribute value, as its classification decides; every value renders as text, and only
 * an http(s) URL becomes a link. dir="auto" lets a Latin value (a URL, JSON) keep its own
 * direction in a right-to-left layout.
 */
export function ValueCell(props: ValueCellProps): React.ReactElement {
  const { row, expanded, tabIndex, context } = props;
  const strings = context.strings;
  const formats = context.formatDate;
  const display = displayOf(row);
  if (display.kind === "empty") return <i className="pdx-ag-muted">{strings.get("Empty_Value")}</i>;

  const kind = display.kind;
  const text = (expanded && kind !== "json") || !display.isLong ? row.value : display.preview;
  const kindKey = kindLabelKeys[kind];
  const date = display.date;
  const toggle: AttributeListStringKey[] | undefined =
    kind === "json"
      ? ["Show_Json", "Hide_Json"]
      : display.isLong || props.clipped || expanded
        ? ["Show_All", "Show_Less"]
        : undefined;

  return (
    <>
      {kindKey && <span className="pdx-ag-kind">{strings.get(kindKey)}</span>}
      {display.href ? (
        <a
          className="pdx-ag-text"
          dir="auto"
          href={display.href}
          target="_blank"
          rel="noopener noreferrer"
          tabIndex={tabIndex}
        >
          {text}
        </a>
      ) : (
        // Expanded, the text scrolls within a capped height (AttributeList.css): focusable, so
        // the keyboard can scroll it too.
        <span className="pdx-ag-text" dir="auto" tabIndex={expanded ? tabIndex : undefined}>
          {text}
        </span>
      )}
      {/* Isolated (bdi), so a right-to-left line keeps the date's own order; an instant says it is
          UTC and has the user's own time as its title (dateFormatter.ts). */}
      {date && (
        <bdi className="pdx-ag-muted" title={date.hasTime ? formats.local.format(date.time) : undefined}>
          ({(date.hasTime ? formats.utc : formats.day).format(date.time)})
        </bdi>
      )}
      {toggle && (
        <button
          type="button"
          className="pdx-ag-toggle"
          aria-expanded={expanded}
          tabIndex={tabIndex}
          onClick={(event) => {
            const element = event.currentTarget.closest('[role="row"]') as HTMLElement;
            context.dispatch({ type: "toggleRow", id: row.id });
            // Once drawn, the row (short enough with its value capped) moves wholly into view.
            // jsdom has no scrollIntoView.
            requestAnimationFrame(() => element.scrollIntoView && element.scrollIntoView({ block: "nearest" }));
          }}
        >
          {strings.get(toggle[expanded ? 1 : 0])}
        </button>
      )}
      {expanded && display.prettyJson !== undefined && (
        <pre className="pdx-ag-json" dir="ltr" tabIndex={tabIndex}>
          {display.prettyJson}
        </pre>
      )}
    </>
  );
}
