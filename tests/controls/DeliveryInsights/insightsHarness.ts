/**
 * Mounting DeliveryInsights on a dashboard over the preview's sample Web API (the one
 * emulation of Dataverse the preview runs too): FetchXML aggregates answered or refused as
 * Dataverse does, flat reads in pages of 5,000 with next links, name queries on the queue and
 * configuration tables. Every request is logged by the sample Web API; any can be made to fail
 * first, or held until the test releases it.
 */
import { act } from "@testing-library/react";
import { DeliveryInsights } from "../../../controls/DeliveryInsights";
import type { IInputs, IOutputs } from "../../../controls/DeliveryInsights/generated/ManifestTypes";
import {
  createSampleWebApi,
  generateSampleData,
  SampleStore,
  type AggregateMode,
  type SampleData,
  type SampleWebApi,
} from "../../../preview/data";
import {
  createDataset,
  createMockContext,
  mountControl,
  wholeNumberProperty,
  type ControlHarness,
  type HostBehaviour,
} from "../../support/pcfContext";

export type Harness = ControlHarness<IInputs, IOutputs>;

export type Failure = Record<string, unknown> | Error;

export interface InsightsApi {
  data: SampleData;
  sample: SampleWebApi;
  /** Every retrieveMultipleRecords call the control made, answered or not. */
  calls: { entityType: string; options: string; maxPageSize?: number }[];
  failNext(...failures: Failure[]): void;
  /** Fails the n-th call from now (0: the next) with the failure. */
  failCall(index: number, failure: Failure): void;
  retrieveMultipleRecords: ComponentFramework.WebApi["retrieveMultipleRecords"];
}

const cache = new Map<string, SampleData>();

/** The sample data (the regular sample, or the default period filled to `periodDeliveries`), made once per run. */
export function sampleData(periodDeliveries?: number): SampleData {
  const key = String(periodDeliveries ?? "regular");
  let data = cache.get(key);
  if (!data) {
    data = generateSampleData(periodDeliveries === undefined ? {} : { periodDeliveries });
    cache.set(key, data);
  }
  return data;
}

export function createInsightsApi(
  options: { aggregates?: AggregateMode; periodDeliveries?: number; data?: SampleData } = {},
): InsightsApi {
  const data = options.data ?? sampleData(options.periodDeliveries);
  const sample = createSampleWebApi(new SampleStore(data, () => Date.parse(data.now)), {
    ...(options.aggregates ? { aggregates: options.aggregates } : {}),
  });
  const failures = new Map<number, Failure>();
  const calls: InsightsApi["calls"] = [];
  const api: InsightsApi = {
    data,
    sample,
    calls,
    failNext: (...list) => list.forEach((failure, index) => failures.set(calls.length + index, failure)),
    failCall: (index, failure) => failures.set(calls.length + index, failure),
    retrieveMultipleRecords: async (entityType, query, maxPageSize) => {
      const index = calls.length;
      calls.push({ entityType, options: query ?? "", ...(maxPageSize ? { maxPageSize } : {}) });
      const failure = failures.get(index);
      if (failure) {
        failures.delete(index);
        throw failure;
      }
      return sample.retrieveMultipleRecords(entityType, query, maxPageSize);
    },
  };
  return api;
}

export interface MountOptions extends HostBehaviour {
  rowCap?: number | null;
  languageId?: number;
  isRTL?: boolean;
  allocatedWidth?: number;
}

/** Fake timers at the sample's "now" (the default period is the 7 days before it); promises stay real. */
export function startSampleClock(data: SampleData): void {
  jest.useFakeTimers({ now: Date.parse(data.now), doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
}

export function mountInsights(api: InsightsApi, options: MountOptions = {}): Harness {
  const context = createMockContext<IInputs>({
    controlName: "DeliveryInsights",
    parameters: {
      deliveries: createDataset({ columns: [], records: [] }),
      rowCap: wholeNumberProperty(options.rowCap === undefined ? 100_000 : options.rowCap),
    },
    languageId: options.languageId ?? 1033,
    isRTL: options.isRTL ?? false,
    allocatedWidth: options.allocatedWidth ?? 1000,
    entityTypeName: "",
  });
  context.webAPI.retrieveMultipleRecords.mockImplementation(api.retrieveMultipleRecords);
  return mountControl(DeliveryInsights, context, {
    listing: options.listing,
    updatesPerChange: options.updatesPerChange,
  });
}

/** Lets every Web API answer and the reads they start arrive (the sample answers in microtasks). */
export async function settleAll(harness: Harness, rounds = 4): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    await act(async () => {
      for (let turn = 0; turn < 2000; turn += 1) await Promise.resolve();
    });
    await harness.settle();
  }
}

export const root = (): HTMLElement => document.querySelector(".pdx-insights") as HTMLElement;
export const card = (id: string): HTMLElement => document.querySelector(`[data-table="${id}"]`) as HTMLElement;

/** A table's rows as text, header row first (the table view of its card). */
export function tableText(id: string): string[][] {
  const table = card(id).querySelector("table");
  if (!table) throw new Error(`card ${id} shows no table`);
  return Array.from(table.querySelectorAll("tr")).map((row) =>
    Array.from(row.querySelectorAll("th,td")).map((cell) => (cell.textContent ?? "").trim()),
  );
}
