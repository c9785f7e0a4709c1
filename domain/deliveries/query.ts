import { AttributeNames as A, DeliveryNames as D } from "../tables/names";
import type { ContactIdMatch } from "./contactId";

/**
 * The Web API query strings (the `options` of `retrieveMultipleRecords`) behind a contact's
 * deliveries. Elastic tables allow only flat queries on one table: no filter on a related table,
 * no ordering by a lookup, no aggregate we can rely on. So a page of deliveries is one query on
 * `msdyn_contact_id`, and a delivery's attributes are one query on the lookup's value. Page size
 * is the `maxPageSize` argument (not `$top`, which would end paging); the next page is the
 * `@odata.nextLink` the service returns, never a count query.
 */

/** The columns the contact's deliveries view shows, and the primary key. */
export const contactDeliveryColumns = [
  D.id,
  D.deliveryId,
  D.status,
  D.result,
  D.windowStartDate,
  D.windowEndDate,
  D.startDate,
  D.endDate,
  D.dialModeType,
  D.dispositionCodes,
  D.channel,
  D.channelSentDate,
] as const;

export const deliveryAttributeColumns = [A.keyword, A.value, A.type] as const;

/** The Web API name of a lookup's value: `_<lookup>_value`. */
export const deliveryLookupValue = `_${A.delivery}_value`;

/** An OData string literal: in quotes, a quote doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The first page of a contact's deliveries, newest window first.
 *
 * The four spellings are `eq` comparisons joined by `or`, not `in`: the OData 4.01 `in`
 * operator is not part of Dataverse's OData 4.0 Web API, and its `Microsoft.Dynamics.CRM.In`
 * function is not among what the elastic tables page documents, while `eq` and `or` on a text
 * column are the plainest filter there is. Four comparisons in one request still cost one
 * round trip.
 */
export function contactDeliveriesQuery(contact: Extract<ContactIdMatch, { kind: "valid" }>): string {
  const filter = contact.storedForms.map((form) => `${D.contactId} eq ${odataString(form)}`).join(" or ");
  return `?$select=${contactDeliveryColumns.join(",")}&$filter=${filter}&$orderby=${D.windowStartDate} desc`;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The attributes of one delivery, by keyword. A GUID literal is unquoted in OData, so the id
 * must be a bare GUID (the primary key as the Web API returns it).
 */
export function deliveryAttributesQuery(deliveryId: string): string {
  if (!guid.test(deliveryId)) throw new Error(`Not a delivery id (a bare GUID): "${deliveryId}"`);
  const filter = `${deliveryLookupValue} eq ${deliveryId.toLowerCase()}`;
  return `?$select=${deliveryAttributeColumns.join(",")}&$filter=${filter}&$orderby=${A.keyword} asc`;
}

/**
 * The options of the request for the page after this one: the query part of the service's
 * `@odata.nextLink`, unchanged (Xrm's retrieveMultipleRecords takes it as its options; its
 * `$skiptoken` carries the position). The same maxPageSize goes with it.
 */
export function nextPageQuery(nextLink: string): string {
  const start = nextLink.indexOf("?");
  if (start < 0 || start === nextLink.length - 1) throw new Error(`Not a next page link: "${nextLink}"`);
  return nextLink.slice(start);
}
