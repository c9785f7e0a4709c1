/**
 * The large sample for the insights dashboard and its bench: deliveries that fill the default
 * period of the insights (the 7 days before `now`, domain/insights' `defaultPeriod(now)`) up to
 * a given number, so that `?page=dashboard&deliveries=100000` shows exactly 100,000 deliveries
 * in the period the control opens on.
 *
 * Made for volume: a flat row per delivery with the columns the insights read and the ones a
 * list shows, no attributes, no conversation (so the related tables do not grow with it), one
 * seeded generator drawn in row order (deterministic, and fast: 100,000 rows in well under a
 * second). Window starts are spread evenly over the period; each row's status follows from
 * where its window stands at `now` (a window still open may be pending or in process, a closed
 * one is processed), with the long tail's result mixes. A small share of rows carries what
 * real tables hold now and then, so every bucket of the dashboard has something in it: SMS
 * deliveries (no call, no dial mode, Delivered or NotDelivered), an undocumented status and
 * dial mode, a status in another spelling, calls outside their window, a call ending before it
 * starts, malformed disposition text, and queue and configuration ids that name no row (the
 * name queries must show them as ids).
 */
import { DeliveryNames as D } from "../../domain/tables";
import { defaultPeriod } from "../../domain/insights/period";
import type { GenerationContext } from "./deliveryGenerator";
import { createRandom, type Random } from "./random";
import { createdOnColumn, modifiedOnColumn } from "./schema";
import type { Row } from "./types";
import { formatCodes } from "./values";

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;

/** Queue ids some rows store that name no queue (deleted, or of another environment). */
export const unresolvedPeriodQueueIds = [
  "0d6f1e2a-7b3c-4c5d-9e8f-a1b2c3d4e5f6",
  "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716",
] as const;

/** Configuration ids some rows store that name no configuration; one in braces and upper case. */
export const unresolvedPeriodConfigurationIds = [
  "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
  "{C0FFEE00-1234-4567-89AB-CDEF01234567}",
] as const;

/** The columns a row of the large sample holds (the rest read as null, as the store reads a missing column). */
export const periodColumns: readonly string[] = [
  D.id,
  D.deliveryId,
  D.configId,
  D.contactId,
  D.channel,
  D.status,
  D.queueId,
  D.dialModeType,
  D.toAddress,
  D.windowStartDate,
  D.windowEndDate,
  D.startDate,
  D.endDate,
  D.result,
  D.resultDate,
  D.dispositionCodes,
  D.channelSentDate,
  createdOnColumn,
  modifiedOnColumn,
];

const windowLengths = [1 * hour, 2 * hour, 4 * hour, 8 * hour, 24 * hour, 24 * hour, 48 * hour] as const;

const closedStatuses: readonly (readonly [string, number])[] = [
  ["Complete", 640],
  ["Expired", 150],
  ["Error", 90],
  ["Cancelled", 70],
  // Another writer's spelling, and a status outside the documented six.
  ["complete", 3],
  ["OnHold", 3],
];

const openStatuses: readonly (readonly [string, number])[] = [
  ["InProcess", 45],
  ["Pending", 25],
  ["Complete", 20],
  ["Cancelled", 5],
  ["Error", 5],
];

const completeResults: readonly (readonly [string, number])[] = [
  ["CallEnded", 58],
  ["LiveAnswer", 10],
  ["AnsweringMachine", 9],
  ["AnsweringMachineHangup", 3],
  ["NoAnswer", 8],
  ["Busy", 4],
  ["CallFailed", 3],
  ["BotFailed", 3],
  ["Terminated", 2],
];

const errorResults: readonly (readonly [string, number])[] = [
  ["Error", 45],
  ["CallFailed", 25],
  ["InvalidAddress", 18],
  ["NotAHandset", 12],
];

const messyDispositions = ['"PromiseToPay",,SpokeToAgent ', '"Callback', " , ", '"WrongNumber","WrongNumber"'] as const;

/*
 * Dates and GUIDs are written into a char buffer and made one flat string each: a template
 * literal of short parts would leave each value a tree of string pieces on the heap, several
 * times its size, for 100,000 rows.
 */
const hexCodes = Array.from("0123456789abcdef", (char) => char.charCodeAt(0));
const digitCodes = Array.from("0123456789", (char) => char.charCodeAt(0));
const dash = 45;
const guidBuffer = new Array<number>(36).fill(dash);
/** Positions of the 32 hex digits in a GUID's 8-4-4-4-12 text. */
const guidDigitPositions = Array.from({ length: 36 }, (_, index) => index).filter(
  (index) => index !== 8 && index !== 13 && index !== 18 && index !== 23,
);

