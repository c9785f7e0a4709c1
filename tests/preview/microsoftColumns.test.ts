import {
  AttributeNames as A,
  DeliveryNames as D,
  attributeTable,
  deliveryTable,
  microsoftColumnNames,
  standardOnlyColumns,
} from "../../domain/tables";
import {
  QuerySyntaxError,
  SampleStore,
  UnknownPropertyError,
  createSampleWebApi,
  generateSampleData,
  storeTableOf,
} from "../../preview/data";

const data = generateSampleData({ deliveryCount: 100 });
const api = createSampleWebApi(new SampleStore(data, () => Date.parse(data.now)));
const someId = String(data.deliveries.find((row) => row.partitionid === null)?.[D.id]);

describe("sample store: exactly the columns of Microsoft's tables", () => {
  it.each([deliveryTable, attributeTable])("$logicalName has Microsoft's columns and no other", (definition) => {
    expect(new Set(storeTableOf(definition).columns.keys())).toEqual(microsoftColumnNames(definition));
  });

  it("has no state model or time zone columns, which Contact Center's elastic tables lack", () => {
    for (const definition of [deliveryTable, attributeTable]) {
      const columns = storeTableOf(definition).columns;
      expect(standardOnlyColumns.filter((name) => columns.has(name))).toEqual([]);
    }
  });

  it("answers a query on a system column such as versionnumber or the owner", async () => {
    const response = await api.retrieveMultipleRecords(
      D.table,
      `?$select=${D.status},versionnumber,_ownerid_value&$filter=versionnumber eq null&$orderby=createdon desc&$top=2`,
    );
    expect(response.entities).toHaveLength(2);
    expect(response.entities[0]).toMatchObject({ versionnumber: null, _ownerid_value: null });
  });
});

describe("sample Web API: a column the table lacks is Dataverse's 400", () => {
  const rejection = (property: string, table: string = D.table) => ({
    status: 400,
    errorCode: -2147088248,
    code: "0x80060888",
    property,
    message: `Could not find a property named '${property}' on type 'Microsoft.Dynamics.CRM.${table}'.`,
  });

  it.each([
    ["$select", "?$select=msdyn_status,statecode"],
    ["$filter", "?$select=msdyn_status&$filter=statecode eq 0"],
    ["$filter, inside and/or", "?$filter=msdyn_status eq 'Pending' or (statecode eq 0 and msdyn_result eq null)"],
    ["$orderby", "?$select=msdyn_status&$orderby=statecode asc"],
  ])("names statecode in %s", async (_where, query) => {
    const promise = api.retrieveMultipleRecords(D.table, query);
    await expect(promise).rejects.toBeInstanceOf(UnknownPropertyError);
    await expect(promise).rejects.toBeInstanceOf(QuerySyntaxError);
    await expect(promise).rejects.toMatchObject(rejection("statecode"));
  });

  it("names statuscode in retrieveRecord's $select", async () => {
    await expect(api.retrieveRecord(D.table, someId, "?$select=statuscode")).rejects.toMatchObject(
      rejection("statuscode"),
    );
  });

  it("names the column on the attribute table too", async () => {
    await expect(
      api.retrieveMultipleRecords(A.table, `?$select=${A.keyword}&$orderby=timezoneruleversionnumber`),
    ).rejects.toMatchObject(rejection("timezoneruleversionnumber", A.table));
  });

  it("logs the rejection with the column's name", async () => {
    await expect(api.retrieveMultipleRecords(D.table, "?$filter=statuscode eq 1")).rejects.toThrow();
    expect(api.requests[api.requests.length - 1].error).toBe(rejection("statuscode").message);
  });
});

describe("sample data: rows Contact Center could hold", () => {
  it("carry no statecode or statuscode", () => {
    const rows = [...data.deliveries, ...data.attributes];
    expect(rows.filter((row) => "statecode" in row || "statuscode" in row)).toEqual([]);
  });
});
