import { DeliveryNames as D } from "../../../domain/tables";
import type { Record_ } from "./serverModel";

/** Web API records of msdyn_proactive_delivery, as retrieveMultipleRecords returns them. */
export interface DeliveryFields {
  status?: string | null;
  result?: string | null;
  dialMode?: string | null;
  channel?: string | null;
  config?: string | null;
  queue?: string | null;
  codes?: string | null;
  windowStart?: string | null;
  windowEnd?: string | null;
  callStart?: string | null;
  callEnd?: string | null;
}

export function record(fields: DeliveryFields): Record_ {
  const entry: Record<string, unknown> = {
    [D.status]: fields.status ?? null,
    [D.result]: fields.result ?? null,
    [D.dialModeType]: fields.dialMode ?? null,
    [D.channel]: fields.channel ?? null,
    [D.configId]: fields.config ?? null,
    [D.queueId]: fields.queue ?? null,
    [D.dispositionCodes]: fields.codes ?? null,
    [D.windowStartDate]: fields.windowStart ?? null,
    [D.windowEndDate]: fields.windowEnd ?? null,
    [D.startDate]: fields.callStart ?? null,
    [D.endDate]: fields.callEnd ?? null,
  };
  return entry;
}

export const queueA = "5a0c6f3e-1d2b-4c8e-9f00-000000000001";
export const queueB = "5a0c6f3e-1d2b-4c8e-9f00-000000000002";
export const configA = "c0f19000-aaaa-4bbb-8ccc-000000000001";
export const configB = "c0f19000-aaaa-4bbb-8ccc-000000000002";

/** A small seeded generator (mulberry32), so the large data sets are the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)];

const statuses = [
  "Pending",
  "InProcess",
  "Complete",
  "Complete",
  "complete",
  "Expired",
  "Cancelled",
  "Error",
  "Paused",
  "",
  null,
];
const results = ["CallEnded", "LiveAnswer", "Busy", "NoAnswer", "callended", "CallFailed", "Delivered", "Weird", null];
const dialModes = ["Copilot", "Progressive", "Preview", "predictive", "Robot", null];
const channels = ["Voice", "voice", "SMS", null];
const configs = [configA, configA.toUpperCase(), `{${configB}}`, "not-a-guid", null];
const queues = [queueA, `{${queueA.toUpperCase()}}`, queueB, "queue 7", null];
const codeTexts = [
  '"PromiseToPay","SpokeToAgent"',
  "PromiseToPay, Callback",
  '"Unterminated,Callback',
  ",,",
  '"=cmd","SpokeToAgent","SpokeToAgent"',
  null,
];

/** Deliveries whose window starts in [from, from + days); every kind of mess included. */
export function generatedRecords(count: number, seed: number, from = Date.UTC(2026, 2, 1), days = 10): Record_[] {
  const random = seeded(seed);
  const iso = (time: number) => new Date(time).toISOString();
  const records: Record_[] = [];
  for (let index = 0; index < count; index += 1) {
    const windowStart = from + Math.floor(random() * days * 86_400_000);
    const windowEnd = windowStart + Math.floor((random() - 0.1) * 8 * 3_600_000);
    const called = random() < 0.7;
    const callStart = windowStart + Math.floor((random() - 0.1) * 10 * 3_600_000);
    const callEnd = callStart + Math.floor((random() - 0.05) * 600_000);
    const dateMess = random();
    records.push(
      record({
        status: pick(random, statuses),
        result: pick(random, results),
        dialMode: pick(random, dialModes),
        channel: pick(random, channels),
        config: pick(random, configs),
        queue: pick(random, queues),
        codes: pick(random, codeTexts),
        windowStart: iso(windowStart),
        windowEnd: dateMess < 0.05 ? null : iso(windowEnd),
        callStart: called ? (dateMess > 0.97 ? "not a date" : iso(callStart)) : null,
        callEnd: called && dateMess < 0.9 ? iso(callEnd) : null,
      }),
    );
  }
  return records;
}
