/**
 * Loads a built control exactly as the platform does: read out/controls/<Name>/ControlManifest.xml,
 * publish the platform libraries it names, add its css, run its bundle.js and take the
 * constructor the bundle registers through ComponentFramework.registerControl.
 */
import { parseManifest, type ControlManifest } from "./manifest";
import { providePlatformLibraries } from "./platform";
import { parseResx } from "../../pcf-host/resx";

export type ControlConstructor = new () =>
  ComponentFramework.StandardControl<unknown, unknown> | ComponentFramework.ReactControl<unknown, unknown>;

export interface LoadedControl {
  name: string;
  manifest: ControlManifest;
  construct: ControlConstructor;
  /** Strings by language id, from the built strings/*.resx. */
  strings: Map<number, Map<string, string>>;
  /** Where the control's files are served. */
  baseUrl: string;
}

interface ComponentFrameworkGlobal {
  registerControl?: (name: string, constructor: ControlConstructor) => void;
}

const registered = new Map<string, ControlConstructor>();
const loading = new Map<string, Promise<LoadedControl>>();

function installRegistry(): void {
  const global = window as unknown as { ComponentFramework?: ComponentFrameworkGlobal };
  global.ComponentFramework ??= {};
  global.ComponentFramework.registerControl ??= (name, constructor) => {
    registered.set(name, constructor);
  };
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

function addScript(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = url;
    script.async = false;
    script.addEventListener("load", () => resolve());
    script.addEventListener("error", () => reject(new Error(`${url} failed to load`)));
    document.head.appendChild(script);
  });
}

function addStylesheet(url: string): void {
  if (document.querySelector(`link[data-control-css="${CSS.escape(url)}"]`)) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = url;
  link.dataset.controlCss = url;
  document.head.appendChild(link);
}

async function load(name: string): Promise<LoadedControl> {
  installRegistry();
  const baseUrl = `/controls/${encodeURIComponent(name)}/`;
  const manifest = parseManifest(await fetchText(`${baseUrl}ControlManifest.xml`));
  await providePlatformLibraries(manifest.platformLibraries);
  manifest.css.forEach((path) => addStylesheet(baseUrl + path));
  const strings = new Map<number, Map<string, string>>();
  await Promise.all(
    Object.entries(manifest.resx).map(async ([language, path]) => {
      strings.set(Number(language), parseResx(await fetchText(baseUrl + path)));
    }),
  );
  await addScript(baseUrl + manifest.code);
  const construct = registered.get(manifest.fullName);
  if (!construct)
    throw new Error(
      `${baseUrl}${manifest.code} did not register ${manifest.fullName} with ComponentFramework.registerControl`,
    );
  return { name, manifest, construct, strings, baseUrl };
}

/** Loads a control once per page; later calls share the first load. */
export function loadControl(name: string): Promise<LoadedControl> {
  let promise = loading.get(name);
  if (!promise) {
    promise = load(name);
    loading.set(name, promise);
  }
  return promise;
}
