/**
 * Every query domain/insights sends, answered by the sample Web API as Dataverse answers them on
 * the elastic tables, over hand-made rows whose figures are counted here by hand: rows exactly on
 * the period's bounds (ge takes the start, lt leaves the end), a status in two spellings (eq
 * compares text exactly), a queue id in another case, empty columns (null), several pages of
 * 5,000 with @odata.nextLink, and the batched name queries with ids that resolve and ids that do
 * not. Then the aggregate switch: every aggregate refused as Dataverse refuses one, with its code.
 */
import {
  afterPage,
  countFiguresByAggregates,
  coverageOf,
  createInsightAccumulator,
  firstWaveAggregateQueries,
  flatReadPlan,
  insightRowOf,
  nameQueries,
  namesFrom,
  startFlatRead,
  timeColumns,
  type CountFigures,
  type FlatReadState,
  type InsightFilters,
  type InsightPeriod,
} from "../../domain/insights";
import { relatedTables } from "../../domain/related/relatedTables";
import { DeliveryNames as D } from "../../domain/tables";
import {
  AggregateQueryRecordLimitError,
  AggregatesNotSupportedError,
  ElasticTableQueryError,
  FetchXmlUnknownAttributeError,
  SampleStore,
  createSampleWebApi,
  generateSampleData,
  type AggregateMode,
  type Row,
  type SampleWebApi,
} from "../../preview/data";
import { unresolvableIds, unresolvableQueueId } from "../../preview/data/brokenRecords";

const second = 1000;
const day = 86_400_000;
const start = Date.parse("2025-06-01T00:00:00Z");
const end = start + 7 * day;
const period: InsightPeriod = { start: new Date(start), end: new Date(end) };
const iso = (time: number): string => new Date(time).toISOString().replace(".000Z", "Z");

const Q1 = "5b0f9a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
const Q2 = "6c1a0b4f-2d3e-4f60-9b0c-1d2e3f4a5b6c";
const C1 = "7d2b1c50-3e4f-4071-8c1d-2e3f4a5b6c7d";
const C2 = "8e3c2d61-4f50-4182-9d2e-3f4a5b6c7d8e";

function delivery(key: number, values: Row): Row {
  return {
    [D.id]: `00000000-0000-4000-8000-${String(key).padStart(12, "0")}`,
    [D.deliveryId]: `delivery ${key}`,
    [D.channel]: "Voice",
    [D.dialModeType]: "Copilot",
    [D.configId]: C1,
    ...values,
  };
}

/**
 * r1 at the start exactly, r2 a second before it, r3 a second before the end, r4 at the end
 * exactly, r5..r8 inside with what tells the rest apart, r9 without a window.
 */
const rows: Row[] = [
  delivery(1, {
    [D.windowStartDate]: iso(start),
    [D.status]: "Complete",
    [D.result]: "CallEnded",
    [D.queueId]: Q1,
    [D.startDate]: iso(start + 60 * second),
    [D.endDate]: iso(start + 300 * second),
  }),
  delivery(2, { [D.windowStartDate]: iso(start - second), [D.status]: "Complete", [D.queueId]: Q1 }),
  delivery(3, {
    [D.windowStartDate]: iso(end - second),
    [D.status]: "complete",
    [D.result]: "CallEnded",
    [D.queueId]: Q1.toUpperCase(),
    [D.dialModeType]: "Progressive",
    [D.startDate]: iso(end - second),
  }),
  delivery(4, { [D.windowStartDate]: iso(end), [D.status]: "Complete", [D.queueId]: Q1 }),
  delivery(5, {
    [D.windowStartDate]: iso(start + day),
    [D.status]: "Expired",
    [D.result]: "Expired",
    [D.queueId]: null,
    [D.dialModeType]: null,
  }),
  delivery(6, {
    [D.windowStartDate]: iso(start + 2 * day),
    [D.status]: "Error",
    [D.result]: "CallFailed",
    [D.queueId]: Q2,
    [D.configId]: C2,
    [D.startDate]: iso(start + 2 * day + 5 * second),
  }),
  delivery(7, {
    [D.windowStartDate]: iso(start + 3 * day),
    [D.status]: "Pending",
    [D.queueId]: Q1,
    [D.channel]: "SMS",
  }),
  delivery(9, { [D.windowStartDate]: null, [D.status]: "Complete", [D.queueId]: Q1 }),
];

const idOf = (key: number): string => `00000000-0000-4000-8000-${String(key).padStart(12, "0")}`;

