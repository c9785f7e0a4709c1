import path from "node:path";
import fs from "node:fs";
import { webResourceLibraries, type WebResourceLibrary } from "../../webresources/libraries";
import type { FormDefinition, WebResourceDefinition } from "../model";
import { HandlerIds, LibraryIds, WebResourceIds } from "./ids";

/** A fixed id from one of the id tables, or a build error that names what lacks one. */
function idOf(table: Readonly<Record<string, string>>, key: string, what: string): string {
  const id = table[key];
  if (!id) throw new Error(`solution/definitions/ids.ts: ${what} "${key}" has no fixed id; add one`);
  return id;
}

const fileName = (name: string) => name.slice(name.lastIndexOf("/") + 1);

/**
 * The web resources of every form script (webresources/libraries.ts): the bundle the build
 * wrote, and its RESX strings, which the script loads as its dependencies.
 */
export function formScriptResources(
  root: string,
  libraries: readonly WebResourceLibrary[] = webResourceLibraries,
): WebResourceDefinition[] {
  const read = (file: string, hint: string): Buffer => {
    const absolute = path.join(root, file);
    if (!fs.existsSync(absolute)) throw new Error(`${file} is missing: ${hint}`);
    return fs.readFileSync(absolute);
  };
  return libraries.flatMap((library) => [
    {
      id: idOf(WebResourceIds, library.name, "web resource"),
      name: library.name,
      displayName: fileName(library.name),
      type: 3 as const,
      languageCode: 0,
      dependencies: library.strings.map((s) => ({
        name: s.name,
        displayName: fileName(s.name),
        languageCode: s.languageCode,
        id: idOf(LibraryIds, `${library.name}|${s.name}`, "dependency"),
      })),
      content: read(library.file, "run `node scripts/build-webresources.mjs` (npm run build does)"),
    },
    ...library.strings.map((s) => ({
      id: idOf(WebResourceIds, s.name, "web resource"),
      name: s.name,
      displayName: fileName(s.name),
      type: 12 as const,
      languageCode: s.languageCode,
      content: read(s.file, "the strings of a form script are kept in source"),
    })),
  ]);
}

/** Loads a form's scripts and registers their handlers, for the libraries packaged as web resources. */
export function withFormScripts(
  form: FormDefinition,
  resources: readonly WebResourceDefinition[],
  libraries: readonly WebResourceLibrary[] = webResourceLibraries,
): FormDefinition {
  const packaged = new Set(resources.map((r) => r.name));
  const mine = libraries.filter((l) => l.table === form.table && packaged.has(l.name));
  return {
    ...form,
    libraries: [
      ...form.libraries,
      ...mine.map((l) => ({ name: l.name, id: idOf(LibraryIds, `form:${form.table}|${l.name}`, "form library") })),
    ],
    handlers: [
      ...form.handlers,
      ...mine.flatMap((l) =>
        l.handlers.map((h) => ({
          event: h.event,
          attribute: h.attribute,
          functionName: h.functionName,
          library: l.name,
          handlerId: idOf(HandlerIds, `${h.event}|${h.attribute ?? ""}|${h.functionName}`, "handler"),
        })),
      ),
    ],
  };
}
