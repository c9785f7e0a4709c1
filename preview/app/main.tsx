/** Entry of the preview page: sample data, the environment, window.__pdxPreview, the frame. */
import * as React from "react";
import * as ReactDOM from "react-dom";
import { App } from "./App";
import { createEnvironment } from "./environment";
import { applyHostStyle } from "./hostileHost";
import { previewApi, publishPreviewApi } from "./previewApi";
import { readState } from "./urlState";

const initial = readState(window.location.search);
applyHostStyle(document, initial.host);
const env = createEnvironment({
  seed: initial.seed,
  now: initial.now,
  latency: initial.latency,
  deliveries: initial.deliveries,
  aggregates: initial.aggregates,
  aggregateLimit: initial.aggregateLimit,
});
publishPreviewApi({
  catalogue: env.catalogue,
  now: env.data.now,
  seed: env.data.seed,
  log: () => env.log.all(),
  requests: () => env.webAPI.requests,
  idle: () => env.pendingRequests() === 0 && Object.values(previewApi()?.hosts ?? {}).every((host) => !host.busy()),
  webAPI: env.webAPI,
});
const root = document.getElementById("preview-root");
if (!root) throw new Error("index.html has no #preview-root");
ReactDOM.render(<App env={env} initial={initial} />, root);
