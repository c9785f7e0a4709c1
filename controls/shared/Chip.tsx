/** @jsx h */
import { mergeStyles } from "@fluentui/react";
import type * as React from "react";
import type { CodeColour } from "../../domain/delivery/codeColour";
import type { FocusRing } from "./theme";
import { visuallyHidden } from "./visuallyHidden";
import { h } from "./jsx";

export interface ChipProps {
  code: string;
  /** Undefined in high contrast, where the system's colours apply. */
  colour?: CodeColour;
  removeLabel?: string;
  onRemove?: (code: string) => void;
  removeButtonRef?: (button: HTMLButtonElement | null) => void;
  /** The theme's two-tone ring for the remove button's keyboard focus. */
  focusRing?: FocusRing;
  /**
   * Set when the code is worth a second look (not in the environment's list of allowed codes):
   * the chip gets a dashed border and this text, read out after the code and shown on hover.
   */
  mark?: string;
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

// A 24 x 24 px target (WCAG 2.2, 2.5.8) that ends the chip: the chip's end padding gives way to it.
const removeStyle: React.CSSProperties = {
  display: "grid",
  placeItems: "center",
  flexShrink: 0,
  width: 24,
  height: 24,
  padding: 0,
  border: "none",
  borderRadius: 12,
  background: "transparent",
  color: "inherit",
  cursor: "pointer",
  fontSize: 14,
  lineHeight: 1,
};

/**
 * Keyboard focus draws two rings inside the button: the outer 2 px in one tone (an outline, which
 * forced colours keep) and the inner 2 px in the other (an inset shadow). The tones, from the
 * theme, are at least 3:1 apart, so on any chip colour one of them stands out by at least 3:1.
 * One rule for every chip (mergeStyles keeps it, and re-inserts it after a style reset); the
 * button's style sets the two tones as custom properties.
 */
const ringClass = (): string =>
  mergeStyles({
    selectors: {
      ":focus": { outline: "none" },
      ":focus-visible": {
        outline: "2px solid var(--pdx-ring-outer)",
        outlineOffset: "-2px",
        boxShadow: "inset 0 0 0 4px var(--pdx-ring-inner)",
      },
    },
  });

/** One disposition code: the code as text on its colour, with a remove button when editable. */
export function Chip(props: ChipProps): React.ReactElement {
  const { code, colour, onRemove, mark } = props;
  const style: React.CSSProperties = colour
    ? { ...chipStyle, background: colour.background, color: colour.foreground }
    : { ...chipStyle, borderColor: "CanvasText" };
  if (mark) {
    style.borderStyle = "dashed";
    style.borderColor = colour ? colour.foreground : "CanvasText";
  }
  if (onRemove) style.paddingInlineEnd = 0;
  return (
    <li style={style} title={mark ? `${code} (${mark})` : code}>
      <span style={textStyle}>
        {/* The code keeps its own direction inside a right-to-left sentence or list. */}
        <bdi>{code}</bdi>
        {mark && <span style={visuallyHidden}>{` (${mark})`}</span>}
      </span>
      {onRemove && (
        <button
          type="button"
          ref={props.removeButtonRef}
          style={
            props.focusRing
              ? ({
                  ...removeStyle,
                  "--pdx-ring-outer": props.focusRing.outer,
                  "--pdx-ring-inner": props.focusRing.inner,
                } as React.CSSProperties)
              : removeStyle
          }
          className={props.focusRing ? ringClass() : undefined}
          aria-label={props.removeLabel}
          onClick={() => onRemove(code)}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </li>
  );
}