function api(source: Row[] = rows, options: { aggregates?: AggregateMode; limit?: number } = {}): SampleWebApi {
  return createSampleWebApi(new SampleStore({ deliveries: source, attributes: [] }), {
    aggregates: options.aggregates,
    aggregateQueryRecordLimit: options.limit,
  });
}

const aggregateSender = (webApi: SampleWebApi) => async (query: { options: string }) =>
  (await webApi.retrieveMultipleRecords(D.table, query.options)).entities;

/** Every page of a flat read, as the control reads it: maxPageSize, then @odata.nextLink until none or the cap. */
async function readFlat(
  webApi: SampleWebApi,
  plan: ReturnType<typeof flatReadPlan>,
): Promise<{ records: ComponentFramework.WebApi.Entity[]; pages: number[]; state: FlatReadState }> {
  let state = startFlatRead(plan);
  const records: ComponentFramework.WebApi.Entity[] = [];
  const pages: number[] = [];
  while (state.next !== undefined) {
    const page = await webApi.retrieveMultipleRecords(D.table, state.next, plan.maxPageSize);
    const outcome = afterPage(state, { rowCount: page.entities.length, nextLink: page.nextLink });
    records.push(...page.entities.slice(0, outcome.accept));
    pages.push(page.entities.length);
    state = outcome.state;
  }
  return { records, pages, state };
}

async function fallbackFigures(webApi: SampleWebApi, filters: InsightFilters = {}): Promise<CountFigures> {
  const { records } = await readFlat(webApi, flatReadPlan("fallback", period, filters));
  const accumulator = createInsightAccumulator();
  accumulator.addPage(records.map(insightRowOf));
  return accumulator.figures().counts!;
}

const countOf = (buckets: readonly { key: string; count: number }[], key: string): number =>
  buckets.filter((bucket) => bucket.key === key).reduce((sum, bucket) => sum + bucket.count, 0);

describe("the insights' FetchXML aggregates on the sample Web API", () => {
  it("count the period's rows by stored status: ge takes the start, lt leaves the end, text as stored", async () => {
    const [byStatus] = firstWaveAggregateQueries(period).filter((query) => query.spec.id === "all/status");
    const response = await api().retrieveMultipleRecords(D.table, byStatus.options);
    const counts = new Map(response.entities.map((entity) => [entity.groupvalue, entity.groupcount]));
    // r1 (at the start), r3 (a second before the end), r5, r6, r7; not r2, r4 or r9.
    expect(counts).toEqual(
      new Map([
        ["Complete", 1],
        ["complete", 1],
        ["Expired", 1],
        ["Error", 1],
        ["Pending", 1],
      ]),
    );
  });

  it("tell the operators apart: gt instead of ge leaves r1 out, le instead of lt takes r4 in", async () => {
    const [query] = firstWaveAggregateQueries(period).filter((candidate) => candidate.spec.id === "all/status");
    const total = async (fetchXml: string): Promise<number> =>
      (await api().retrieveMultipleRecords(D.table, `?fetchXml=${encodeURIComponent(fetchXml)}`)).entities.reduce(
        (sum, entity) => sum + (entity.groupcount as number),
        0,
      );
    expect(query.fetchXml).toContain('operator="ge"');
    expect(query.fetchXml).toContain('operator="lt"');
    expect(await total(query.fetchXml)).toBe(5);
    expect(await total(query.fetchXml.replace('operator="ge"', 'operator="gt"'))).toBe(4);
    expect(await total(query.fetchXml.replace('operator="lt"', 'operator="le"'))).toBe(6);
  });

  it("give the figures counted by hand, both waves, and the fallback path gives the same", async () => {
    const webApi = api();
    const { figures, requests } = await countFiguresByAggregates(period, {}, aggregateSender(webApi));
    expect(figures.deliveries).toBe(5);
    // Processed: Complete, complete, Expired, Error (r1, r3, r5, r6); successful: CallEnded of those (r1, r3).
    expect(figures.processed).toBe(4);
    expect(figures.successful).toBe(2);
    expect(figures.successRate).toBe(0.5);
    // Expired with no call start: r5 (r7 has none but is Pending).
    expect(figures.expiredWithoutCall).toBe(1);
    expect(countOf(figures.byChannel, "SMS")).toBe(1);
    expect(requests).toBe(webApi.requests.length);
    expect(webApi.requests.every((request) => request.error === undefined)).toBe(true);
    expect(await fallbackFigures(webApi)).toEqual(figures);
  });

  it("filter by an or-group of eq and null: the queue exactly as stored, or none", async () => {
    const filters: InsightFilters = { queueIds: [Q1, ""] };
    const webApi = api();
    const { figures } = await countFiguresByAggregates(period, filters, aggregateSender(webApi));
    // r1 and r7 store Q1, r5 no queue; r3 stores Q1 in upper case, which eq does not take on an elastic table.
    expect(figures.deliveries).toBe(3);
    expect(await fallbackFigures(webApi, filters)).toEqual(figures);
    const { records } = await readFlat(webApi, flatReadPlan("fallback", period, filters));
    expect(records.map((record) => record[D.id]).sort()).toEqual([idOf(1), idOf(5), idOf(7)]);
  });

  it("filter by eq on text, and by a null dial mode, channel and configuration", async () => {
    const webApi = api();
    const count = async (filters: InsightFilters): Promise<number> =>
      (await countFiguresByAggregates(period, filters, aggregateSender(webApi))).figures.deliveries;
    expect(await count({ dialModes: ["Copilot"] })).toBe(3); // r1, r6, r7
    expect(await count({ dialModes: ["copilot"] })).toBe(0);
    expect(await count({ dialModes: [""] })).toBe(1); // r5
    expect(await count({ channels: ["SMS"] })).toBe(1); // r7
    expect(await count({ configurationIds: [C2] })).toBe(1); // r6
    expect(await count({ dialModes: ["Copilot", "Progressive"], configurationIds: [C1] })).toBe(3); // r1, r3, r7
  });
});

