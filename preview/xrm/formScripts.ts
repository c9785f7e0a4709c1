/// <reference types="xrm" />
/**
 * Loads the form's script libraries as classic scripts (as the platform does, not as modules)
 * and runs their registered handlers by their dotted function names, with an execution context
 * over the form. Which handlers run on which event comes from webresources/libraries.ts, the
 * same registrations the solution writes into the form.
 */
// The preview server's route and a module of this repository, not a form fetching a web resource.
// eslint-disable-next-line @microsoft/power-apps/use-cached-webresource
import { webResourceLibraries, type WebResourceHandler } from "../../webresources/libraries";

const loaded = new Map<string, Promise<void>>();

function loadScript(url: string): Promise<void> {
  let promise = loaded.get(url);
  if (!promise) {
    promise = new Promise<void>((resolve, reject) => {
      const script = document.createElement("script");
      script.src = url;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`Could not load ${url}`));
      document.head.appendChild(script);
    });
    loaded.set(url, promise);
  }
  return promise;
}

export const librariesOf = (table: string) => webResourceLibraries.filter((library) => library.table === table);

/** Loads every library of the table's form; a second call waits for the first load. */
export async function loadFormLibraries(table: string, baseUrl: string): Promise<void> {
  await Promise.all(librariesOf(table).map((library) => loadScript(`${baseUrl}${library.name}`)));
}

export function handlersOf(table: string, event: WebResourceHandler["event"]): WebResourceHandler[] {
  return librariesOf(table).flatMap((library) => library.handlers.filter((handler) => handler.event === event));
}

/** The function the platform finds under the dotted name on the window, or undefined. */
export function resolveHandler(functionName: string): ((context: Xrm.Events.EventContext) => unknown) | undefined {
  const found = functionName
    .split(".")
    .reduce<unknown>((scope, key) => (scope as Record<string, unknown> | undefined)?.[key], window);
  return typeof found === "function" ? (found as (context: Xrm.Events.EventContext) => unknown) : undefined;
}
