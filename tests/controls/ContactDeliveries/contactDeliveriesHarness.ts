/**
 * Mounting ContactDeliveries on a contact form over a scripted Web API: a contact's
 * deliveries and their attributes in memory, answered the way Dataverse answers (dates as ISO
 * text, the choice as a number, pages of maxPageSize with an @odata.nextLink), every request
 * counted, and any request can be made to fail first.
 */
import { act } from "@testing-library/react";
import { AttributeTypeChoice } from "../../../domain/tables/names";
import { ContactDeliveries } from "../../../controls/ContactDeliveries";
import type { IInputs, IOutputs } from "../../../controls/ContactDeliveries/generated/ManifestTypes";
import { splitQuery } from "../../../preview/data/odata/query";
import {
  createMockContext,
  mountControl,
  textProperty,
  type ControlHarness,
  type HostBehaviour,
} from "../../support/pcfContext";

type Entity = ComponentFramework.WebApi.Entity;
export type Harness = ControlHarness<IInputs, IOutputs>;

export const contactId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
/** What formContext.data.entity.getId() gives on the contact form. */
export const formContactId = `{${contactId.toUpperCase()}}`;

export interface DeliveryRow {
  msdyn_proactive_deliveryid: string;
  msdyn_delivery_id?: string | null;
  msdyn_contact_id?: string | null;
  msdyn_status?: string | null;
  msdyn_result?: string | null;
  msdyn_dialmode_type?: string | null;
  msdyn_window_start_date?: string | null;
  msdyn_window_end_date?: string | null;
  msdyn_start_date?: string | null;
  msdyn_end_date?: string | null;
  msdyn_disposition_codes?: string | null;
  msdyn_channel?: string | null;
  msdyn_channel_sent_date?: string | null;
}

export interface AttributeRow {
  msdyn_proactive_delivery_attributeid: string;
  delivery: string;
  msdyn_keyword: string | null;
  msdyn_value: string | null;
  msdyn_type: number | null;
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, "0");
export const deliveryIdOf = (index: number): string => `d0000000-0000-4000-8000-${hex(index, 12)}`;
const attributeIdOf = (delivery: number, index: number): string =>
  `a${hex(delivery, 7)}-0000-4000-8000-${hex(index, 12)}`;

/** `count` completed deliveries, one per day, newest first (index 0 is the newest). */
export function deliveriesOf(count: number, spell: (id: string, index: number) => string = (id) => id): DeliveryRow[] {
  const newest = Date.UTC(2026, 10, 30, 9, 0, 0);
  return Array.from({ length: count }, (_, index) => {
    const start = newest - index * 86_400_000;
    return {
      msdyn_proactive_deliveryid: deliveryIdOf(index),
      msdyn_delivery_id: `DLV-${index}`,
      msdyn_contact_id: spell(contactId, index),
      msdyn_status: "Complete",
      msdyn_result: "CallEnded",
      msdyn_dialmode_type: "Progressive",
      msdyn_window_start_date: new Date(start).toISOString(),
      msdyn_window_end_date: new Date(start + 8 * 3_600_000).toISOString(),
      msdyn_start_date: new Date(start + 13 * 60_000).toISOString(),
      msdyn_end_date: new Date(start + 13 * 60_000 + 58_000).toISOString(),
      msdyn_disposition_codes: '"Reached","Paid"',
    };
  });
}

/** Two input attributes and one result attribute for each delivery. */
export function attributesOf(deliveries: readonly DeliveryRow[]): AttributeRow[] {
  return deliveries.flatMap((delivery, index) => [
    {
      msdyn_proactive_delivery_attributeid: attributeIdOf(index, 0),
      delivery: delivery.msdyn_proactive_deliveryid,
      msdyn_keyword: "CustomerName",
      msdyn_value: `Customer ${index}`,
      msdyn_type: AttributeTypeChoice.input,
    },
    {
      msdyn_proactive_delivery_attributeid: attributeIdOf(index, 1),
      delivery: delivery.msdyn_proactive_deliveryid,
      msdyn_keyword: "AmountDue",
      msdyn_value: "120.50",
      msdyn_type: AttributeTypeChoice.input,
    },
    {
      msdyn_proactive_delivery_attributeid: attributeIdOf(index, 2),
      delivery: delivery.msdyn_proactive_deliveryid,
      msdyn_keyword: "CallSummary",
      msdyn_value: `Summary of call ${index}`,
      msdyn_type: AttributeTypeChoice.result,
    },
  ]);
}

export interface Request {
  entityType: string;
  options: string;
  maxPageSize?: number;
}

export type Failure = Record<string, unknown> | Error;

