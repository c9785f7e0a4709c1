/**
 * The benchmark's page (?page=bench): no chrome, one empty box per control, and functions on
 * window.__pdxPreview.bench that mount a built control over generated data and time it.
 * bench/README.md explains what each figure means.
 */
import * as React from "react";
import * as ReactDOM from "react-dom";
import { DeliveryNames as D } from "../../../domain/tables";
import { generateBulkAttributes } from "../../data/generate";
import { attributeStoreTable, deliveryStoreTable } from "../../data/schema";
import { attributeGridDataSet, timelineColumns } from "../../../solution/definitions/controlBindings";
import { ControlHost, type ControlBinding, type FormRecord } from "../../host/controlHost";
import { formattingFor } from "../../../pcf-host/formatting";
import { memorySource } from "../../host/datasetSource";
import { loadControl } from "../../host/loader";
import { previewApi } from "../previewApi";
import type { PageProps } from "./types";
import { DetailsListReference, referenceItemsOf } from "./DetailsListReference";

const gridHeight = 600;
const { name: gridDataSetName, ...gridDataSet } = attributeGridDataSet;

/** Resolves with the time of the last DOM change once nothing has changed for quietMs. */
function settled(root: Element, ready: () => boolean, quietMs: number, timeoutMs = 30_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let last = started;
    const observer = new MutationObserver(() => {
      last = performance.now();
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const check = (): void => {
      const now = performance.now();
      if (ready() && now - last >= quietMs) {
        observer.disconnect();
        resolve(last);
      } else if (now - started > timeoutMs) {
        observer.disconnect();
        reject(new Error("the DOM did not settle"));
      } else {
        setTimeout(check, 20);
      }
    };
    setTimeout(check, quietMs);
  });
}

function box(id: string, height?: number): HTMLDivElement {
  document.getElementById(id)?.remove();
  const element = document.createElement("div");
  element.id = id;
  element.style.width = "1100px";
  if (height) element.style.height = `${height}px`;
  document.getElementById("bench-root")?.appendChild(element);
  return element;
}

