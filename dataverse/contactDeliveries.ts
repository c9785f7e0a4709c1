import { setMetadataCache, XrmContextDataverseClient, type DataverseClient } from "dataverse-ify";
import type { ContactIdMatch } from "../domain/deliveries/contactId";
import { contactDeliveriesQuery, deliveryAttributesQuery, nextPageQuery } from "../domain/deliveries/query";
import type { RawAttribute } from "../domain/attributes/types";
import type { DeliveryFacts } from "../domain/deliveries/deliveryItem";
import { AttributeNames as A, DeliveryNames as D } from "../domain/tables/names";
import type { msdyn_proactive_delivery } from "./generated/entities/msdyn_proactive_delivery";
import type { msdyn_proactive_delivery_attribute } from "./generated/entities/msdyn_proactive_delivery_attribute";
import { metadataCache } from "./generated/metadata";

/**
 * A contact's deliveries read through dataverse-ify, typed by the generated entities.
 *
 * dataverse-ify's `retrieveMultiple` runs an OData query when the string starts with `?` or
 * `$` (it needs `logicalName`, takes `maxPageSize`, and returns the service's `nextLink`), and
 * FetchXML otherwise. So the query strings are exactly the ones domain/deliveries/query.ts
 * builds, sent as they are to `context.webAPI.retrieveMultipleRecords(logicalName, query,
 * maxPageSize)`; the next page is the nextLink's query part sent the same way (what Xrm
 * documents for paging). What dataverse-ify adds is the typing: lookups become
 * EntityReference, choice values numbers, the time zone independent dates Date objects. It has
 * no paging helper of its own for OData (`moreRecords`/paging cookie are FetchXML only), which
 * is why the nextLink is carried here.
 */
export type DeliveryEntity = msdyn_proactive_delivery;
export type DeliveryAttributeEntity = msdyn_proactive_delivery_attribute;

export interface Page<T> {
  rows: T[];
  /** The service's `@odata.nextLink`; undefined on the last page. */
  nextLink?: string;
}

type ValidContact = Extract<ContactIdMatch, { kind: "valid" }>;

/**
 * A dataverse-ify client over a PCF `context.webAPI`. XrmContextDataverseClient is typed for
 * `Xrm.WebApi`; for queries it calls only `retrieveMultipleRecords` and `retrieveRecord`, which
 * the PCF WebApi has with the same signatures (its create/update are not used: they send a
 * doubly encoded body in 2.0.7).
 */
export function createDataverseClient(webAPI: ComponentFramework.WebApi): DataverseClient {
  setMetadataCache(metadataCache);
  return new XrmContextDataverseClient(webAPI as unknown as Xrm.WebApi);
}

async function page<T extends DeliveryEntity | DeliveryAttributeEntity>(
  client: DataverseClient,
  logicalName: string,
  query: string,
  maxPageSize?: number,
): Promise<Page<T>> {
  const result = await client.retrieveMultiple<T>(query, { logicalName, ...(maxPageSize ? { maxPageSize } : {}) });
  return { rows: result.entities, ...(result.nextLink ? { nextLink: result.nextLink } : {}) };
}

/** The first page of a contact's deliveries: one request. */
export function firstDeliveryPage(
  client: DataverseClient,
  contact: ValidContact,
  maxPageSize: number,
): Promise<Page<DeliveryEntity>> {
  return page(client, D.table, contactDeliveriesQuery(contact), maxPageSize);
}

/** The page after the one that returned `nextLink`: one request. */
export function nextDeliveryPage(
  client: DataverseClient,
  nextLink: string,
  maxPageSize: number,
): Promise<Page<DeliveryEntity>> {
  return page(client, D.table, nextPageQuery(nextLink), maxPageSize);
}

/**
 * The attributes of one delivery: one request (the service's largest page, 5,000 rows; a
 * nextLink beyond that goes to `nextAttributePage`).
 */
export function deliveryAttributes(
  client: DataverseClient,
  deliveryId: string,
): Promise<Page<DeliveryAttributeEntity>> {
  return page(client, A.table, deliveryAttributesQuery(deliveryId));
}

export function nextAttributePage(client: DataverseClient, nextLink: string): Promise<Page<DeliveryAttributeEntity>> {
  return page(client, A.table, nextPageQuery(nextLink));
}

/** What the list and summarizeDeliveries read of a typed delivery. */
export function deliveryFactsOf(delivery: DeliveryEntity): DeliveryFacts {
  return {
    id: delivery.msdyn_proactive_deliveryid ?? "",
    deliveryId: delivery.msdyn_delivery_id,
    status: delivery.msdyn_status,
    result: delivery.msdyn_result,
    dialMode: delivery.msdyn_dialmode_type,
    windowStart: delivery.msdyn_window_start_date,
    windowEnd: delivery.msdyn_window_end_date,
    callStart: delivery.msdyn_start_date,
    callEnd: delivery.msdyn_end_date,
    dispositionCodes: delivery.msdyn_disposition_codes,
    channel: delivery.msdyn_channel,
    sentDate: delivery.msdyn_channel_sent_date,
  };
}

/** What the attribute list reads of a typed attribute. */
export function attributeOf(row: DeliveryAttributeEntity): RawAttribute {
  return {
    id: row.msdyn_proactive_delivery_attributeid ?? "",
    keyword: row.msdyn_keyword,
    value: row.msdyn_value,
    type: row.msdyn_type,
  };
}
