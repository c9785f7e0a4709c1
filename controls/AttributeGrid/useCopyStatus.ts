import * as React from "react";
import type { AttributeRow } from "../../domain/attributes";
import type { AttributeGridStrings } from "./attributeGridStrings";

export interface CopyStatus {
  text: string;
  failed: boolean;
}

/** How long a copy confirmation stays on screen: long enough to read, short enough not to go stale. */
const copyMessageMs = 5000;

/** Copies a row's value and keeps the message that confirms it (or admits failure) for a while. */
export function useCopyStatus(
  copyText: (text: string) => Promise<boolean>,
  strings: AttributeGridStrings,
): { status: CopyStatus | undefined; copy: (row: AttributeRow) => void } {
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
    (row: AttributeRow) => {
      const announce = (copied: boolean): void => {
        if (!mounted.current) return;
        const keyword = row.keyword || strings.get("No_Keyword");
        setStatus({ text: strings.format(copied ? "Copied" : "Copy_Failed", keyword), failed: !copied });
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => mounted.current && setStatus(undefined), copyMessageMs);
      };
      copyText(row.value)
        .then(announce)
        .catch(() => announce(false));
    },
    [copyText, strings, setStatus],
  );
  return { status: statusState[0], copy };
}
