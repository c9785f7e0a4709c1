import * as React from "react";
import { useValue } from "../../shared/useValue";

/**
 * The content width of an element, kept current as it resizes (ResizeObserver), so a chart
 * draws to the card it sits in rather than to the control's whole width. Until the first
 * measurement, and where there is no ResizeObserver, the estimate stands.
 */
export function useElementWidth(estimate: number): { ref: React.RefObject<HTMLElement>; width: number } {
  const ref = React.useRef<HTMLElement>(null);
  const measured = useValue<number | undefined>(undefined);
  React.useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return undefined;
    const read = (): void => {
      const width = Math.floor(element.clientWidth);
      if (width > 0) measured.set(width);
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
    // measured.set is stable (React's setter).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { ref, width: measured.value ?? estimate };
}
