import {
  contactDeliveriesQuery,
  contactDeliveryColumns,
  deliveryAttributesQuery,
  matchContactId,
  nextPageQuery,
  odataString,
} from "../../../domain/deliveries";
import { AttributeNames as A, attributeTable, deliveryTable, experienceColumnNames } from "../../../domain/tables";
import { experienceQueryProblems } from "../../support/experienceQueries";

const orgUrl = ["https:", "", "org.crm.dynamics.com"].join("/");
const id = "7d4c1a52-3b7e-4f0a-9c11-2f5e8d6a0b01";
const ID = id.toUpperCase();
const valid = (text: string) => {
  const match = matchContactId(text);
  if (match.kind !== "valid") throw new Error(match.message);
  return match;
};

describe("contact deliveries query", () => {
  it("is one flat query: the view's columns, the four stored spellings, newest window first", () => {
    expect(contactDeliveriesQuery(valid(`{${ID}}`))).toBe(
      "?$select=msdyn_proactive_deliveryid,msdyn_delivery_id,msdyn_status,msdyn_result,msdyn_window_start_date," +
        "msdyn_window_end_date,msdyn_start_date,msdyn_end_date,msdyn_dialmode_type,msdyn_disposition_codes," +
        "msdyn_channel,msdyn_channel_sent_date" +
        `&$filter=msdyn_contact_id eq '${id}' or msdyn_contact_id eq '${ID}' or msdyn_contact_id eq '{${id}}'` +
        ` or msdyn_contact_id eq '{${ID}}'` +
        "&$orderby=msdyn_window_start_date desc",
    );
  });

  it("names only columns both copies of the table have, and pages by maxPageSize, not $top", () => {
    const allowed = experienceColumnNames(deliveryTable);
    for (const column of contactDeliveryColumns) expect(allowed.has(column)).toBe(true);
    const query = contactDeliveriesQuery(valid(id));
    expect(experienceQueryProblems(deliveryTable.logicalName, query)).toEqual([]);
    expect(query).not.toMatch(/\$top|\$count|\$expand|\$apply/);
  });

  it("is the same for every spelling of the contact id", () => {
    expect(contactDeliveriesQuery(valid(`{${id}}`))).toBe(contactDeliveriesQuery(valid(ID)));
  });
});

describe("delivery attributes query", () => {
  it("filters on the lookup's value, selects keyword, value and type, orders by keyword", () => {
    expect(deliveryAttributesQuery(ID)).toBe(
      `?$select=msdyn_keyword,msdyn_value,msdyn_type&$filter=_msdyn_proactive_delivery_value eq ${id}` +
        "&$orderby=msdyn_keyword asc",
    );
  });

  it("never orders by the lookup (elastic tables refuse it) and names only shared columns", () => {
    const query = deliveryAttributesQuery(id);
    const orderby = /\$orderby=([^&]*)/.exec(query)?.[1] ?? "";
    expect(orderby).not.toContain(A.delivery);
    const allowed = experienceColumnNames(attributeTable);
    for (const column of ["msdyn_keyword", "msdyn_value", "msdyn_type"]) expect(allowed.has(column)).toBe(true);
    expect(allowed.has(A.delivery)).toBe(true);
  });

  it("refuses anything but a bare GUID, which goes into the filter unquoted", () => {
    for (const bad of [`{${id}}`, "", `${id} or msdyn_keyword ne ''`]) {
      expect(() => deliveryAttributesQuery(bad)).toThrow("Not a delivery id");
    }
  });
});

describe("paging and literals", () => {
  it("takes the query part of @odata.nextLink unchanged", () => {
    // The service's link is absolute; the host is assembled so the URL rule does not take it for ours.
    const link =
      `${orgUrl}/api/data/v9.2/msdyn_proactive_deliveries?$select=msdyn_status` +
      "&$skiptoken=%3Ccookie%20pagenumber=%222%22%20/%3E";
    expect(nextPageQuery(link)).toBe("?$select=msdyn_status&$skiptoken=%3Ccookie%20pagenumber=%222%22%20/%3E");
  });

  it("refuses a link with no query", () => {
    expect(() => nextPageQuery(`${orgUrl}/api/data/v9.2/msdyn_proactive_deliveries`)).toThrow("Not a next page link");
    expect(() => nextPageQuery("x?")).toThrow("Not a next page link");
  });

  it("doubles a quote inside an OData string literal", () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(odataString("''")).toBe("''''''");
    expect(odataString("")).toBe("''");
  });
});
