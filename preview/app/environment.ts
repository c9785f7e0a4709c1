/**
 * One preview session: the sample data (generated in the browser from the seed), the store
 * and Web API over it, and the host log. A Web API call that uses an unsupported query
 * option is also reported on the console, so browser tests fail on it.
 */
import { generateSampleData } from "../data/generate";
import { UnsupportedQueryError } from "../data/odata/errors";
import { DeliveryNames } from "../../domain/tables";
import { normalizeId, SampleStore } from "../data/store";
import type { CatalogueEntry, SampleData, SampleOptions } from "../data/types";
import { createSampleWebApi, type AggregateMode, type SampleWebApi } from "../data/webApi";
import { HostLog } from "../host/hostLog";

export interface PreviewEnvironment {
  data: SampleData;
  store: SampleStore;
  webAPI: SampleWebApi;
  log: HostLog;
  latency: number;
  /** What the sample Web API does with FetchXML aggregates. */
  aggregates: AggregateMode;
  /** Web API requests still waiting for their answer. */
  pendingRequests(): number;
  /** Resolves a record key (featured key, broken:key, or an id) to a delivery id. */
  resolveRecord(key: string): string | undefined;
  catalogue: CatalogueEntry[];
}

const hour = 3_600_000;

export function delay(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

export interface EnvironmentOptions {
  seed?: number;
  now?: string;
  latency: number;
  /** The large sample: the default period's deliveries (SampleOptions.periodDeliveries). */
  deliveries?: number;
  /** The sample Web API's aggregate switch and record limit (SampleWebApiOptions). */
  aggregates?: AggregateMode;
  aggregateLimit?: number;
}

/** The sample data; a large sample that cannot be (fewer than the period holds) is reported and left out. */
function sampleData(options: SampleOptions, deliveries: number | undefined): SampleData {
  try {
    return generateSampleData({ ...options, periodDeliveries: deliveries });
  } catch (error) {
    if (!(error instanceof RangeError) || deliveries === undefined) throw error;
    console.error(`[preview] deliveries=${deliveries}: ${error.message}`);
    return generateSampleData(options);
  }
}

export function createEnvironment(options: EnvironmentOptions): PreviewEnvironment {
  // The current hour: the data stays the same for an hour and pending windows lie ahead.
  const now = options.now ?? new Date(Math.floor(Date.now() / hour) * hour).toISOString();
  const data = sampleData({ seed: options.seed, now }, options.deliveries);
  const store = new SampleStore(data);
  const log = new HostLog();
  const webAPI = createSampleWebApi(store, {
    aggregates: options.aggregates,
    aggregateQueryRecordLimit: options.aggregateLimit,
    delay: () => delay(options.latency),
    onRequest: (request) => {
      if (request.error === undefined) return;
      log.add("webAPI", "webApiError", `${request.operation} ${request.entityType}: ${request.error}`);
    },
  });
  const unsupported = (error: unknown): void => {
    if (error instanceof UnsupportedQueryError) console.error(`[preview] ${error.message}`);
  };
  let inFlight = 0;
  const track = <T>(promise: Promise<T>): Promise<T> => {
    inFlight += 1;
    return promise.finally(() => {
      inFlight -= 1;
    });
  };
  const wrapped: SampleWebApi = {
    requests: webAPI.requests,
    retrieveRecord: (...args) => track(webAPI.retrieveRecord(...args).catch(rethrow)),
    retrieveMultipleRecords: (...args) => track(webAPI.retrieveMultipleRecords(...args).catch(rethrow)),
    createRecord: (...args) => track(webAPI.createRecord(...args)),
    updateRecord: (...args) => track(webAPI.updateRecord(...args)),
    deleteRecord: (...args) => track(webAPI.deleteRecord(...args)),
  };
  function rethrow(error: unknown): never {
    unsupported(error);
    throw error;
  }
  const catalogue = [...data.featured, ...data.broken];
  return {
    data,
    store,
    webAPI: wrapped,
    log,
    latency: options.latency,
    aggregates: options.aggregates ?? "answer",
    pendingRequests: () => inFlight,
    catalogue,
    resolveRecord: (key) => {
      const entry = catalogue.find((candidate) => candidate.key === key);
      if (entry) return entry.id;
      return store.get(DeliveryNames.table, key) ? normalizeId(key) : undefined;
    },
  };
}
