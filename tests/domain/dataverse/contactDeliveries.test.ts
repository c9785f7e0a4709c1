import {
  createDataverseClient,
  deliveryAttributes,
  firstDeliveryPage,
  nextDeliveryPage,
  deliveryFactsOf,
} from "../../../dataverse/contactDeliveries";
import {
  contactDeliveriesQuery,
  deliveryAttributesQuery,
  matchContactId,
  summarizeDeliveries,
} from "../../../domain/deliveries";
import { SampleStore, createSampleWebApi, generateSampleData } from "../../../preview/data";

const contactId = "7d4c1a52-3b7e-4f0a-9c11-2f5e8d6a0b01";
const deliveryId = "0b9a1f8e-2c3d-4e5f-8a9b-1c2d3e4f5a6b";
const contact = (() => {
  const match = matchContactId(`{${contactId.toUpperCase()}}`);
  if (match.kind !== "valid") throw new Error(match.message);
  return match;
})();

type Call = { entityType: string; options?: string; maxPageSize?: number };
/** A page as the host answers it; the last page has no nextLink. */
type Answer = { entities: ComponentFramework.WebApi.Entity[]; nextLink?: string };

/** A webAPI that answers retrieveMultipleRecords from a script, in order, and records each call. */
function scriptedWebApi(answers: Answer[]): { webAPI: ComponentFramework.WebApi; calls: Call[] } {
  const calls: Call[] = [];
  const fail = () => Promise.reject(new Error("not scripted"));
  const webAPI: ComponentFramework.WebApi = {
    retrieveMultipleRecords: (entityType, options, maxPageSize) => {
      calls.push({ entityType, options, maxPageSize });
      const answer = answers.shift();
      return answer
        ? Promise.resolve(answer as ComponentFramework.WebApi.RetrieveMultipleResponse)
        : Promise.reject(new Error("no more answers"));
    },
    retrieveRecord: fail,
    createRecord: fail,
    updateRecord: fail,
    deleteRecord: fail,
  };
  return { webAPI, calls };
}

const deliveryRow = (id: string, status: string, windowEnd: string) => ({
  "@odata.etag": 'W/"1"',
  msdyn_proactive_deliveryid: id,
  msdyn_delivery_id: `delivery ${id.slice(0, 4)}`,
  msdyn_status: status,
  msdyn_result: null,
  msdyn_window_start_date: "2026-03-01T09:00:00Z",
  msdyn_window_end_date: windowEnd,
  msdyn_start_date: null,
  msdyn_end_date: null,
  msdyn_dialmode_type: "Progressive",
  msdyn_disposition_codes: null,
});
const nextLink =
  "/api/data/v9.2/msdyn_proactive_deliveries?$select=msdyn_status&$skiptoken=%3Ccookie%20pagenumber%3D%222%22%20%2F%3E";