describe("the insights' flat reads on the sample Web API", () => {
  it("select only the read's columns (and the key), filtered on the period as the aggregates are", async () => {
    const webApi = api();
    const plan = flatReadPlan("time", period);
    expect(plan.options).toContain(`${D.windowStartDate} ge ${period.start.toISOString()}`);
    const { records, state } = await readFlat(webApi, plan);
    expect(records.map((record) => record[D.id]).sort()).toEqual([idOf(1), idOf(3), idOf(5), idOf(6), idOf(7)]);
    for (const record of records) {
      expect(Object.keys(record).sort()).toEqual(["@odata.etag", D.id, ...timeColumns].sort());
    }
    expect(state.stopped).toBe("complete");
    // As in OData: gt leaves the start out, le takes the end in.
    const gt = await webApi.retrieveMultipleRecords(D.table, plan.options.replace(" ge ", " gt "), plan.maxPageSize);
    expect(gt.entities.map((record) => record[D.id])).not.toContain(idOf(1));
    const le = await webApi.retrieveMultipleRecords(D.table, plan.options.replace(" lt ", " le "), plan.maxPageSize);
    expect(le.entities.map((record) => record[D.id])).toContain(idOf(4));
  });

  describe("over 12,001 deliveries in the period", () => {
    const many: Row[] = Array.from({ length: 12_001 }, (_, index) =>
      delivery(100 + index, {
        [D.windowStartDate]: iso(start + Math.floor((index * (end - start)) / 12_001)),
        [D.status]: index % 3 === 0 ? "Complete" : "Expired",
      }),
    );
    const webApi = api([...many, ...rows]);
    const total = 12_001 + 5;

    it("come 5,000 a page by maxPageSize, each page with the next link until the last", async () => {
      const plan = flatReadPlan("fallback", period);
      expect(plan.maxPageSize).toBe(5000);
      const { records, pages, state } = await readFlat(webApi, plan);
      expect(pages).toEqual([5000, 5000, total - 10_000]);
      expect(new Set(records.map((record) => record[D.id])).size).toBe(total);
      expect(state).toMatchObject({ stopped: "complete", rowsRead: total, pagesRead: 3 });
      expect(coverageOf(state)).toMatchObject({ complete: true, total, share: 1 });
      const last = webApi.requests[webApi.requests.length - 1];
      expect(last).toMatchObject({ maxPageSize: 5000, rows: total - 10_000 });
      expect(last.options).toMatch(/\$skiptoken=10000/);
    });

    it("stop at the cap with the coverage stated, and page by a smaller maxPageSize", async () => {
      const capped = await readFlat(webApi, flatReadPlan("time", period, {}, { cap: 7000 }));
      expect(capped.pages).toEqual([5000, 5000]);
      expect(capped.state).toMatchObject({ stopped: "cap", rowsRead: 7000 });
      expect(coverageOf(capped.state, total)).toMatchObject({ capped: true, total, rowsRead: 7000 });
      const small = await readFlat(webApi, flatReadPlan("time", period, {}, { pageSize: 4000 }));
      expect(small.pages).toEqual([4000, 4000, 4000, total - 12_000]);
    });

    it("are answered by the aggregates too: no record limit on the elastic table unless one is given", async () => {
      const { figures } = await countFiguresByAggregates(period, {}, aggregateSender(webApi));
      expect(figures.deliveries).toBe(total);
      await expect(
        countFiguresByAggregates(period, {}, aggregateSender(api([...many, ...rows], { limit: 12_000 }))),
      ).rejects.toBeInstanceOf(AggregateQueryRecordLimitError);
    });
  });
});