export function BenchPage(props: PageProps): React.ReactElement {
  const { env, settings } = props;
  React.useEffect(() => {
    const api = previewApi();
    if (!api) return;
    // The user's formatting exists once the app has loaded, before any control starts; made
    // here, with the page, it is not counted as the first control's host setup either.
    formattingFor(settings.languageId);
    const noop = (): void => undefined;
    const hostOptions = {
      settings,
      webAPI: env.webAPI,
      log: env.log,
      onOutput: noop,
      onOpenRecord: noop,
      pageDelay: () => Promise.resolve(),
    };
    const delivery = env.data.deliveries[0];
    const deliveryId = String(delivery[D.id]);
    const record: FormRecord = { table: deliveryStoreTable, id: deliveryId, values: delivery };
    let grid: ControlHost | undefined;
    let bulk: ReturnType<typeof generateBulkAttributes> | undefined;
    let filterProbe: { inputAt?: number; commitAt?: number; dispose(): void } | undefined;

    api.bench = {
      /** Mounts AttributeGrid over `rows` attributes; resolves when all pages are shown and the DOM is still. */
      mountGrid: async (rows: number) => {
        const loaded = await loadControl("AttributeGrid");
        if (!bulk || bulk.length !== rows) bulk = generateBulkAttributes(deliveryId, rows);
        grid?.destroy();
        const element = box("bench-grid", gridHeight);
        const binding: ControlBinding = {
          control: "AttributeGrid",
          height: gridHeight,
          dataSets: {
            [gridDataSetName]: {
              ...gridDataSet,
              // Without the view's order: the in-memory source would sort every row on each page
              // request, the server's work on the platform, and the figure is the control's.
              view: { ...gridDataSet.view, orderBy: [] },
              source: memorySource(attributeStoreTable, bulk),
            },
          },
        };
        grid = new ControlHost(loaded, element, { ...hostOptions, binding, record });
        // The control's time starts at its constructor: what the host sets up before that
        // (bindings, context, formatting) a model-driven app has ready before any control.
        const started = grid.constructedAt;
        grid.start();
        const mounted = grid;
        const dataset = mounted.datasetNamed(gridDataSetName);
        if (!dataset) throw new Error(`AttributeGrid has no ${gridDataSetName} dataset`);
        const lastChange = await settled(element, () => !dataset.loading && !dataset.paging.hasNextPage, 400);
        return {
          firstRenderMs: lastChange - started,
          allRowsCommittedMs: mounted.lastUpdateEndedAt - started,
          loadedRows: dataset.sortedRecordIds.length,
          updateViews: mounted.updateCount,
          updateViewMs: mounted.totalUpdateMs,
        };
      },
      /**
       * Mounts the peer, Fluent's grouped DetailsList, over the same rows (DetailsListReference.tsx);
       * the time runs from before its items are made to the last DOM change, as the grid's does.
       */
      mountReference: async (rows: number) => {
        if (!bulk || bulk.length !== rows) bulk = generateBulkAttributes(deliveryId, rows);
        const element = box("bench-reference", gridHeight);
        const records = bulk;
        const started = performance.now();
        ReactDOM.render(<DetailsListReference items={referenceItemsOf(records)} height={gridHeight} />, element);
        const lastChange = await settled(element, () => true, 400);
        return { firstRenderMs: lastChange - started, renderedRows: element.querySelectorAll('[role="row"]').length };
      },
      unmountReference: () => {
        const element = document.getElementById("bench-reference");
        if (element) ReactDOM.unmountComponentAtNode(element);
        element?.remove();
      },
      /** Times the next keystroke in a filter box (the grid's, or the peer's): input event to the next committed render. */
      armFilterProbe: (boxId = "bench-grid") => {
        filterProbe?.dispose();
        const element = document.getElementById(boxId);
        if (!element) throw new Error("mount the grid first");
        const input = element.querySelector("input");
        if (!input) throw new Error("the grid has no filter box");
        const probe: { inputAt?: number; commitAt?: number; dispose(): void } = { dispose: () => undefined };
        const onInput = (): void => {
          probe.inputAt ??= performance.now();
        };
        const observer = new MutationObserver((records) => {
          if (probe.inputAt === undefined || probe.commitAt !== undefined) return;
          if (records.some((change) => change.target !== input)) probe.commitAt = performance.now();
        });
        window.addEventListener("input", onInput, true);
        observer.observe(element, { subtree: true, childList: true, attributes: true, characterData: true });
        probe.dispose = () => {
          window.removeEventListener("input", onInput, true);
          observer.disconnect();
        };
        filterProbe = probe;
      },
      readFilterProbe: async (boxId = "bench-grid") => {
        const element = document.getElementById(boxId);
        if (!element || !filterProbe) throw new Error("arm the probe first");
        const probe = filterProbe;
        const settledAt = await settled(element, () => probe.commitAt !== undefined, 150);
        probe.dispose();
        if (probe.inputAt === undefined || probe.commitAt === undefined)
          throw new Error("no input event or no render after it");
        return { commitMs: probe.commitAt - probe.inputAt, settledMs: settledAt - probe.inputAt };
      },
      unmountGrid: () => {
        grid?.destroy();
        grid = undefined;
        document.getElementById("bench-grid")?.remove();
      },
      /** Mounts DeliveryTimeline, then runs updateView with other deliveries' values; returns each updateView+render time. */
      timelineUpdates: async (count: number) => {
        const loaded = await loadControl("DeliveryTimeline");
        const element = box("bench-timeline");
        const binding: ControlBinding = {
          control: "DeliveryTimeline",
          properties: timelineColumns,
        };
        const timeline = new ControlHost(loaded, element, { ...hostOptions, binding, record });
        timeline.start();
        await settled(element, () => true, 300);
        const timings: number[] = [];
        for (let index = 1; index <= count; index += 1) {
          const values = env.data.deliveries[index % env.data.deliveries.length];
          const timing = timeline.replaceRecordNow({
            table: deliveryStoreTable,
            id: deliveryId,
            values: { ...values, [D.id]: deliveryId },
          });
          if (timing) timings.push(timing.milliseconds);
        }
        timeline.destroy();
        element.remove();
        return timings;
      },
    };
    document.body.dataset.benchReady = "true";
  }, [env, settings]);
  return <div id="bench-root" />;
}
