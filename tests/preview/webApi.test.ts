import {
  AttributeNames as A,
  AttributeTypeChoice,
  DeliveryNames as D,
  deliveryTable,
  maxLengthOf,
} from "../../domain/tables";
import {
  QuerySyntaxError,
  RecordNotFoundError,
  SampleStore,
  UnsupportedQueryError,
  ValidationError,
  createSampleWebApi,
  generateSampleData,
  type Row,
} from "../../preview/data";

const data = generateSampleData({ deliveryCount: 400 });
const D_TABLE = "msdyn_proactive_delivery";
const A_TABLE = "msdyn_proactive_delivery_attribute";

function setup(): { store: SampleStore; api: ReturnType<typeof createSampleWebApi> } {
  const store = new SampleStore(data, () => Date.parse(data.now));
  return { store, api: createSampleWebApi(store) };
}

const ids = (entities: ComponentFramework.WebApi.Entity[], key: string = D.id): string[] =>
  entities.map((entity) => String(entity[key]));
const idsOf = (rows: Row[], key: string = D.id): string[] => rows.map((row) => String(row[key]));
// In the default partition, so that a plain retrieveRecord finds it (partitions.test.ts covers the others).
const complete = data.deliveries.find(
  (row) => row[D.status] === "Complete" && row[D.dispositionCodes] && row.partitionid === null,
) as Row;