describe("contact deliveries through dataverse-ify over a PCF webAPI", () => {
  it("reads the first page with one request: the plan's query, the page size as maxPageSize", async () => {
    const { webAPI, calls } = scriptedWebApi([
      { entities: [deliveryRow(deliveryId, "Pending", "2026-03-02T09:00:00Z")], nextLink },
    ]);
    const page = await firstDeliveryPage(createDataverseClient(webAPI), contact, 25);
    expect(calls).toEqual([
      { entityType: "msdyn_proactive_delivery", options: contactDeliveriesQuery(contact), maxPageSize: 25 },
    ]);
    expect(page.nextLink).toBe(nextLink);
    expect(page.rows).toHaveLength(1);
    const [row] = page.rows;
    // dataverse-ify typed the answer: a time zone independent date is a Date.
    expect(row.msdyn_window_end_date).toEqual(new Date("2026-03-02T09:00:00Z"));
    expect(row.msdyn_status).toBe("Pending");
    expect(row.msdyn_proactive_deliveryid).toBe(deliveryId);
    expect(
      summarizeDeliveries(page.rows.map(deliveryFactsOf), { now: new Date("2026-03-05T00:00:00Z"), morePages: true }),
    ).toMatchObject({ count: 1, needsAttention: 1, partial: true });
  });

  it("reads each next page with one request: the nextLink's query part, same page size", async () => {
    const { webAPI, calls } = scriptedWebApi([
      { entities: [deliveryRow(deliveryId, "Complete", "2026-03-02T09:00:00Z")], nextLink },
      { entities: [deliveryRow(deliveryId, "Complete", "2026-03-02T09:00:00Z")] },
    ]);
    const client = createDataverseClient(webAPI);
    const second = await nextDeliveryPage(client, nextLink, 25);
    expect(second.nextLink).toBe(nextLink);
    const third = await nextDeliveryPage(client, second.nextLink ?? "", 25);
    expect(third.nextLink).toBeUndefined();
    expect(calls).toEqual([
      { entityType: "msdyn_proactive_delivery", options: nextLink.slice(nextLink.indexOf("?")), maxPageSize: 25 },
      { entityType: "msdyn_proactive_delivery", options: nextLink.slice(nextLink.indexOf("?")), maxPageSize: 25 },
    ]);
  });

  it("reads a chosen delivery's attributes with one request, the lookup as an EntityReference", async () => {
    const { webAPI, calls } = scriptedWebApi([
      {
        entities: [
          {
            msdyn_proactive_delivery_attributeid: "11111111-2222-4333-8444-555555555555",
            msdyn_keyword: "AccountNumber",
            msdyn_value: "A-1001",
            msdyn_type: 700610000,
            "msdyn_type@OData.Community.Display.V1.FormattedValue": "Input",
            _msdyn_proactive_delivery_value: deliveryId,
            "_msdyn_proactive_delivery_value@Microsoft.Dynamics.CRM.lookuplogicalname": "msdyn_proactive_delivery",
          },
        ],
      },
    ]);
    const page = await deliveryAttributes(createDataverseClient(webAPI), deliveryId);
    expect(calls).toEqual([
      { entityType: "msdyn_proactive_delivery_attribute", options: deliveryAttributesQuery(deliveryId) },
    ]);
    const [attribute] = page.rows;
    expect(attribute.msdyn_keyword).toBe("AccountNumber");
    expect(attribute.msdyn_type).toBe(700610000);
    expect(attribute.formattedValues?.msdyn_type).toBe("Input");
    expect(attribute.msdyn_proactive_delivery).toMatchObject({
      entityType: "msdyn_proactive_delivery",
      id: deliveryId,
    });
  });
});

describe("contact deliveries over the preview's sample Web API", () => {
  it("pages through one contact's deliveries, one request a page, newest window first", async () => {
    const data = generateSampleData({ deliveryCount: 400 });
    const store = new SampleStore(data, () => Date.parse(data.now));
    const webAPI = createSampleWebApi(store);
    const counts = new Map<string, number>();
    for (const row of data.deliveries) {
      const id = matchContactId(row.msdyn_contact_id as string | null);
      if (id.kind === "valid") counts.set(id.id, (counts.get(id.id) ?? 0) + 1);
    }
    const [busiest] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const match = matchContactId(busiest[0].toUpperCase());
    if (match.kind !== "valid") throw new Error(match.message);
    const client = createDataverseClient(webAPI);

    let page = await firstDeliveryPage(client, match, 3);
    const rows = [...page.rows];
    while (page.nextLink) {
      page = await nextDeliveryPage(client, page.nextLink, 3);
      rows.push(...page.rows);
    }
    const stored = data.deliveries.filter((row) => match.storedForms.includes(row.msdyn_contact_id as string));
    expect(rows.map((r) => r.msdyn_proactive_deliveryid).sort()).toEqual(
      stored.map((r) => r.msdyn_proactive_deliveryid).sort(),
    );
    expect(webAPI.requests).toHaveLength(Math.ceil(stored.length / 3));
    const starts = rows.map((r) => r.msdyn_window_start_date?.getTime() ?? -Infinity);
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });
});
