/**
 * Deliberately broken deliveries: what real tables hold now and then and what every control
 * must show without crashing or executing anything. Each is a generated delivery with a few
 * columns overridden, under a stable key the record switcher and the tests use.
 */
import {
  AttributeNames as A,
  AttributeTypeChoice,
  DeliveryNames as D,
  deliveryTable,
  maxLengthOf,
  attributeTable,
} from "../../domain/tables";
import { generateDelivery, iso, type GenerationContext, type Status } from "./deliveryGenerator";
import { longText } from "./values";
import type { CatalogueEntry, Row } from "./types";

export interface BrokenRecord {
  entry: CatalogueEntry;
  delivery: Row;
  attributes: Row[];
}

interface BrokenSpec {
  key: string;
  title: string;
  problem: string;
  status: Status;
  delivery?: (row: Row, now: number) => Row;
  attributes?: (rows: Row[], make: (keyword: string, value: string, type: number | null) => Row) => Row[];
}

const hour = 3_600_000;

/** The quoted-code list, repeated until the column is exactly full. */
function codesAtLimit(limit: number): string {
  let text = "";
  for (let index = 0; ; index += 1) {
    const next = `${text ? "," : ""}"Code${String(index).padStart(3, "0")}"`;
    if (text.length + next.length > limit) break;
    text += next;
  }
  return text.padEnd(limit, " ");
}

export const xssPayloads = {
  image: "<img src=x onerror=alert(1)>",
  script: "<script>alert('preview')</script>",
  link: '<a href="javascript:alert(1)">click me</a>',
  javascriptUrl: "javascript:alert(origin)",
} as const;

/**
 * Ids of the "unresolvable-ids" record that name nothing: a conversation the store leaves out
 * (braces and upper case, as some writers store GUIDs) and a configuration no table holds.
 * Its contact id is no GUID at all; its queue is a real one.
 */
export const unresolvableIds = {
  contact: "CONTACT-0042",
  conversation: "{9B0C6E4A-2D1F-4A7B-8C3E-5F6A7B8C9D0E}",
  configuration: "3c9e1d7a-0b2f-4e6d-9a8c-7b5f4e3d2c1b",
} as const;

/**
 * The queue id of the "unknown-queue" record: a well-formed GUID no queue has (a queue deleted
 * since). Its configuration is a real one stored `{UPPER}`, so it resolves only as a GUID.
 */
export const unresolvableQueueId = "{7E1D0C9B-8A7F-4E6D-9C5B-4A3F2E1D0C9B}";

