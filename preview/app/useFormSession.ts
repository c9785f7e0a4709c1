/**
 * The open record's form scripts: loads the strings and libraries once, installs the preview's
 * Xrm for the user's language, runs OnLoad when a record opens (again for another record or
 * language, as the platform reloads the form) and renders again whenever a script changes the
 * form. The session follows the page's record after saves and discards.
 */
import * as React from "react";
import type { StoreTable } from "../data/schema";
import type { FormRecord } from "../host/controlHost";
import type { FormLayout } from "../xrm/formLayout";
import { loadFormLibraries } from "../xrm/formScripts";
import { FormSession } from "../xrm/formSession";
import { loadResourceStrings, resourceStringReader, type ResourceTables } from "../xrm/resourceStrings";
import { createPreviewXrm, installXrm } from "../xrm/xrmGlobal";
import type { PreviewEnvironment } from "./environment";

// The preview server's route and a module of this repository, not a form fetching a web resource.
// eslint-disable-next-line @microsoft/power-apps/use-cached-webresource
const webResourcesUrl = "/webresources/";

let strings: Promise<ResourceTables> | undefined;

export type FormScriptsStatus = "loading" | "ready" | "failed";

export interface FormSessionState {
  session: FormSession | undefined;
  status: FormScriptsStatus;
  error: string | undefined;
}

export function useFormSession(
  env: PreviewEnvironment,
  table: StoreTable,
  layout: FormLayout | undefined,
  record: FormRecord | undefined,
  dirty: readonly string[],
  languageId: number,
): FormSessionState {
  const [session, setSession] = React.useState<FormSession>();
  const [status, setStatus] = React.useState<FormScriptsStatus>("loading");
  const [error, setError] = React.useState<string>();
  const [, setRenders] = React.useState(0);
  const id = record?.id;
  const latest = React.useRef({ record, dirty });
  latest.current = { record, dirty };

  React.useEffect(() => {
    const current = latest.current.record;
    if (!layout || !current) return undefined;
    let cancelled = false;
    setStatus("loading");
    setSession(undefined);
    const opened = new FormSession(
      layout,
      { id: current.id, values: current.values, dirty: latest.current.dirty },
      (column) => table.columns.get(column)?.kind === "datetime",
      languageId,
    );
    const unsubscribe = opened.state.subscribe(() => setRenders((count) => count + 1));
    void (async () => {
      try {
        strings ??= loadResourceStrings(webResourcesUrl);
        const tables = await strings;
        await loadFormLibraries(layout.table, webResourcesUrl);
        if (cancelled) return;
        installXrm(
          createPreviewXrm({
            webAPI: env.webAPI,
            languageId,
            getResourceString: resourceStringReader(tables, languageId),
          }),
        );
        setSession(opened);
        opened.onLoad();
        setStatus("ready");
      } catch (failure) {
        if (cancelled) return;
        const message = failure instanceof Error ? failure.message : String(failure);
        console.error(`[preview] form scripts: ${message}`);
        setError(message);
        setStatus("failed");
      }
    })();
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [env, table, layout, id, languageId]);

  React.useEffect(() => {
    if (session && record) session.sync({ id: record.id, values: record.values, dirty });
  }, [session, record, dirty]);

  return { session, status, error };
}