describe("sample Web API: retrieveMultipleRecords", () => {
  it("returns selected columns only, with the id and an etag", async () => {
    const { api } = setup();
    const response = await api.retrieveMultipleRecords(D_TABLE, `?$select=${D.status},${D.result}&$top=3`);
    expect(response.entities).toHaveLength(3);
    expect(Object.keys(response.entities[0]).sort()).toEqual(["@odata.etag", D.id, D.result, D.status].sort());
    expect(response.nextLink).toBeUndefined();
  });

  it("combines and/or/not with parentheses", async () => {
    const { api } = setup();
    const expected = data.deliveries.filter(
      (row) => (row[D.status] === "Expired" || row[D.status] === "Cancelled") && row[D.dialModeType] !== "Copilot",
    );
    const response = await api.retrieveMultipleRecords(
      D_TABLE,
      `?$select=${D.id}&$filter=(${D.status} eq 'Expired' or ${D.status} eq 'Cancelled') and not (${D.dialModeType} eq 'Copilot')`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(response.entities)).toEqual(idsOf(expected));
  });

  it("compares text exactly on an elastic table (eq, ne, In), and ignoring case on a standard one", async () => {
    const { api } = setup();
    const expired = idsOf(data.deliveries.filter((row) => row[D.status] === "Expired"));
    const query = (filter: string): Promise<string[]> =>
      api.retrieveMultipleRecords(D_TABLE, `?$select=${D.id}&$filter=${filter}`).then((r) => ids(r.entities));
    expect(await query(`${D.status} eq 'Expired'`)).toEqual(expired);
    expect(await query(`${D.status} eq 'expired'`)).toEqual([]);
    expect(await query(`${D.status} eq 'EXPIRED'`)).toEqual([]);
    expect(await query(`${D.status} ne 'expired'`)).toHaveLength(
      data.deliveries.filter((row) => row[D.status] !== null).length,
    );
    expect(
      await query(`Microsoft.Dynamics.CRM.In(PropertyName='${D.status}',PropertyValues=['expired','Expired'])`),
    ).toEqual(expired);
    // The text functions still ignore case (the grid's search relies on nothing else).
    expect((await query(`contains(${D.status},'xpIRED')`)).length).toBe(expired.length);
    // A GUID compares as a GUID, whatever its case.
    expect(await query(`${D.id} eq ${expired[0].toUpperCase()}`)).toEqual([expired[0]]);
    // The contact table is a standard (SQL) table: its text compares ignoring case.
    const contact = data.contacts[0];
    const byName = await api.retrieveMultipleRecords(
      "contact",
      `?$select=fullname&$filter=fullname eq '${contact.name.toUpperCase().replace(/'/g, "''")}'`,
    );
    expect(byName.entities.map((entity) => entity.contactid)).toContain(contact.id);
  });

  it("compares dates as instants and treats null as SQL does", async () => {
    const { api } = setup();
    const cutoff = "2025-05-01T00:00:00Z";
    const response = await api.retrieveMultipleRecords(
      D_TABLE,
      `$select=${D.id}&$filter=${D.windowStartDate} ge ${cutoff} and ${D.startDate} ne null`,
    );
    const expected = data.deliveries.filter(
      (row) =>
        row[D.startDate] !== null &&
        row[D.windowStartDate] !== null &&
        Date.parse(String(row[D.windowStartDate])) >= Date.parse(cutoff),
    );
    expect(ids(response.entities)).toEqual(idsOf(expected));
    const nulls = await api.retrieveMultipleRecords(D_TABLE, `$select=${D.id}&$filter=${D.result} eq null`);
    expect(ids(nulls.entities)).toEqual(idsOf(data.deliveries.filter((row) => row[D.result] === null)));
    // ne excludes nulls, as SQL's <> does.
    const notExpired = await api.retrieveMultipleRecords(D_TABLE, `$select=${D.id}&$filter=${D.result} ne 'Expired'`);
    expect(ids(notExpired.entities)).toEqual(
      idsOf(data.deliveries.filter((row) => row[D.result] !== null && row[D.result] !== "Expired")),
    );
  });

  it("supports contains, startswith, endswith and Microsoft.Dynamics.CRM.In", async () => {
    const { api } = setup();
    const contains = await api.retrieveMultipleRecords(
      D_TABLE,
      `$select=${D.id}&$filter=contains(${D.dispositionCodes},'promisetopay')`,
    );
    expect(ids(contains.entities)).toEqual(
      idsOf(
        data.deliveries.filter((row) =>
          String(row[D.dispositionCodes] ?? "")
            .toLowerCase()
            .includes("promisetopay"),
        ),
      ),
    );
    const starts = await api.retrieveMultipleRecords(
      D_TABLE,
      `$select=${D.id}&$filter=startswith(${D.trackingId},'ORD-') and endswith(${D.toAddress},'0')`,
    );
    expect(starts.entities.length).toBeGreaterThan(0);
    const someIds = idsOf(data.deliveries.slice(5, 9));
    const inQuery = `$select=${D.id}&$filter=Microsoft.Dynamics.CRM.In(PropertyName='${D.id}',PropertyValues=[${someIds.map((id) => `'${id.toUpperCase()}'`).join(",")}])`;
    expect(ids((await api.retrieveMultipleRecords(D_TABLE, inQuery)).entities)).toEqual(someIds);
  });

  it("filters attributes by the delivery lookup and answers with lookup and choice annotations", async () => {
    const { api } = setup();
    const deliveryId = String(complete[D.id]);
    const response = await api.retrieveMultipleRecords(
      A_TABLE,
      `?$select=${A.keyword},_${A.delivery}_value,${A.type}&$filter=_${A.delivery}_value eq ${deliveryId}`,
    );
    const expected = data.attributes.filter((row) => row[A.delivery] === deliveryId);
    expect(ids(response.entities, A.id)).toEqual(idsOf(expected, A.id));
    const first = response.entities[0];
    expect(first[`_${A.delivery}_value`]).toBe(deliveryId);
    expect(first[`_${A.delivery}_value@OData.Community.Display.V1.FormattedValue`]).toBe(complete[D.deliveryId]);
    expect(first[`_${A.delivery}_value@Microsoft.Dynamics.CRM.lookuplogicalname`]).toBe(D_TABLE);
    const input = response.entities.find((entity) => entity[A.type] === AttributeTypeChoice.input);
    expect(input?.[`${A.type}@OData.Community.Display.V1.FormattedValue`]).toBe("Input");
  });

  it("orders by several columns, nulls first, and keeps ties in a stable order", async () => {
    const { api } = setup();
    const response = await api.retrieveMultipleRecords(
      D_TABLE,
      `$select=${D.id},${D.result},${D.windowStartDate}&$orderby=${D.result} asc,${D.windowStartDate} desc`,
    );
    const results = response.entities.map((entity) => entity[D.result] as string | null);
    expect(results[0]).toBeNull();
    const nonNull = results.filter((value): value is string => value !== null).map((value) => value.toLowerCase());
    expect(nonNull).toEqual([...nonNull].sort());
    const sameResult = response.entities
      .filter((entity) => entity[D.result] === "CallEnded")
      .map((entity) => Date.parse(String(entity[D.windowStartDate])));
    expect(sameResult).toEqual([...sameResult].sort((a, b) => b - a));
  });

  it("pages through nextLink, given as a whole URL or as its query part, without gaps or repeats", async () => {
    const { api } = setup();
    const query = `?$select=${D.id}&$filter=${D.status} eq 'Complete'&$orderby=${D.windowStartDate} asc`;
    const seen: string[] = [];
    let response = await api.retrieveMultipleRecords(D_TABLE, query, 50);
    let pages = 1;
    seen.push(...ids(response.entities));
    while (response.nextLink) {
      expect(response.nextLink).toContain("$skiptoken=");
      const next = pages % 2 === 0 ? response.nextLink : `?${response.nextLink.split("?")[1]}`;
      response = await api.retrieveMultipleRecords(D_TABLE, next, 50);
      seen.push(...ids(response.entities));
      pages += 1;
    }
    const all = await api.retrieveMultipleRecords(D_TABLE, query);
    expect(pages).toBeGreaterThan(2);
    expect(seen).toEqual(ids(all.entities));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("honours $top and $count", async () => {
    const { api } = setup();
    const response = (await api.retrieveMultipleRecords(
      D_TABLE,
      `$select=${D.id}&$top=7&$count=true`,
    )) as ComponentFramework.WebApi.RetrieveMultipleResponse & { "@odata.count"?: number };
    expect(response.entities).toHaveLength(7);
    expect(response["@odata.count"]).toBe(data.deliveries.length);
  });

  it("logs every request", async () => {
    const { api } = setup();
    await api.retrieveMultipleRecords(D_TABLE, `$select=${D.id}&$top=2`);
    await expect(api.retrieveMultipleRecords(D_TABLE, "$expand=x")).rejects.toThrow();
    expect(api.requests.map((request) => [request.operation, request.rows, request.error === undefined])).toEqual([
      ["retrieveMultipleRecords", 2, true],
      ["retrieveMultipleRecords", undefined, false],
    ]);
  });
});

describe("sample Web API: what it refuses, by name", () => {
  const unsupported: [string, string, RegExp][] = [
    ["$expand", `$select=${D.id}&$expand=owninguser($select=fullname)`, /\$expand/],
    ["$apply", `$apply=groupby((${D.status}),aggregate($count as total))`, /\$apply/],
    ["$skip", "$skip=10", /\$skip/],
    ["$search", "$search=foo", /\$search/],
    ["FetchXML", "?fetchXml=%3Cfetch%3E%3C%2Ffetch%3E", /fetchXml/],
    [
      "a lambda operator",
      `$filter=msdyn_proactive_delivery_attribute_msdyn_proactive_delivery_msdyn_proactive_delivery/any(a:a/${A.keyword} eq 'x')`,
      /lambda operator any/,
    ],
    ["a filter on a related table", `$filter=owninguser/fullname eq 'x'`, /related table/],
    ["an unknown function", `$filter=tolower(${D.status}) eq 'complete'`, /function tolower\(\)/],
    [
      "a Dataverse function not implemented",
      `$filter=Microsoft.Dynamics.CRM.LastXDays(PropertyName='${D.windowStartDate}',PropertyValue=7)`,
      /Microsoft\.Dynamics\.CRM\.LastXDays/,
    ],
    ["the in operator", `$filter=${D.status} in ('Complete','Error')`, /the in operator/],
    ["arithmetic", `$filter=ttlinseconds add 5 gt 10`, /arithmetic operator add/],
    ["a column comparison", `$filter=${D.startDate} gt ${D.endDate}`, /column comparison/],
    ["an unknown option", "$foo=1", /\$foo/],
  ];

  it.each(unsupported)("rejects %s with an UnsupportedQueryError naming it", async (_name, query, message) => {
    const { api } = setup();
    const promise = api.retrieveMultipleRecords(D_TABLE, query);
    await expect(promise).rejects.toBeInstanceOf(UnsupportedQueryError);
    await expect(promise).rejects.toThrow(message);
  });

  it("refuses ordering by a lookup, which elastic tables cannot do", async () => {
    const { api } = setup();
    await expect(api.retrieveMultipleRecords(A_TABLE, `$orderby=_${A.delivery}_value`)).rejects.toThrow(
      /lookup column _msdyn_proactive_delivery_value/,
    );
  });

  it.each([
    ["an unknown column", `$filter=msdyn_nothing eq 'x'`, /Could not find a property named 'msdyn_nothing'/],
    ["a type mismatch", `$filter=${D.windowStartDate} eq 'yesterday'`, /string literal cannot be compared/],
    ["an unterminated string", `$filter=${D.status} eq 'Complete`, /unterminated string/],
    ["a lookup named without _value", `$filter=${A.delivery} eq null`, /use _msdyn_proactive_delivery_value/],
    ["an oversize $top", "$top=5001", /\$top must lie between 1 and 5000/],
    ["trailing garbage", `$filter=${D.status} eq 'Complete' 'x'`, /unexpected 'x'/],
  ])("rejects %s with a syntax error", async (_name, query, message) => {
    const { api } = setup();
    const table = _name === "a lookup named without _value" ? A_TABLE : D_TABLE;
    const promise = api.retrieveMultipleRecords(table, query);
    await expect(promise).rejects.toBeInstanceOf(QuerySyntaxError);
    await expect(promise).rejects.toThrow(message);
  });

  it("rejects the entity set name where the logical name belongs", async () => {
    const { api } = setup();
    await expect(api.retrieveMultipleRecords("msdyn_proactive_deliveries", "")).rejects.toThrow(
      /use the logical name msdyn_proactive_delivery/,
    );
  });
});

describe("sample Web API: single records and writes", () => {
  it("retrieves one record with $select, braces and case in the id ignored", async () => {
    const { api } = setup();
    const id = String(complete[D.id]);
    const entity = await api.retrieveRecord(D_TABLE, `{${id.toUpperCase()}}`, `?$select=${D.status}`);
    expect(entity[D.status]).toBe("Complete");
    expect(entity[D.result]).toBeUndefined();
  });

  it("answers a missing record with Dataverse's not-found code and refuses options retrieveRecord lacks", async () => {
    const { api } = setup();
    const missing = api.retrieveRecord(D_TABLE, "00000000-0000-4000-8000-000000000000");
    await expect(missing).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(missing).rejects.toMatchObject({ errorCode: -2147220969 });
    await expect(api.retrieveRecord(D_TABLE, String(complete[D.id]), "?$expand=x")).rejects.toThrow(/\$expand/);
    await expect(api.retrieveRecord(D_TABLE, String(complete[D.id]), `?$filter=${D.status} eq 'x'`)).rejects.toThrow(
      /retrieveRecord accepts \$select and partitionId only/,
    );
  });

  it("updates within the column limits and refuses what Dataverse refuses", async () => {
    const { api, store } = setup();
    const id = String(complete[D.id]);
    await api.updateRecord(D_TABLE, id, { [D.dispositionCodes]: '"PaidInFull"' });
    expect(store.get(D_TABLE, id)?.[D.dispositionCodes]).toBe('"PaidInFull"');
    const limit = maxLengthOf(deliveryTable, D.dispositionCodes);
    await api.updateRecord(D_TABLE, id, { [D.dispositionCodes]: "x".repeat(limit) });
    await expect(api.updateRecord(D_TABLE, id, { [D.dispositionCodes]: "x".repeat(limit + 1) })).rejects.toThrow(
      `exceeded the maximum allowed length of '${limit}'`,
    );
    await expect(api.updateRecord(D_TABLE, id, { msdyn_nothing: "x" })).rejects.toBeInstanceOf(ValidationError);
    await expect(api.updateRecord(D_TABLE, id, { createdon: "2025-01-01T00:00:00Z" })).rejects.toThrow(
      /set by the platform/,
    );
  });

  it("creates an attribute through @odata.bind and cascades a delivery's delete to its attributes", async () => {
    const { api, store } = setup();
    const deliveryId = String(complete[D.id]);
    const created = await api.createRecord(A_TABLE, {
      [A.keyword]: "Added",
      [A.value]: "by a test",
      [A.type]: AttributeTypeChoice.result,
      [`${A.delivery}@odata.bind`]: `/msdyn_proactive_deliveries(${deliveryId})`,
    });
    expect(store.get(A_TABLE, created.id)?.[A.delivery]).toBe(deliveryId);
    await expect(api.createRecord(A_TABLE, { [A.keyword]: "x", [A.value]: "y", [A.type]: 5 })).rejects.toThrow(
      /not a valid value for msdyn_type/,
    );
    await api.deleteRecord(D_TABLE, deliveryId);
    expect(store.get(D_TABLE, deliveryId)).toBeUndefined();
    expect(store.rows(A_TABLE).filter((row) => row[A.delivery] === deliveryId)).toEqual([]);
  });
});
