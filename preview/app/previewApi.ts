/**
 * window.__pdxPreview: what browser tests and the benchmark read from a running preview
 * (the mounted control hosts, the host log, the sample catalogue) and the hooks they call.
 */
import type { ControlHost } from "../host/controlHost";
import type { HostEvent } from "../host/hostLog";
import type { CatalogueEntry } from "../data/types";
import type { WebApiRequest } from "../data/webApi";

export interface PreviewApi {
  hosts: Record<string, ControlHost>;
  catalogue: CatalogueEntry[];
  now: string;
  seed: number;
  log(): readonly HostEvent[];
  requests(): readonly WebApiRequest[];
  /** No Web API request in flight, no control busy: what tests wait for. */
  idle(): boolean;
  /** The page's context.webAPI, for tests that probe it directly. */
  webAPI: ComponentFramework.WebApi;
  /** Set by benchmark pages. */
  bench?: Record<string, (...args: never[]) => unknown>;
}

const hosts: Record<string, ControlHost> = {};

export function registerHost(id: string, host: ControlHost): void {
  hosts[id] = host;
}

export function unregisterHost(id: string): void {
  delete hosts[id];
}

export function publishPreviewApi(api: Omit<PreviewApi, "hosts">): PreviewApi {
  const full: PreviewApi = { ...api, hosts };
  (window as unknown as { __pdxPreview: PreviewApi }).__pdxPreview = full;
  return full;
}

export function previewApi(): PreviewApi | undefined {
  return (window as unknown as { __pdxPreview?: PreviewApi }).__pdxPreview;
}
