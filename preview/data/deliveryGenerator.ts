/**
 * One generated delivery and its attributes, and the shared setup (contacts, queues,
 * configurations) every delivery draws from. Pure and deterministic for a seed.
 */
import { AttributeNames as A, AttributeTypeChoice, DeliveryNames as D } from "../../domain/tables";
import { createRandom, type Random } from "./random";
import { createdOnColumn, modifiedOnColumn, partitionIdColumn } from "./schema";
import { formatCodes, inputAttributeValues, resultAttributeValues } from "./values";
import type { NamedRef, Row, SampleConfiguration, SampleContact } from "./types";
import { createContacts } from "./contacts";
import { configurationNames, journeyNames, queueNames } from "./vocabulary";

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

export type Status = "Pending" | "InProcess" | "Complete" | "Expired" | "Cancelled" | "Error";

const statusMix: readonly (readonly [Status, number])[] = [
  ["Complete", 56],
  ["Expired", 12],
  ["Error", 8],
  ["Cancelled", 6],
  ["Pending", 12],
  ["InProcess", 6],
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

const windowLengths = [1 * hour, 2 * hour, 4 * hour, 8 * hour, 24 * hour, 24 * hour, 48 * hour] as const;

/** Dataverse keeps date and time columns to the second and the Web API writes them as yyyy-MM-ddTHH:mm:ssZ. */
export const iso = (time: number): string =>
  new Date(Math.floor(time / 1000) * 1000).toISOString().replace(".000Z", "Z");
const roundTo = (time: number, step: number): number => Math.round(time / step) * step;

export interface GenerationContext {
  random: Random;
  now: number;
  contacts: SampleContact[];
  contactWeights: (readonly [SampleContact, number])[];
  configurations: SampleConfiguration[];
  journeys: NamedRef[];
  queues: (NamedRef & { phone: string })[];
  batches: string[];
}

interface Timing {
  created: number;
  windowStart: number | null;
  windowEnd: number | null;
  callStart: number | null;
  callEnd: number | null;
  result: string | null;
  resultDate: number | null;
}

function timingFor(status: Status, random: Random, now: number): Timing {
  const length = random.pick(windowLengths);
  switch (status) {
    case "Pending": {
      const windowStart = roundTo(now + random.int(2 * hour, 6 * day), 15 * minute);
      return {
        created: now - random.int(5 * minute, 6 * hour),
        windowStart,
        windowEnd: windowStart + length,
        callStart: null,
        callEnd: null,
        result: null,
        resultDate: null,
      };
    }
    case "InProcess": {
      const windowStart = roundTo(now - random.int(10 * minute, 3 * hour), minute);
      const windowEnd = now + random.int(2 * hour, 20 * hour);
      const calling = random.chance(0.5);
      const callStart = calling ? Math.max(windowStart, now - random.int(20_000, 4 * minute)) : null;
      return {
        created: windowStart - random.int(0, 2 * hour),
        windowStart,
        windowEnd,
        callStart,
        callEnd: null,
        result: null,
        resultDate: null,
      };
    }
    case "Complete": {
      const windowStart = roundTo(now - random.int(2 * hour, 60 * day), minute);
      const windowEnd = windowStart + length;
      // The call starts and ends inside the window (and before now).
      const callStart = windowStart + random.int(5_000, Math.floor(Math.min(length, now - windowStart - hour) * 0.8));
      const callEnd = callStart + random.int(15_000, Math.min(25 * minute, windowEnd - callStart - 1_000));
      const result = random.weighted(completeResults);
      return {
        created: windowStart - random.int(0, 2 * hour),
        windowStart,
        windowEnd,
        callStart,
        callEnd,
        result,
        resultDate: callEnd + random.int(200, 90_000),
      };
    }
    case "Expired": {
      const windowEnd = roundTo(now - random.int(1 * hour, 60 * day), minute);
      const windowStart = windowEnd - length;
      return {
        created: windowStart - random.int(0, 2 * hour),
        windowStart,
        windowEnd,
        callStart: null,
        callEnd: null,
        result: "Expired",
        resultDate: windowEnd + random.int(1_000, 5 * minute),
      };
    }
    case "Cancelled": {
      const windowStart = roundTo(now + random.int(-30 * day, 3 * day), 15 * minute);
      const created = windowStart - random.int(hour, 2 * day);
      const resultDate = Math.min(now - minute, created + random.int(minute, windowStart - created));
      return {
        created,
        windowStart,
        windowEnd: windowStart + length,
        callStart: null,
        callEnd: null,
        result: "Cancelled",
        resultDate,
      };
    }
    case "Error": {
      const windowStart = roundTo(now - random.int(hour, 45 * day), minute);
      const result = random.weighted(errorResults);
      const called = result === "CallFailed" || (result === "Error" && random.chance(0.4));
      const callStart = called ? windowStart + random.int(5_000, Math.min(length, 30 * minute)) : null;
      const callEnd = called && callStart !== null ? callStart + random.int(1_000, 40_000) : null;
      const resultDate = (callEnd ?? windowStart + random.int(1_000, 10 * minute)) + random.int(200, 20_000);
      return {
        created: windowStart - random.int(0, 2 * hour),
        windowStart,
        windowEnd: windowStart + length,
        callStart,
        callEnd,
        result,
        resultDate,
      };
    }
  }
}

function trackingIdOf(random: Random, sequence: number): string | null {
  if (!random.chance(0.6)) return null;
  return random.chance(0.5)
    ? `ORD-2025-${String(100000 + sequence).padStart(6, "0")}`
    : `crm-campaign:${random.pick(["summer", "renewal", "winback"])}:${random.int(10000, 99999)}`;
}

/** Representatives set codes on deliveries that reached them; Copilot calls may transfer. */
function dispositionsOf(random: Random, dialMode: string, result: string | null, called: boolean): string | null {
  const answered = result === "CallEnded" || result === "LiveAnswer";
  if (!answered) return called && result !== null && random.chance(0.05) ? formatCodes(random, 1) : null;
  const chance = dialMode === "Copilot" ? 0.35 : 0.8;
  return random.chance(chance)
    ? formatCodes(
        random,
        random.weighted([
          [1, 5],
          [2, 4],
          [3, 2],
          [4, 1],
        ]),
      )
    : null;
}

export interface GeneratedDelivery {
  delivery: Row;
  attributes: Row[];
  status: Status;
}

export function attributeRow(
  random: Random,
  deliveryId: string,
  keyword: string,
  value: string,
  type: number | null,
  created: number,
): Row {
  return {
    [A.id]: random.guid(),
    [A.delivery]: deliveryId,
    [A.deliveryPartitionId]: null,
    [A.keyword]: keyword,
    [A.value]: value,
    [A.type]: type,
    [createdOnColumn]: iso(created),
    [modifiedOnColumn]: iso(created),
  };
}

/** `forcedContact`: a contact outside the weighted long tail (the featured contacts). */
export function generateDelivery(
  context: GenerationContext,
  sequence: number,
  forcedStatus?: Status,
  forcedContact?: SampleContact,
): GeneratedDelivery {
  const { random, now } = context;
  const status = forcedStatus ?? random.weighted(statusMix);
  const contact = forcedContact ?? random.weighted(context.contactWeights);
  const configuration = random.pick(context.configurations);
  const queue = context.queues.find((candidate) => candidate.id === configuration.queueId) ?? context.queues[0];
  const timing = timingFor(status, random, now);
  const fromJourney = random.chance(0.35);
  const journey = fromJourney ? random.pick(context.journeys) : undefined;
  const engaged = timing.callStart !== null;
  const id = random.guid();
  const modified = Math.min(
    now,
    Math.max(timing.created, timing.resultDate ?? 0, timing.callEnd ?? 0, timing.callStart ?? 0),
  );

  const delivery: Row = {
    [D.id]: id,
    [D.deliveryId]: random.guid(),
    [D.conversationId]: engaged || status === "InProcess" ? random.guid() : null,
    [D.callId]: engaged ? random.guid() : null,
    [D.configId]: configuration.id,
    [D.journeyId]: journey?.id ?? null,
    [D.journeyRunId]: journey ? random.guid() : null,
    [D.contactId]: contact.id,
    [D.channel]: "Voice",
    [D.status]: status,
    [D.queueId]: queue.id,
    [D.trackingId]: trackingIdOf(random, sequence),
    [D.dialModeType]: configuration.dialMode,
    [D.toAddress]: contact.phone,
    [D.fromAddress]: queue.phone,
    [D.windowStartDate]: timing.windowStart === null ? null : iso(timing.windowStart),
    [D.windowEndDate]: timing.windowEnd === null ? null : iso(timing.windowEnd),
    [D.startDate]: timing.callStart === null ? null : iso(timing.callStart),
    [D.endDate]: timing.callEnd === null ? null : iso(timing.callEnd),
    [D.result]: timing.result,
    [D.resultDate]: timing.resultDate === null ? null : iso(timing.resultDate),
    [D.dispositionCodes]: dispositionsOf(random, configuration.dialMode, timing.result, engaged),
    [D.batchId]: random.chance(0.3) ? random.pick(context.batches) : null,
    [D.parentConversationId]: engaged && random.chance(0.03) ? random.guid() : null,
    [D.channelSentDate]: timing.callStart === null ? null : iso(timing.callStart - random.int(300, 4_000)),
    [D.earliestScheduleDate]: timing.windowStart === null ? null : iso(timing.windowStart),
    [D.expirationDate]: timing.windowEnd === null ? null : iso(timing.windowEnd),
    [partitionIdColumn]: null,
    ttlinseconds: null,
    [createdOnColumn]: iso(timing.created),
    [modifiedOnColumn]: iso(modified),
  };

  const attributes: Row[] = [];
  for (const [keyword, value] of inputAttributeValues(random, contact, configuration)) {
    attributes.push(attributeRow(random, id, keyword, value, AttributeTypeChoice.input, timing.created));
  }
  if (timing.result !== null && timing.result !== "Expired" && timing.result !== "Cancelled") {
    for (const [keyword, value] of resultAttributeValues(random, timing.result, timing.callEnd ?? now)) {
      attributes.push(attributeRow(random, id, keyword, value, AttributeTypeChoice.result, timing.resultDate ?? now));
    }
  }
  return { delivery, attributes, status };
}

export function createGenerationContext(seed: number, now: number, contactCount: number): GenerationContext {
  const contacts = createContacts(
    createRandom(seed).fork("people"),
    createRandom(seed).fork("contact-details"),
    contactCount,
  );
  // A few contacts get many deliveries, most get a handful (a long tail, as in real campaigns).
  const contactWeights = contacts.map((contact, index) => [contact, 1 / (1 + index * 0.15)] as const);
  const setup = createRandom(seed).fork("setup");
  const queues = queueNames.map((name) => ({
    id: setup.guid(),
    name,
    phone: `+1800555${setup.chars(4, "0123456789")}`,
  }));
  const dialModes = ["Copilot", "Progressive", "Preview", "Predictive", "Copilot", "Progressive"];
  const configurations: SampleConfiguration[] = configurationNames.map((name, index) => ({
    id: setup.guid(),
    name,
    queueId: queues[index % queues.length].id,
    dialMode: dialModes[index % dialModes.length],
  }));
  const journeys = journeyNames.map((name) => ({ id: setup.guid(), name }));
  const batches = Array.from({ length: 12 }, () => setup.guid());
  return {
    random: createRandom(seed).fork("deliveries"),
    now,
    contacts,
    contactWeights,
    configurations,
    journeys,
    queues,
    batches,
  };
}

/** The share of the long tail's Complete, InProcess and Expired deliveries sent as SMS. */
export const smsShare = 0.12;

/**
 * A delivery as Contact Center writes an SMS one (see "Channel" in the data model): channel
 * SMS, no call (no start, end, call id or dial mode), a sent date a little after the window
 * opened, and a result of Delivered, "Not delivered" (stored with a space) or none yet. A
 * Complete one was sent (delivered, not delivered, or no delivery report); an InProcess one is
 * sent or about to be; an Expired one was sent with no report before the window closed, or
 * never sent. Its call's result attributes go; its input attributes stay. Draws only from
 * `random` (a fork of its own), so every other delivery stays as it was.
 */
export function asSmsDelivery(item: GeneratedDelivery, random: Random, now: number): GeneratedDelivery {
  const row = item.delivery;
  const windowStart = Date.parse(String(row[D.windowStartDate]));
  const windowEnd = Date.parse(String(row[D.windowEndDate]));
  const sentAt = Math.min(windowStart + random.int(1_000, 20 * minute), now - 1_000, windowEnd);
  const roll = random.next();
  let sent = true;
  let result: string | null = null;
  if (item.status === "Complete") result = roll < 0.75 ? "Delivered" : roll < 0.9 ? "Not delivered" : null;
  else if (item.status === "InProcess") sent = roll < 0.7;
  else {
    sent = roll < 0.4;
    result = "Expired";
  }
  const reportAt = result && result !== "Expired" ? sentAt + random.int(2_000, 3 * minute) : null;
  const delivery: Row = {
    ...row,
    [D.channel]: "SMS",
    [D.dialModeType]: null,
    [D.startDate]: null,
    [D.endDate]: null,
    [D.callId]: null,
    [D.conversationId]: null,
    [D.parentConversationId]: null,
    [D.dispositionCodes]: null,
    [D.channelSentDate]: sent ? iso(sentAt) : null,
    [D.result]: result,
    [D.resultDate]: reportAt !== null ? iso(reportAt) : result === "Expired" ? row[D.resultDate] : null,
  };
  const attributes = item.attributes.filter((attribute) => attribute[A.type] !== AttributeTypeChoice.result);
  return { delivery, attributes, status: item.status };
}
