/** @jsx h */
import { DirectionalHint, getId, TooltipDelay, TooltipHost } from "@fluentui/react";
import * as React from "react";
import { h } from "../shared/jsx";

export interface OverflowChipProps {
  allCodes: readonly string[];
  text: string;
  label: string;
  tooltipTitle: string;
  expanded: boolean;
  onToggle: () => void;
}

const buttonStyle: React.CSSProperties = {
  minHeight: 24,
  padding: "0 8px",
  borderRadius: 12,
  border: "1px solid currentColor",
  background: "transparent",
  color: "inherit",
  font: "inherit",
  fontSize: 12,
  cursor: "pointer",
};

const listStyle: React.CSSProperties = { margin: "4px 0 0", paddingInlineStart: 16, maxHeight: 240, overflowY: "auto" };

/**
 * "+N" for the codes that do not fit. Hover or keyboard focus shows every code in a
 * tooltip; activating it shows all chips in place, so hidden codes can also be removed.
 */
export function OverflowChip(props: OverflowChipProps): React.ReactElement {
  const tooltipId = React.useState(() => getId("disposition-overflow"))[0];
  const content = (
    <div>
      <strong>{props.tooltipTitle}</strong>
      <ul style={listStyle}>
        {props.allCodes.map((code) => (
          <li key={code} dir="auto">
            {code}
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <li style={{ display: "inline-flex" }}>
      <TooltipHost
        content={content}
        id={tooltipId}
        delay={TooltipDelay.zero}
        directionalHint={DirectionalHint.bottomCenter}
      >
        <button
          type="button"
          style={buttonStyle}
          aria-label={props.label}
          aria-expanded={props.expanded}
          aria-describedby={tooltipId}
          onClick={props.onToggle}
        >
          {props.text}
        </button>
      </TooltipHost>
    </li>
  );
}