export interface ScriptedWebApi {
  deliveries: DeliveryRow[];
  attributes: AttributeRow[];
  requests: Request[];
  /** The next requests fail with these, in order, before answers resume. */
  failNext(...failures: Failure[]): void;
  /** Requests wait until release() is called. */
  hold(): void;
  release(): Promise<void>;
  retrieveMultipleRecords(
    entityType: string,
    options?: string,
    maxPageSize?: number,
  ): Promise<ComponentFramework.WebApi.RetrieveMultipleResponse>;
}

function parameter(options: string, name: string): string | undefined {
  return splitQuery(options).find((entry) => entry[0] === name)?.[1];
}

/** The quoted literals of `msdyn_contact_id eq '…'` comparisons. */
function contactSpellings(filter: string): string[] {
  return [...filter.matchAll(/msdyn_contact_id eq '((?:[^']|'')*)'/g)].map((match) => match[1].replace(/''/g, "'"));
}

export function createScriptedWebApi(deliveries: DeliveryRow[], attributes = attributesOf(deliveries)): ScriptedWebApi {
  const failures: Failure[] = [];
  let held: (() => void)[] | undefined;
  const api: ScriptedWebApi = {
    deliveries,
    attributes,
    requests: [],
    failNext: (...list) => failures.push(...list),
    hold: () => {
      held = [];
    },
    release: async () => {
      const waiting = held ?? [];
      held = undefined;
      waiting.forEach((resume) => resume());
      await Promise.resolve();
    },
    retrieveMultipleRecords: async (entityType, options = "", maxPageSize) => {
      api.requests.push({ entityType, options, ...(maxPageSize ? { maxPageSize } : {}) });
      if (held) await new Promise<void>((resolve) => held?.push(resolve));
      const failure = failures.shift();
      if (failure) throw failure;
      const filter = parameter(options, "$filter") ?? "";
      const skip = Number(parameter(options, "$skiptoken") ?? 0);
      const size = maxPageSize ?? 5000;
      let rows: Entity[];
      if (entityType === "msdyn_proactive_delivery") {
        // Exact text comparison, as the service must be assumed to make.
        const spellings = new Set(contactSpellings(filter));
        rows = api.deliveries
          .filter((row) => row.msdyn_contact_id != null && spellings.has(row.msdyn_contact_id))
          // Newest first; no date sorts lowest, so last in descending order, as in Dataverse.
          .sort((a, b) => (b.msdyn_window_start_date ?? "").localeCompare(a.msdyn_window_start_date ?? ""))
          .map((row) => ({ ...row }) as Entity);
      } else if (entityType === "msdyn_proactive_delivery_attribute") {
        const id = /_msdyn_proactive_delivery_value eq ([0-9a-f-]{36})/.exec(filter)?.[1];
        rows = api.attributes
          .filter((row) => row.delivery === id)
          .map(({ delivery, ...row }) => ({ ...row, _msdyn_proactive_delivery_value: delivery }) as Entity);
      } else {
        throw new Error(`unexpected table ${entityType}`);
      }
      const page = rows.slice(skip, skip + size);
      const more = skip + size < rows.length;
      const base = options.replace(/&\$skiptoken=\d+/, "");
      return {
        entities: page,
        nextLink: more ? `https://org.example/api/data/v9.2/${entityType}s${base}&$skiptoken=${skip + size}` : "",
      };
    },
  };
  return api;
}

export interface MountOptions {
  entityId?: string | null;
  entityTypeName?: string;
  contactName?: string | null;
  languageId?: number;
  isRTL?: boolean;
  allocatedHeight?: number;
}

export function mountContactDeliveries(
  api: ScriptedWebApi,
  options: MountOptions = {},
  host: HostBehaviour = {},
): Harness {
  const context = createMockContext<IInputs>({
    controlName: "ContactDeliveries",
    parameters: { contactName: textProperty(options.contactName === undefined ? "Ada Lovelace" : options.contactName) },
    entityId: options.entityId === undefined ? formContactId : options.entityId,
    entityTypeName: options.entityTypeName ?? "contact",
    languageId: options.languageId,
    isRTL: options.isRTL,
    allocatedHeight: options.allocatedHeight,
  });
  context.webAPI.retrieveMultipleRecords.mockImplementation((entityType, query, maxPageSize) =>
    api.retrieveMultipleRecords(entityType, query, maxPageSize),
  );
  return mountControl(ContactDeliveries, context, host);
}

/**
 * Settles Web API answers and the renders they cause. dataverse-ify turns each row of an
 * answer into its typed form with an await per row and per column, so an answer of 50 rows
 * takes a few thousand promise turns; none of it waits for a timer, so fake timers stay in
 * control of Retry-After waits.
 */
export async function settleAll(harness: Harness): Promise<void> {
  await act(async () => {
    for (let turn = 0; turn < 5000; turn += 1) await Promise.resolve();
  });
  await harness.settle();
}