/** A version 4 GUID from four 32-bit draws (the sample generator's guid() draws one per digit). */
function fastGuid(random: Random): string {
  let digit = 0;
  for (let word = 0; word < 4; word += 1) {
    let bits = Math.floor(random.next() * 4294967296);
    for (let nibble = 0; nibble < 8; nibble += 1) {
      guidBuffer[guidDigitPositions[digit]] = hexCodes[bits & 15];
      bits >>>= 4;
      digit += 1;
    }
  }
  guidBuffer[14] = hexCodes[4];
  guidBuffer[19] = hexCodes[8 + (guidBuffer[19] & 3)];
  return String.fromCharCode(...guidBuffer);
}

const dayCodes = new Map<number, number[]>();
const isoBuffer = new Array<number>(20).fill(0);

/**
 * yyyy-MM-ddTHH:mm:ssZ of an instant cut to the second, as the store holds date and time
 * columns (deliveryGenerator's iso, without a Date per value: the few days' digits are kept).
 */
function isoSecond(time: number): string {
  const day = Math.floor(time / 86_400_000);
  let codes = dayCodes.get(day);
  if (codes === undefined) {
    codes = Array.from(new Date(day * 86_400_000).toISOString().slice(0, 11), (char) => char.charCodeAt(0));
    dayCodes.set(day, codes);
  }
  for (let index = 0; index < 11; index += 1) isoBuffer[index] = codes[index];
  const seconds = Math.floor((time - day * 86_400_000) / 1000);
  const parts = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  for (let part = 0; part < 3; part += 1) {
    isoBuffer[11 + part * 3] = digitCodes[Math.floor(parts[part] / 10)];
    isoBuffer[12 + part * 3] = digitCodes[parts[part] % 10];
    if (part < 2) isoBuffer[13 + part * 3] = 58;
  }
  isoBuffer[19] = 90;
  return String.fromCharCode(...isoBuffer);
}

interface Call {
  start: number | null;
  end: number | null;
}

function callIn(random: Random, windowStart: number, windowEnd: number, now: number, ended: boolean): Call {
  const latest = Math.min(windowEnd, now) - 30 * second;
  const start = windowStart + random.int(5 * second, Math.max(5 * second, Math.floor((latest - windowStart) * 0.8)));
  if (!ended) return { start, end: null };
  const end = Math.min(start + random.int(15 * second, 25 * minute), now - second);
  return { start, end: Math.max(end, start + second) };
}

/**
 * `count` deliveries with window starts in [start, end), deterministic for the seed, drawing
 * contacts, configurations and queues from the sample's own (the long tail's contacts, never
 * the featured ones, whose counts stay exact).
 */
