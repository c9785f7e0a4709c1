/**
 * The platform libraries a model-driven app provides to virtual controls. pcf-scripts maps
 * `react` and `@fluentui/react` to globals named in PlatformLibraryVersions.json (Reactv16,
 * FluentUIReactv81211, ...); the preview serves that file from node_modules/pcf-scripts,
 * loads React 16, ReactDOM and Fluent 8 from node_modules as UMD scripts, and publishes them
 * under the alias each manifest's <platform-library> entries resolve to.
 */
import { resolvePlatformLibrary, type PlatformLibraryVersions } from "./platformVersions";

interface PlatformWindow {
  React?: { version?: string };
  ReactDOM?: unknown;
  FluentUIReact?: unknown;
  [alias: string]: unknown;
}

const platformWindow = window as unknown as PlatformWindow;

/** What the preview loaded for each library name (lower case), to publish under aliases. */
function libraryObject(name: string): unknown {
  switch (name.toLowerCase()) {
    case "react":
      return platformWindow.React;
    case "fluent":
      return platformWindow.FluentUIReact;
    default:
      return undefined;
  }
}

let versionsPromise: Promise<PlatformLibraryVersions> | undefined;

function platformLibraryVersions(): Promise<PlatformLibraryVersions> {
  versionsPromise ??= fetch("/platform/PlatformLibraryVersions.json").then((response) => {
    if (!response.ok) throw new Error(`PlatformLibraryVersions.json: HTTP ${response.status}`);
    return response.json() as Promise<PlatformLibraryVersions>;
  });
  return versionsPromise;
}

/** Publishes each library a manifest asks for under its platform alias; returns the aliases. */
export async function providePlatformLibraries(
  libraries: readonly { name: string; version: string }[],
): Promise<string[]> {
  const versions = await platformLibraryVersions();
  return libraries.map((library) => {
    const entry = resolvePlatformLibrary(versions, library.name, library.version);
    const value = libraryObject(library.name);
    if (!value) throw new Error(`The preview does not provide platform library ${library.name}`);
    if (library.name.toLowerCase() === "react" && platformWindow.React?.version !== entry.platformVersion) {
      throw new Error(
        `Platform React is ${String(platformWindow.React?.version)}, the manifest resolves to ${entry.platformVersion}`,
      );
    }
    platformWindow[entry.libAlias] = value;
    return entry.libAlias;
  });
}