const specs: readonly BrokenSpec[] = [
  {
    key: "unknown-values",
    title: "Unknown status, result and dial mode",
    problem:
      "msdyn_status 'OnHold', msdyn_result 'Voicemail?' and msdyn_dialmode_type 'Autopilot' are not documented values",
    status: "Complete",
    delivery: (row) => ({ ...row, [D.status]: "OnHold", [D.result]: "Voicemail?", [D.dialModeType]: "Autopilot" }),
  },
  {
    key: "missing-required",
    title: "Required columns empty",
    problem: "status, dial mode, result and to address are null",
    status: "Expired",
    delivery: (row) => ({ ...row, [D.status]: null, [D.dialModeType]: null, [D.result]: null, [D.toAddress]: null }),
  },
  {
    key: "status-case",
    title: "Status in lower case with spaces",
    problem: "msdyn_status ' complete ' and msdyn_result 'callended'",
    status: "Complete",
    delivery: (row) => ({ ...row, [D.status]: " complete ", [D.result]: "callended" }),
  },
  {
    key: "messy-dispositions",
    title: "Malformed disposition text",
    problem: "spaces, missing quotes, empty entries, duplicates, escaped quotes and a trailing comma",
    status: "Complete",
    delivery: (row) => ({
      ...row,
      [D.result]: "CallEnded",
      [D.dispositionCodes]: ` "PromiseToPay", SpokeToAgent,,"Said ""call me later""" , "PromiseToPay","Escaped \\"quote\\"",`,
    }),
  },
  {
    key: "unterminated-quote",
    title: "Disposition text with an unterminated quote",
    problem: "the last code's closing quote is missing",
    status: "Complete",
    delivery: (row) => ({ ...row, [D.result]: "CallEnded", [D.dispositionCodes]: `"CallbackRequested","WrongNumber` }),
  },
  {
    key: "dispositions-at-limit",
    title: "Disposition text at the column limit",
    problem: "msdyn_disposition_codes holds exactly its maximum length",
    status: "Complete",
    delivery: (row) => ({
      ...row,
      [D.result]: "CallEnded",
      [D.dispositionCodes]: codesAtLimit(maxLengthOf(deliveryTable, D.dispositionCodes)),
    }),
  },
  {
    key: "reversed-window",
    title: "Window end before window start",
    problem: "msdyn_window_end_date lies 6 hours before msdyn_window_start_date",
    status: "Expired",
    delivery: (row) => {
      const start = Date.parse(String(row[D.windowStartDate]));
      return { ...row, [D.windowEndDate]: iso(start - 6 * hour), [D.expirationDate]: iso(start - 6 * hour) };
    },
  },
  {
    key: "call-end-before-start",
    title: "Call end before call start",
    problem: "msdyn_end_date lies 10 minutes before msdyn_start_date",
    status: "Complete",
    delivery: (row) => {
      const start = Date.parse(String(row[D.startDate]));
      return { ...row, [D.endDate]: iso(start - 600_000) };
    },
  },
  {
    key: "call-outside-window",
    title: "Call before the window opened",
    problem: "msdyn_start_date lies 2 hours before msdyn_window_start_date; no window end",
    status: "Complete",
    delivery: (row) => {
      const start = Date.parse(String(row[D.windowStartDate]));
      return {
        ...row,
        [D.startDate]: iso(start - 2 * hour),
        [D.endDate]: iso(start - 2 * hour + 300_000),
        [D.windowEndDate]: null,
      };
    },
  },
  {
    key: "no-dates",
    title: "Complete without any dates",
    problem: "every date column is null",
    status: "Complete",
    delivery: (row) => ({
      ...row,
      [D.windowStartDate]: null,
      [D.windowEndDate]: null,
      [D.startDate]: null,
      [D.endDate]: null,
      [D.resultDate]: null,
      [D.channelSentDate]: null,
      [D.earliestScheduleDate]: null,
      [D.expirationDate]: null,
    }),
  },
  {
    key: "pending-after-window",
    title: "Pending after its window closed",
    problem: "status Pending but the window ended 3 days ago",
    status: "Pending",
    delivery: (row, now) => ({
      ...row,
      [D.windowStartDate]: iso(now - 4 * 24 * hour),
      [D.windowEndDate]: iso(now - 3 * 24 * hour),
    }),
  },
  {
    key: "html-injection",
    title: "HTML and script in values",
    problem: "HTML and javascript: URLs in dispositions, tracking id and attributes must show as text",
    status: "Complete",
    delivery: (row) => ({
      ...row,
      [D.result]: "CallEnded",
      [D.trackingId]: xssPayloads.script,
      [D.dispositionCodes]: `"${xssPayloads.image}","PromiseToPay","<b>bold</b>"`,
    }),
    attributes: (rows, make) => [
      ...rows,
      make(xssPayloads.image, xssPayloads.script, AttributeTypeChoice.input),
      make("NotesHtml", xssPayloads.link, AttributeTypeChoice.input),
      make("ReturnUrl", xssPayloads.javascriptUrl, AttributeTypeChoice.result),
      make("Markup", '<div style="position:fixed;inset:0;background:red">overlay</div>', AttributeTypeChoice.result),
    ],
  },
  {
    key: "attribute-mess",
    title: "Attributes with odd types, empty values and limits",
    problem:
      "unknown and missing type, empty and blank values, a keyword and a value at their limits, bad JSON, duplicates, right-to-left text",
    status: "Complete",
    attributes: (rows, make) => [
      ...rows,
      make("UnknownType", "type 3 is not a documented choice value", 3),
      make("NoType", "type is null", null),
      make("EmptyValue", "", AttributeTypeChoice.input),
      make("BlankValue", "   ", AttributeTypeChoice.input),
      make("K".repeat(maxLengthOf(attributeTable, A.keyword)), "keyword at its limit", AttributeTypeChoice.input),
      make("ValueAtLimit", "", AttributeTypeChoice.result),
      make("BrokenJson", '{"amount": 12.5, "currency": ', AttributeTypeChoice.input),
      make("CustomerName", "Duplicate keyword", AttributeTypeChoice.input),
      make("ArabicNote", "العميل طلب معاودة الاتصال غداً", AttributeTypeChoice.result),
      make("HebrewNote", "הלקוח ביקש שיחה חוזרת", AttributeTypeChoice.result),
      make("Emoji", "Customer was happy 😀👍", AttributeTypeChoice.result),
      make("ImpossibleDate", "2025-02-30", AttributeTypeChoice.input),
      make("MultiLine", "line one\nline two\r\nline three", AttributeTypeChoice.input),
    ],
  },
  {
    key: "no-attributes",
    title: "No attributes and no dispositions",
    problem: "the delivery has no attribute rows and an empty disposition column",
    status: "Cancelled",
    delivery: (row) => ({ ...row, [D.dispositionCodes]: "" }),
    attributes: () => [],
  },
  {
    key: "unresolvable-ids",
    title: "Related ids that name nothing",
    problem:
      "msdyn_contact_id is no GUID, msdyn_conversation_id and msdyn_proactive_engagement_config_id name rows that do not exist; the queue resolves",
    status: "Complete",
    delivery: (row) => ({
      ...row,
      [D.contactId]: unresolvableIds.contact,
      [D.conversationId]: unresolvableIds.conversation,
      [D.configId]: unresolvableIds.configuration,
    }),
  },
  {
    key: "unknown-queue",
    title: "A queue that no longer exists",
    problem:
      "msdyn_queue_id names no queue (braces, upper case); msdyn_proactive_engagement_config_id names a real configuration in braces and upper case",
    status: "Error",
    delivery: (row) => ({
      ...row,
      [D.queueId]: unresolvableQueueId,
      [D.configId]: `{${String(row[D.configId]).toUpperCase()}}`,
    }),
  },
  // Last, so every record before it draws what it drew before.
  {
    key: "sms-without-sent-date",
    title: "SMS delivered without a sent date",
    problem: "msdyn_channel SMS, result Delivered, no call dates and no msdyn_channel_sent_date",
    status: "Complete",
    delivery: (row) => ({
      ...row,
      [D.channel]: "SMS",
      [D.dialModeType]: null,
      [D.startDate]: null,
      [D.endDate]: null,
      [D.callId]: null,
      [D.conversationId]: null,
      [D.dispositionCodes]: null,
      [D.channelSentDate]: null,
      [D.result]: "Delivered",
    }),
  },
];

export function buildBrokenRecords(context: GenerationContext): BrokenRecord[] {
  const valueLimit = maxLengthOf(attributeTable, A.value);
  return specs.map((spec, index) => {
    const base = generateDelivery(context, 900_000 + index, spec.status);
    const delivery = spec.delivery ? spec.delivery(base.delivery, context.now) : base.delivery;
    const id = String(delivery[D.id]);
    const created = String(delivery.createdon);
    const make = (keyword: string, value: string, type: number | null): Row => ({
      [A.id]: context.random.guid(),
      [A.delivery]: id,
      [A.keyword]: keyword,
      [A.value]: keyword === "ValueAtLimit" ? longText(context.random, valueLimit) : value,
      [A.type]: type,
      createdon: created,
      modifiedon: created,
    });
    const attributes = spec.attributes ? spec.attributes(base.attributes, make) : base.attributes;
    return {
      entry: { id, key: `broken:${spec.key}`, title: spec.title, problem: spec.problem },
      delivery,
      attributes,
    };
  });
}