describe("the sample Web API's next pages", () => {
  it("reuse what the first page matched, and match afresh once the store changed", async () => {
    const many: Row[] = Array.from({ length: 30 }, (_, index) =>
      delivery(500 + index, { [D.windowStartDate]: iso(start + index * 1000), [D.status]: "Complete" }),
    );
    const store = new SampleStore({ deliveries: many, attributes: [] });
    const webApi = createSampleWebApi(store);
    const options = `?$select=${D.status}&$filter=${D.status} eq 'Complete'&$orderby=${D.windowStartDate}`;
    const first = await webApi.retrieveMultipleRecords(D.table, options, 10);
    expect(first.entities.map((entity) => entity[D.id])).toEqual(many.slice(0, 10).map((row) => row[D.id]));
    // Row 11 no longer matches: the next page is matched again, as the rows now are.
    store.update(D.table, String(many[10][D.id]), { [D.status]: "Error" });
    const second = await webApi.retrieveMultipleRecords(D.table, first.nextLink, 10);
    expect(second.entities.map((entity) => entity[D.id])).toEqual(many.slice(11, 21).map((row) => row[D.id]));
    const third = await webApi.retrieveMultipleRecords(D.table, second.nextLink, 10);
    expect(third.entities).toHaveLength(9);
    expect(third.nextLink).toBeUndefined();
  });
});

describe("the insights' name queries on the sample Web API", () => {
  const data = generateSampleData();
  const webApi = createSampleWebApi(new SampleStore(data));

  async function names(kind: "queue" | "configuration", texts: (string | null)[], maxUrlLength?: number) {
    const queries = nameQueries(kind, texts, maxUrlLength === undefined ? {} : { maxUrlLength });
    const found = new Map<string, string>();
    for (const query of queries) {
      // PCF's webAPI takes the table's logical name; the query names its entity set.
      const table = relatedTables[kind];
      expect(query.entitySetName).toBe(table.entitySetName);
      const response = await webApi.retrieveMultipleRecords(table.logicalName, query.options);
      for (const [id, name] of namesFrom(kind, response.entities)) found.set(id, name);
    }
    return { queries, found };
  }

  it("resolve every queue the sample has, in one query, and leave the unknown queue out", async () => {
    const texts = data.deliveries.map((row) => row[D.queueId] as string | null);
    expect(texts).toContain(unresolvableQueueId);
    const { queries, found } = await names("queue", texts);
    expect(queries).toHaveLength(1);
    expect(new Map(data.queues.map((queue) => [queue.id, queue.name]))).toEqual(found);
    expect(found.has(unresolvableQueueId.replace(/[{}]/g, "").toLowerCase())).toBe(false);
  });

  it("resolve configurations stored in braces and upper case, not the one no table holds", async () => {
    const texts = data.deliveries.map((row) => row[D.configId] as string | null);
    expect(texts.some((text) => text?.startsWith("{"))).toBe(true);
    const { found } = await names("configuration", texts);
    expect(found).toEqual(new Map(data.configurations.map((configuration) => [configuration.id, configuration.name])));
    expect(found.has(unresolvableIds.configuration)).toBe(false);
  });

  it("answer every chunk when the ids need several requests", async () => {
    const unknown = Array.from(
      { length: 60 },
      (_, index) => `aaaaaaaa-0000-4000-8000-${String(index).padStart(12, "0")}`,
    );
    const texts = [...data.queues.map((queue) => queue.id.toUpperCase()), ...unknown];
    const { queries, found } = await names("queue", texts, 1000);
    expect(queries.length).toBeGreaterThan(2);
    expect(queries.flatMap((query) => query.ids)).toHaveLength(65);
    expect(found.size).toBe(data.queues.length);
  });

  it("refuses an entity set name where PCF's webAPI takes a logical name, saying which to use", async () => {
    const [query] = nameQueries("queue", [data.queues[0].id]);
    await expect(webApi.retrieveMultipleRecords(query.entitySetName, query.options)).rejects.toThrow(
      /use the logical name queue, not the entity set name/,
    );
  });
});

