import * as React from "react";

export interface CopyStatus {
  text: string;
  failed: boolean;
}

/** How long a copy confirmation stays on screen: long enough to read, short enough not to go stale. */
const copyMessageMs = 5000;

/**
 * Copies text and keeps the message that confirms it (or admits failure) for a while. The
 * caller words the message (`describe`), since what was copied is its own business.
 */
export function useCopyStatus(copyText: (text: string) => Promise<boolean>): {
  status: CopyStatus | undefined;
  copy: (text: string, describe: (copied: boolean) => string) => void;
} {
  const statusState = React.useState<CopyStatus>();
  const setStatus = statusState[1];
  const timer = React.useRef<number>();
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
      window.clearTimeout(timer.current);
    },
    [],
  );

  const copy = React.useCallback(
    (text: string, describe: (copied: boolean) => string) => {
      const announce = (copied: boolean): void => {
        if (!mounted.current) return;
        setStatus({ text: describe(copied), failed: !copied });
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => mounted.current && setStatus(undefined), copyMessageMs);
      };
      copyText(text)
        .then(announce)
        .catch(() => announce(false));
    },
    [copyText, setStatus],
  );
  return { status: statusState[0], copy };
}
