import { DeliveryNames as D } from "../../domain/tables";
import { SampleStore, createSampleWebApi, generateSampleData, type Row } from "../../preview/data";

/**
 * contains, startswith and endswith on rows chosen so each function selects a different set:
 * a needle only at the start, only at the end, only in the middle, all three, in another case,
 * and not at all. An implementation that swapped or merged two of them fails here.
 */
const template = generateSampleData({ deliveryCount: 1 }).deliveries[0];
const trackingIds: Record<string, string | null> = {
  start: "ORD-1 first",
  end: "first ORD-1",
  middle: "x ORD-1 y",
  everywhere: "ORD-1 ORD-1 ORD-1",
  upper: "ord-1 lower case",
  exact: "ORD-1",
  none: "ORD-2 ORD- RD-1",
  empty: "",
  missing: null,
};
const names = Object.keys(trackingIds);
const rows: Row[] = names.map((name, index) => ({
  ...template,
  [D.id]: `00000000-0000-4000-8000-${String(index + 1).padStart(12, "0")}`,
  [D.trackingId]: trackingIds[name],
  partitionid: null,
}));
const api = createSampleWebApi(new SampleStore({ deliveries: rows, attributes: [] }, () => Date.now()));

async function matching(filter: string): Promise<string[]> {
  const response = await api.retrieveMultipleRecords(
    "msdyn_proactive_delivery",
    `?$select=${D.id},${D.trackingId}&$filter=${filter}`,
  );
  return response.entities.map((entity) => names[rows.findIndex((row) => row[D.id] === entity[D.id])]).sort();
}

describe("sample Web API: contains, startswith and endswith tell the needle's place apart", () => {
  it("startswith matches only a value that begins with the text, ignoring case", async () => {
    expect(await matching(`startswith(${D.trackingId},'ORD-1')`)).toEqual(["everywhere", "exact", "start", "upper"]);
  });

  it("endswith matches only a value that ends with the text", async () => {
    expect(await matching(`endswith(${D.trackingId},'ORD-1')`)).toEqual(["end", "everywhere", "exact"]);
  });

  it("contains matches the text anywhere, and never a null or empty value", async () => {
    expect(await matching(`contains(${D.trackingId},'ORD-1')`)).toEqual([
      "end",
      "everywhere",
      "exact",
      "middle",
      "start",
      "upper",
    ]);
  });

  it("contains finds text that spans words, in the one place it occurs", async () => {
    expect(await matching(`contains(${D.trackingId},'1 f')`)).toEqual(["start"]);
    expect(await matching(`contains(${D.trackingId},'t O')`)).toEqual(["end"]);
    expect(await matching(`startswith(${D.trackingId},'1 f')`)).toEqual([]);
    expect(await matching(`endswith(${D.trackingId},'t O')`)).toEqual([]);
  });

  it("combines them: at the start and at the end but not only one of them", async () => {
    expect(await matching(`startswith(${D.trackingId},'ORD-1') and endswith(${D.trackingId},'ORD-1')`)).toEqual([
      "everywhere",
      "exact",
    ]);
    expect(
      await matching(
        `contains(${D.trackingId},'ORD-1') and not startswith(${D.trackingId},'ORD-1') and not endswith(${D.trackingId},'ORD-1')`,
      ),
    ).toEqual(["middle"]);
  });
});
