import { Link, Text, useTheme } from "@fluentui/react";
import * as React from "react";
import type { AttributeRow, ValueKind } from "../../domain/attributes";
import { ExpansionContext } from "./expansion";
import { stopInvoke } from "./rowEvents";
import type { AttributeGridStringKey, AttributeGridStrings } from "./strings";

export interface ValueCellProps {
  row: AttributeRow;
  strings: AttributeGridStrings;
}

const kindLabelKeys: Partial<Record<ValueKind, AttributeGridStringKey>> = {
  json: "Kind_Json",
  url: "Kind_Url",
  number: "Kind_Number",
  date: "Kind_Date",
};

// dir="auto" on values: a Latin value (a URL, JSON) keeps its own direction in a right-to-left
// layout instead of merging with the kind label or having its ellipsis flipped to the front.
const valueTextStyle: React.CSSProperties = { whiteSpace: "pre-wrap", overflowWrap: "anywhere" };
const jsonStyle: React.CSSProperties = {
  ...valueTextStyle,
  margin: "4px 0 0",
  fontFamily: "Consolas, 'Courier New', monospace",
  fontSize: 12,
};

/** One attribute value, as decided by its classification; every value renders as text. */
export function ValueCell({ row, strings }: ValueCellProps): React.ReactElement {
  const theme = useTheme();
  const expansion = React.useContext(ExpansionContext);
  const expanded = expansion.isExpanded(row.id);
  const { display } = row;
  const muted: React.CSSProperties = { color: theme.palette.neutralSecondary };

  if (display.kind === "empty") {
    return <Text style={{ ...muted, fontStyle: "italic" }}>{strings.get("Empty_Value")}</Text>;
  }

  const showFull = expanded && display.kind !== "json";
  const text = showFull || !display.isLong ? row.value : display.preview;
  const kindKey = kindLabelKeys[display.kind];
  const toggle = () => expansion.toggle(row.id);
  const toggleKeys: [AttributeGridStringKey, AttributeGridStringKey] | undefined =
    display.kind === "json" ? ["Show_Json", "Hide_Json"] : display.isLong ? ["Show_All", "Show_Less"] : undefined;

  return (
    <div>
      {kindKey && <Text variant="small" style={{ ...muted, marginInlineEnd: 8 }}>{strings.get(kindKey)}</Text>}
      {display.href ? (
        <Link href={display.href} target="_blank" rel="noopener noreferrer" style={valueTextStyle} dir="auto">
          {text}
        </Link>
      ) : (
        <Text style={valueTextStyle} dir="auto">
          {text}
        </Text>
      )}
      {row.dateText && <Text style={{ ...muted, marginInlineStart: 8 }}>({row.dateText})</Text>}
      {toggleKeys && (
        <div>
          <Link onClick={toggle} onDoubleClick={stopInvoke} aria-expanded={expanded}>
            {strings.get(expanded ? toggleKeys[1] : toggleKeys[0])}
          </Link>
        </div>
      )}
      {expanded && display.prettyJson !== undefined && (
        <pre style={jsonStyle} dir="ltr">
          {display.prettyJson}
        </pre>
      )}
    </div>
  );
}
