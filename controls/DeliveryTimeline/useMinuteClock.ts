import * as React from "react";
import { useValue } from "../shared/useValue";

const minute = 60_000;

/**
 * The current time, refreshed every minute while `running`, so the "now" marker and the
 * time left move while a form stays open. Minutes are all the time line shows.
 */
export function useMinuteClock(running: boolean): number {
  const now = useValue(Date.now());
  const set = now.set;
  React.useEffect(() => {
    if (!running) {
      return undefined;
    }
    const timer = window.setInterval(() => set(Date.now()), minute);
    return () => window.clearInterval(timer);
  }, [running, set]);
  return now.value;
}
