import { AttributeNames as A, DeliveryNames as D, deliveryTable } from "../../domain/tables";
import {
  RecordNotFoundError,
  SampleStore,
  UnsupportedQueryError,
  QuerySyntaxError,
  createSampleWebApi,
  generateSampleData,
  type Row,
} from "../../preview/data";

const data = generateSampleData();
const api = createSampleWebApi(new SampleStore(data, () => Date.parse(data.now)));
const brokenIds = new Set(data.broken.map((entry) => entry.id));
const partitioned = data.deliveries.filter((row) => row.partitionid !== null);
const plain = data.deliveries.find((row) => row.partitionid === null && !brokenIds.has(String(row[D.id]))) as Row;
const custom = partitioned[0];
const customId = String(custom[D.id]);
const customPartition = String(custom.partitionid);
const byPrimaryKey = (id: string): string => `?$select=${D.status}&$filter=${D.id} eq ${id}`;

describe("sample data: custom partition ids", () => {
  it("puts a seeded minority of the generated deliveries in a custom partition, the same on every run", () => {
    const share = partitioned.length / (data.deliveries.length - brokenIds.size);
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.13);
    const column = deliveryTable.elasticSystemColumns.find((candidate) => candidate.logicalName === "partitionid");
    const limit = column?.kind === "text" ? column.maxLength : 0;
    expect(
      partitioned.filter(
        (row) => typeof row.partitionid !== "string" || row.partitionid === "" || row.partitionid.length > limit,
      ),
    ).toEqual([]);
    expect(partitioned.filter((row) => brokenIds.has(String(row[D.id])))).toEqual([]);
    expect(
      generateSampleData()
        .deliveries.filter((row) => row.partitionid !== null)
        .map((row) => row[D.id]),
    ).toEqual(partitioned.map((row) => row[D.id]));
  });

  it("gives their attributes the delivery's partition in msdyn_proactive_deliverypid, and the others none", () => {
    const partitionOf = new Map(data.deliveries.map((row) => [row[D.id], row.partitionid]));
    const wrong = data.attributes.filter(
      (row) => (row[A.deliveryPartitionId] ?? null) !== (partitionOf.get(row[A.delivery]) ?? null),
    );
    expect(wrong).toEqual([]);
    expect(data.attributes.some((row) => row[A.deliveryPartitionId] === customPartition)).toBe(true);
  });

  it("features one such delivery in the record switcher", () => {
    const entry = data.featured.find((candidate) => candidate.key === "custom-partition");
    expect(partitioned.map((row) => row[D.id])).toContain(entry?.id);
  });
});

describe("sample Web API: a row in a custom partition", () => {
  it("is not found by a plain retrieveRecord, with Dataverse's 404", async () => {
    const promise = api.retrieveRecord(D.table, customId, `?$select=${D.status}`);
    await expect(promise).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(promise).rejects.toMatchObject({
      status: 404,
      errorCode: -2147220969,
      code: "0x80040217",
      message: `${D.table} With Id = ${customId} Does Not Exist`,
    });
  });

  it("is found by retrieveRecord with its partitionId, and not with another one", async () => {
    const entity = await api.retrieveRecord(
      D.table,
      `{${customId.toUpperCase()}}`,
      `?$select=${D.status}&partitionId='${customPartition}'`,
    );
    expect(entity[D.status]).toBe(custom[D.status]);
    await expect(api.retrieveRecord(D.table, customId, `?partitionId='elsewhere'`)).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
  });

  it("is found by a query that filters on the primary key", async () => {
    const response = await api.retrieveMultipleRecords(D.table, byPrimaryKey(customId));
    expect(response.entities.map((entity) => entity[D.id])).toEqual([customId]);
    expect(response.entities[0][D.status]).toBe(custom[D.status]);
  });

  it("refuses a partitionId that is not one quoted string, and partitionId on a query", async () => {
    await expect(api.retrieveRecord(D.table, customId, `?partitionId=${customPartition}`)).rejects.toBeInstanceOf(
      QuerySyntaxError,
    );
    await expect(
      api.retrieveMultipleRecords(D.table, `${byPrimaryKey(customId)}&partitionId='${customPartition}'`),
    ).rejects.toBeInstanceOf(UnsupportedQueryError);
  });
});

describe("sample Web API: a row in the default partition", () => {
  const plainId = String(plain[D.id]);

  it("is found both ways", async () => {
    expect((await api.retrieveRecord(D.table, plainId, `?$select=${D.status}`))[D.status]).toBe(plain[D.status]);
    expect(
      (await api.retrieveMultipleRecords(D.table, byPrimaryKey(plainId))).entities.map((entity) => entity[D.id]),
    ).toEqual([plainId]);
  });

  it("is not found in a partition it is not in", async () => {
    await expect(api.retrieveRecord(D.table, plainId, `?partitionId='${customPartition}'`)).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
  });
});
