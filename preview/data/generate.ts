/**
 * The seeded, deterministic sample data generator: 2,000 deliveries over a long tail of 50
 * contacts, with realistic status, result, disposition and timing mixes, their input and result
 * attributes, about one in ten in a custom partition (partitions.ts), and a set of
 * deliberately broken records (see brokenRecords.ts). Besides them, four featured contacts
 * with exactly 0, 1, 40 and 200 deliveries of their own (contacts.ts) for the contact form;
 * every delivery stores its contact's id in one of four spellings (lower or upper case, bare
 * or in braces). Pure: no browser or Node API, so the preview (in the browser) and the tests
 * (in Node) share it.
 *
 * Column names come from domain/tables; lengths are read from it where a value is sized to
 * the limit. tests/preview/sampleData.test.ts checks every value against the table limits.
 */
import { AttributeNames as A, AttributeTypeChoice, DeliveryNames as D } from "../../domain/tables";
import { buildBrokenRecords, unresolvableIds } from "./brokenRecords";
import {
  attributeRow,
  createGenerationContext,
  generateDelivery,
  iso,
  asSmsDelivery,
  smsShare,
  type GeneratedDelivery,
  type GenerationContext,
} from "./deliveryGenerator";
import { createFeaturedContacts, featuredContactEntries, featuredContactSpecs, respellContactIds } from "./contacts";
import { createRandom, type Random } from "./random";
import { assignPartitions } from "./partitions";
import { countInPeriod, defaultPeriodAt, generatePeriodDeliveries } from "./periodDeliveries";
import { buildRelatedRows } from "./relatedRows";
import { attributeStoreTable, partitionIdColumn } from "./schema";
import type { CatalogueEntry, PeriodFill, Row, SampleContact, SampleData, SampleOptions } from "./types";
import { inputAttributeValues, longText, resultAttributeValues } from "./values";

const defaultSeed = 20240611;
/** A fixed instant, so that data generated without `now` is the same on every run. */
const defaultSampleNow = "2025-06-02T09:00:00.000Z";
const defaultDeliveryCount = 2000;
const defaultContactCount = 50;
const day = 86_400_000;

function toTime(now: SampleOptions["now"]): number {
  const time = now === undefined ? Date.parse(defaultSampleNow) : new Date(now).getTime();
  if (Number.isNaN(time)) throw new Error(`Sample data: not a date: ${String(now)}`);
  return time;
}

function pickFeatured(generated: GeneratedDelivery[]): CatalogueEntry[] {
  const featured: CatalogueEntry[] = [];
  const add = (key: string, title: string, match: (item: GeneratedDelivery) => boolean): void => {
    const found = generated.find(match);
    if (found) featured.push({ id: String(found.delivery[D.id]), key, title });
  };
  const codeCount = (item: GeneratedDelivery): number =>
    String(item.delivery[D.dispositionCodes] ?? "").split(",").length;
  add(
    "complete",
    "Complete, call ended, several disposition codes",
    (item) =>
      item.status === "Complete" &&
      item.delivery[D.result] === "CallEnded" &&
      codeCount(item) >= 3 &&
      item.attributes.length >= 8,
  );
  add(
    "complete-voicemail",
    "Complete, answering machine",
    (item) => item.status === "Complete" && item.delivery[D.result] === "AnsweringMachine",
  );
  add("pending", "Pending, window ahead", (item) => item.status === "Pending");
  add(
    "in-process",
    "In process, calling now",
    (item) => item.status === "InProcess" && item.delivery[D.startDate] !== null,
  );
  add("expired", "Expired, never called", (item) => item.status === "Expired");
  add("cancelled", "Cancelled", (item) => item.status === "Cancelled");
  add("error", "Error, call failed", (item) => item.status === "Error" && item.delivery[D.result] === "CallFailed");
  add(
    "custom-partition",
    "Complete, in a custom partition",
    (item) => item.status === "Complete" && item.delivery[partitionIdColumn] !== null,
  );
  add("long-values", "Complete, 4,000-character transcript", (item) =>
    item.attributes.some((attribute) => String(attribute[A.value] ?? "").length === maxValueLength()),
  );
  return featured;
}

const smsStatuses = new Set<string>(["Complete", "InProcess", "Expired"]);

/**
 * A share (smsShare) of the long tail's Complete, InProcess and Expired deliveries sent as SMS,
 * none of the featured ones; every other delivery is the same object as before.
 */
function withSmsDeliveries(
  items: GeneratedDelivery[],
  longTail: number,
  featured: readonly CatalogueEntry[],
  random: Random,
  now: number,
): GeneratedDelivery[] {
  const keep = new Set(featured.map((entry) => entry.id));
  return items.map((item, index) =>
    index < longTail &&
    smsStatuses.has(item.status) &&
    !keep.has(String(item.delivery[D.id])) &&
    random.chance(smsShare)
      ? asSmsDelivery(item, random, now)
      : item,
  );
}

/** One SMS delivery of each kind the preview and the browser tests open. */
function pickSmsFeatured(generated: GeneratedDelivery[]): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  const add = (key: string, title: string, match: (row: Row) => boolean): void => {
    const found = generated.find((item) => item.delivery[D.channel] === "SMS" && match(item.delivery));
    if (found) entries.push({ id: String(found.delivery[D.id]), key, title });
  };
  add("sms-delivered", "SMS, sent and delivered", (row) => row[D.result] === "Delivered");
  add("sms-not-delivered", "SMS, sent and not delivered", (row) => row[D.result] === "Not delivered");
  add(
    "sms-sent",
    "SMS, sent, no delivery report yet",
    (row) => row[D.status] === "Complete" && row[D.result] === null && row[D.channelSentDate] !== null,
  );
  return entries;
}

