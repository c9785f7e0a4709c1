/** @jsx h */
import type * as React from "react";
import type { CodeColour } from "../../domain/delivery/codeColour";
import { h } from "./jsx";

export interface ChipProps {
  code: string;
  /** Undefined in high contrast, where the system's colours apply. */
  colour?: CodeColour;
  removeLabel?: string;
  onRemove?: (code: string) => void;
  removeButtonRef?: (button: HTMLButtonElement | null) => void;
}

const chipStyle: React.CSSProperties = {
  display: "inline-flex",
  alignItems: "center",
  gap: 4,
  maxWidth: "100%",
  minHeight: 24,
  padding: "0 8px",
  borderRadius: 12,
  border: "1px solid transparent",
  fontSize: 12,
  lineHeight: "20px",
  boxSizing: "border-box",
};

const textStyle: React.CSSProperties = { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" };

const removeStyle: React.CSSProperties = {
  border: "none",
  background: "transparent",
  color: "inherit",
  cursor: "pointer",
  padding: "0 2px",
  font: "inherit",
  fontSize: 14,
  lineHeight: "16px",
};

/** One disposition code: the code as text on its colour, with a remove button when editable. */
export function Chip(props: ChipProps): React.ReactElement {
  const { code, colour, onRemove } = props;
  const style: React.CSSProperties = colour
    ? { ...chipStyle, background: colour.background, color: colour.foreground }
    : { ...chipStyle, borderColor: "CanvasText" };
  return (
    <li style={style} title={code}>
      <span style={textStyle}>{code}</span>
      {onRemove && (
        <button
          type="button"
          ref={props.removeButtonRef}
          style={removeStyle}
          aria-label={props.removeLabel}
          onClick={() => onRemove(code)}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </li>
  );
}