describe("the sample Web API's aggregate switch", () => {
  const [byStatus] = firstWaveAggregateQueries(period);
  const nothing = firstWaveAggregateQueries({ start: new Date(0), end: new Date(1000) })[0];

  it("refuse: every aggregate, even one that matches nothing, as 'Aggregates are not supported' (-2147220970)", async () => {
    const webApi = api(rows, { aggregates: "refuse" });
    for (const query of [byStatus, nothing]) {
      const promise = webApi.retrieveMultipleRecords(D.table, query.options);
      await expect(promise).rejects.toBeInstanceOf(AggregatesNotSupportedError);
      await expect(promise).rejects.toMatchObject({
        message: "Aggregates are not supported",
        errorCode: -2147220970,
        code: "0x80040216",
        status: 400,
      });
    }
    expect(webApi.requests.map((request) => request.error)).toEqual([
      "Aggregates are not supported",
      "Aggregates are not supported",
    ]);
  });

  it("limit: every aggregate as AggregateQueryRecordLimit (-2147164125), with the rows it matched", async () => {
    const webApi = api(rows, { aggregates: "limit" });
    const promise = webApi.retrieveMultipleRecords(D.table, byStatus.options);
    await expect(promise).rejects.toBeInstanceOf(AggregateQueryRecordLimitError);
    await expect(promise).rejects.toMatchObject({
      message: "AggregateQueryRecordLimit exceeded. Cannot perform this operation.",
      errorCode: -2147164125,
      code: "0x8004e023",
      status: 400,
      matched: 5,
      limit: 50_000,
    });
    await expect(webApi.retrieveMultipleRecords(D.table, nothing.options)).rejects.toMatchObject({ matched: 0 });
  });

  it.each(["refuse", "limit"] as const)(
    "%s: the aggregate path fails at its first wave, the fallback path answers with the same figures",
    async (mode) => {
      const answered = await countFiguresByAggregates(period, {}, aggregateSender(api()));
      const webApi = api(rows, { aggregates: mode });
      await expect(countFiguresByAggregates(period, {}, aggregateSender(webApi))).rejects.toBeDefined();
      expect(webApi.requests.every((request) => request.error !== undefined)).toBe(true);
      expect(webApi.requests).toHaveLength(firstWaveAggregateQueries(period).length);
      expect(await fallbackFigures(webApi)).toEqual(answered.figures);
      // Flat reads and plain FetchXML are answered as ever.
      const plain = `<fetch top="2"><entity name="${D.table}"><attribute name="${D.status}"/></entity></fetch>`;
      const response = await webApi.retrieveMultipleRecords(D.table, `?fetchXml=${encodeURIComponent(plain)}`);
      expect(response.entities).toHaveLength(2);
    },
  );

  it("still answers a malformed or elastic-refused aggregate with its own error first", async () => {
    const webApi = api(rows, { aggregates: "refuse" });
    const unknown = byStatus.fetchXml.replace(`name="${D.status}"`, 'name="statecode"');
    await expect(
      webApi.retrieveMultipleRecords(D.table, `?fetchXml=${encodeURIComponent(unknown)}`),
    ).rejects.toBeInstanceOf(FetchXmlUnknownAttributeError);
    const ordered = byStatus.fetchXml.replace("</entity>", '<order alias="groupvalue"/></entity>');
    await expect(
      webApi.retrieveMultipleRecords(D.table, `?fetchXml=${encodeURIComponent(ordered)}`),
    ).rejects.toBeInstanceOf(ElasticTableQueryError);
  });

  it("answer: the default, and the 50,000-row limit still holds on a standard table", async () => {
    await expect(
      api(rows, { aggregates: "answer" }).retrieveMultipleRecords(D.table, byStatus.options),
    ).resolves.toBeDefined();
    const contacts: Row[] = Array.from({ length: 50_001 }, (_, index) => ({
      contactid: `00000000-0000-4000-9000-${String(index).padStart(12, "0")}`,
      fullname: `Contact ${index % 7}`,
    }));
    const store = new SampleStore({ deliveries: [], attributes: [], related: { contact: contacts } });
    const count = `<fetch aggregate="true"><entity name="contact"><attribute name="contactid" alias="n" aggregate="count"/></entity></fetch>`;
    await expect(
      createSampleWebApi(store).retrieveMultipleRecords("contact", `?fetchXml=${encodeURIComponent(count)}`),
    ).rejects.toMatchObject({ errorCode: -2147164125, matched: 50_001, limit: 50_000 });
    store.delete("contact", contacts[0].contactid as string);
    const answer = await createSampleWebApi(store).retrieveMultipleRecords(
      "contact",
      `?fetchXml=${encodeURIComponent(count)}`,
    );
    expect(answer.entities[0].n).toBe(50_000);
  });
});