function maxValueLength(): number {
  return attributeStoreTable.columns.get(A.value)?.maxLength ?? 0;
}

/**
 * The featured contacts' deliveries, each contact from a fork of its own: exactly as many as
 * its spec says, with the long tail's status mix (the single delivery is a complete one).
 */
function featuredDeliveries(
  seed: number,
  context: GenerationContext,
  contacts: readonly SampleContact[],
): GeneratedDelivery[] {
  return featuredContactSpecs.flatMap((spec, index) => {
    const own: GenerationContext = { ...context, random: createRandom(seed).fork(spec.key) };
    return Array.from({ length: spec.deliveryCount }, (_, sequence) =>
      generateDelivery(
        own,
        600_000 + index * 1_000 + sequence,
        spec.deliveryCount === 1 ? "Complete" : undefined,
        contacts[index],
      ),
    );
  });
}

/** Builds the whole sample data set. Same options, same data, in any JavaScript engine. */
export function generateSampleData(options: SampleOptions = {}): SampleData {
  const seed = options.seed ?? defaultSeed;
  const now = toTime(options.now);
  const deliveryCount = options.deliveryCount ?? defaultDeliveryCount;
  const context = createGenerationContext(seed, now, options.contactCount ?? defaultContactCount);
  const plain: GeneratedDelivery[] = [];
  for (let sequence = 0; sequence < deliveryCount; sequence += 1) {
    plain.push(generateDelivery(context, sequence));
  }
  const featuredContacts = createFeaturedContacts(createRandom(seed).fork("featured-contacts"));
  // The featured contacts' deliveries come after the long tail's, so every earlier draw stays.
  const partitioned = assignPartitions(createRandom(seed).fork("partitions"), [
    ...plain,
    ...featuredDeliveries(seed, context, featuredContacts),
  ]);
  const respelled = respellContactIds(createRandom(seed).fork("contact-id-spellings"), partitioned, D.contactId);
  // The featured deliveries are chosen before any becomes an SMS, so they stay the calls they were.
  const featured = pickFeatured(respelled.slice(0, deliveryCount));
  const generated = withSmsDeliveries(respelled, deliveryCount, featured, createRandom(seed).fork("sms"), now);
  const broken = buildBrokenRecords({ ...context, random: createRandom(seed).fork("broken") });
  const deliveries = [...generated.map((item) => item.delivery), ...broken.map((item) => item.delivery)];
  const attributes = [...generated.flatMap((item) => item.attributes), ...broken.flatMap((item) => item.attributes)];
  const queues = context.queues.map(({ id, name }) => ({ id, name }));
  const contacts = [...featuredContacts, ...context.contacts];
  const related = buildRelatedRows({ deliveries, contacts, queues, configurations: context.configurations }, [
    unresolvableIds.conversation,
  ]);
  // After every other row (and after the related rows), so the regular sample stays as it is.
  const periodFill =
    options.periodDeliveries === undefined
      ? undefined
      : fillDefaultPeriod(deliveries, context, now, seed, options.periodDeliveries);
  return {
    seed,
    now: iso(now),
    deliveries,
    attributes,
    contacts,
    queues,
    configurations: context.configurations,
    journeys: context.journeys,
    related,
    featured: [...featured, ...pickSmsFeatured(generated.slice(0, deliveryCount))],
    broken: broken.map((item) => item.entry),
    featuredContacts: featuredContactEntries(featuredContacts),
    ...(periodFill && { periodFill }),
  };
}

/** Appends the large sample's rows until the default period at `now` holds `target` deliveries. */
function fillDefaultPeriod(
  deliveries: Row[],
  context: GenerationContext,
  now: number,
  seed: number,
  target: number,
): PeriodFill {
  const period = defaultPeriodAt(now);
  const present = countInPeriod(deliveries, period);
  if (!Number.isInteger(target) || target < present)
    throw new RangeError(
      `Sample data: the default period already holds ${present} deliveries; ask for at least that many, not ${target}`,
    );
  for (const row of generatePeriodDeliveries(context, period, target - present, seed)) deliveries.push(row);
  return {
    start: new Date(period.start).toISOString(),
    end: new Date(period.end).toISOString(),
    deliveries: target,
    generated: target - present,
  };
}

/**
 * Attributes for one delivery in bulk (the benchmark's 10,000-row grid): a realistic mix of
 * input and result attributes with every value kind, deterministic for a seed.
 */
export function generateBulkAttributes(deliveryId: string, count: number, seed = defaultSeed): Row[] {
  const random = createRandom(seed).fork(`bulk:${count}`);
  const context = createGenerationContext(seed, Date.parse(defaultSampleNow), 5);
  const rows: Row[] = [];
  const created = Date.parse(defaultSampleNow) - day;
  let round = 0;
  while (rows.length < count) {
    const contact = random.pick(context.contacts);
    const configuration = random.pick(context.configurations);
    const pairs: [string, string, number][] = [
      ...inputAttributeValues(random, contact, configuration).map(
        ([k, v]) => [k, v, AttributeTypeChoice.input] as [string, string, number],
      ),
      ...resultAttributeValues(random, "CallEnded", created).map(
        ([k, v]) => [k, v, AttributeTypeChoice.result] as [string, string, number],
      ),
    ];
    for (const [keyword, value, type] of pairs) {
      if (rows.length >= count) break;
      // Distinct keywords, as a grid of this size would hold (Field0001_Name ...).
      rows.push(attributeRow(random, deliveryId, `${keyword}_${String(round).padStart(4, "0")}`, value, type, created));
    }
    round += 1;
  }
  if (count > 0 && !rows.some((row) => String(row[A.value]).length === maxValueLength())) {
    rows[rows.length - 1][A.value] = longText(random, maxValueLength());
  }
  return rows;
}
