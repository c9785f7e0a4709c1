import * as React from "react";
import { useValue } from "../../shared/useValue";

/**
 * One tab stop for a chart's marks: Tab enters the chart on the active mark, the arrow keys
 * (both axes, mirrored in right-to-left), Home and End move between marks, Enter or Space
 * activates the mark when it opens something.
 */
export function useRovingIndex(
  count: number,
  options: { rtl: boolean; horizontalMarks: boolean; onActivate?: (index: number) => void },
): {
  active: number;
  onKeyDown: (event: React.KeyboardEvent) => void;
  focus: (index: number) => void;
  refOf: (index: number) => (element: Element | null) => void;
} {
  const active = useValue(0);
  const elements = React.useRef<(Element | null)[]>([]);
  const current = Math.min(active.value, Math.max(0, count - 1));
  const focus = (index: number): void => {
    active.set(index);
    const element = elements.current[index] as (Element & { focus?: () => void }) | null | undefined;
    element?.focus?.();
  };
  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (count === 0) return;
    const forward = options.horizontalMarks ? "ArrowDown" : options.rtl ? "ArrowLeft" : "ArrowRight";
    const backward = options.horizontalMarks ? "ArrowUp" : options.rtl ? "ArrowRight" : "ArrowLeft";
    const alsoForward = options.horizontalMarks ? (options.rtl ? "ArrowLeft" : "ArrowRight") : "ArrowDown";
    const alsoBackward = options.horizontalMarks ? (options.rtl ? "ArrowRight" : "ArrowLeft") : "ArrowUp";
    let next: number | undefined;
    if (event.key === forward || event.key === alsoForward) next = Math.min(count - 1, current + 1);
    else if (event.key === backward || event.key === alsoBackward) next = Math.max(0, current - 1);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = count - 1;
    else if ((event.key === "Enter" || event.key === " ") && options.onActivate) {
      event.preventDefault();
      options.onActivate(current);
      return;
    }
    if (next === undefined) return;
    event.preventDefault();
    focus(next);
  };
  const refOf = (index: number) => (element: Element | null) => {
    elements.current[index] = element;
  };
  return { active: current, onKeyDown, focus, refOf };
}