export function generatePeriodDeliveries(
  context: Pick<GenerationContext, "contacts" | "configurations" | "queues">,
  period: { start: number; end: number },
  count: number,
  seed: number,
): Row[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Not a number of deliveries: ${count}`);
  const random = createRandom(seed).fork(`period-deliveries:${count}`);
  const now = period.end;
  const span = period.end - period.start;
  const rows: Row[] = new Array<Row>(count);
  const template: Row = Object.fromEntries(periodColumns.map((column) => [column, null]));
  for (let index = 0; index < count; index += 1) {
    // Evenly spread, each within its own slot: every part of the period has its share. Stored
    // dates hold whole seconds, so the start is a whole second inside the period.
    const slot = Math.floor((period.start + ((index + random.next()) / count) * span) / second) * second;
    const windowStart = slot < period.start ? slot + second : slot;
    const windowEnd = windowStart + random.pick(windowLengths);
    const configuration = random.pick(context.configurations);
    const contact = random.pick(context.contacts);
    const sms = random.chance(0.04);
    const open = windowEnd > now;
    let status = sms ? "Complete" : random.weighted(open ? openStatuses : closedStatuses);
    // A call needs time: a window opened a moment ago is still pending.
    if (now - windowStart < 2 * minute && status !== "Pending" && status !== "Cancelled") status = "Pending";
    let call: Call = { start: null, end: null };
    let result: string | null = null;
    let resultDate: number | null = null;
    let dispositions: string | null = null;
    const kind = status.trim().toLowerCase();
    if (sms) {
      result = random.chance(0.85) ? "Delivered" : "NotDelivered";
      resultDate = Math.min(windowStart + random.int(2 * second, 5 * minute), now - second);
    } else if (kind === "complete" || status === "OnHold") {
      call = callIn(random, windowStart, windowEnd, now, true);
      result = random.weighted(completeResults);
      resultDate = Math.min((call.end ?? now - second) + random.int(200, 20_000), now);
      const answered = result === "CallEnded" || result === "LiveAnswer";
      if (answered && random.chance(0.6)) dispositions = formatCodes(random, random.int(1, 3));
      else if (answered && random.chance(0.02)) dispositions = random.pick(messyDispositions);
    } else if (status === "InProcess") {
      if (random.chance(0.6)) call = callIn(random, windowStart, windowEnd, now, false);
    } else if (status === "Error") {
      result = random.weighted(errorResults);
      if (result === "CallFailed" || random.chance(0.3)) {
        const start = Math.min(windowStart + random.int(5 * second, 30 * minute), now - 2 * minute);
        call = { start, end: start + random.int(1 * second, 40 * second) };
      }
      resultDate = Math.min((call.end ?? windowStart) + random.int(200, 10 * minute), now);
    } else if (status === "Expired") {
      result = "Expired";
      resultDate = Math.min(windowEnd + random.int(second, 5 * minute), now);
    } else if (status === "Cancelled") {
      result = "Cancelled";
      resultDate = Math.max(windowStart - random.int(minute, 6 * hour), period.start - 6 * hour);
    }
    // What real tables hold now and then: calls outside their window, a call ending before it starts.
    if (call.start !== null && call.end !== null) {
      const odd = random.next();
      const length = random.int(20 * second, 5 * minute);
      const late = windowEnd + random.int(minute, hour);
      if (odd < 0.01 && late + length < now) call = { start: late, end: late + length };
      else if (odd < 0.015) {
        const early = windowStart - random.int(minute, hour);
        call = { start: early, end: early + length };
      } else if (odd < 0.017) call = { start: call.start, end: call.start - random.int(second, minute) };
    }
    const queueRoll = random.next();
    const queueId =
      queueRoll < 0.005 ? null : queueRoll < 0.015 ? random.pick(unresolvedPeriodQueueIds) : configuration.queueId;
    const configurationId = random.chance(0.01) ? random.pick(unresolvedPeriodConfigurationIds) : configuration.id;
    const dialMode = sms ? null : random.chance(0.002) ? "Autopilot" : configuration.dialMode;
    const created = windowStart - random.int(0, 2 * hour);
    const modified = Math.min(now, Math.max(created, resultDate ?? 0, call.end ?? 0, call.start ?? 0));
    // A copy of one template object, then its values: every row shares one shape, and much
    // faster than an object literal of computed keys.
    const row: Row = { ...template };
    row[D.id] = fastGuid(random);
    row[D.deliveryId] = fastGuid(random);
    row[D.configId] = configurationId;
    row[D.contactId] = contact.id;
    row[D.channel] = sms ? "SMS" : "Voice";
    row[D.status] = status;
    row[D.queueId] = queueId;
    row[D.dialModeType] = dialMode;
    row[D.toAddress] = contact.phone;
    row[D.windowStartDate] = isoSecond(windowStart);
    row[D.windowEndDate] = isoSecond(windowEnd);
    if (call.start !== null) row[D.startDate] = isoSecond(call.start);
    if (call.end !== null) row[D.endDate] = isoSecond(call.end);
    row[D.result] = result;
    if (resultDate !== null) row[D.resultDate] = isoSecond(resultDate);
    row[D.dispositionCodes] = dispositions;
    if (sms) row[D.channelSentDate] = isoSecond(windowStart + second);
    row[createdOnColumn] = isoSecond(created);
    row[modifiedOnColumn] = isoSecond(modified);
    rows[index] = row;
  }
  return rows;
}

/** The default period of the insights at `now`, in milliseconds. */
export function defaultPeriodAt(now: number): { start: number; end: number } {
  const period = defaultPeriod(new Date(now));
  return { start: period.start.getTime(), end: period.end.getTime() };
}

/** Rows whose window start lies in [start, end), as the insights' ge/lt conditions count them. */
export function countInPeriod(rows: readonly Row[], period: { start: number; end: number }): number {
  let count = 0;
  for (const row of rows) {
    const value = row[D.windowStartDate];
    const time = typeof value === "string" ? Date.parse(value) : Number.NaN;
    if (time >= period.start && time < period.end) count += 1;
  }
  return count;
}
