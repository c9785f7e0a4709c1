import {
  countFiguresByAggregates,
  createInsightAccumulator,
  firstWaveAggregateQueries,
  flatReadPlan,
  insightRowOf,
  type CountFigures,
  type InsightFilters,
  type InsightPeriod,
} from "../../domain/insights";
import { AttributeNames as A, AttributeTypeChoice, DeliveryNames as D } from "../../domain/tables";
import {
  AggregateQueryRecordLimitError,
  ElasticTableQueryError,
  FetchXmlUnknownAttributeError,
  QuerySyntaxError,
  SampleStore,
  UnsupportedQueryError,
  createSampleWebApi,
  generateSampleData,
  parseXml,
  type Row,
  type SampleWebApiOptions,
} from "../../preview/data";

const data = generateSampleData();
const D_TABLE = "msdyn_proactive_delivery";
const A_TABLE = "msdyn_proactive_delivery_attribute";
const formatted = "@OData.Community.Display.V1.FormattedValue";

function api(options: SampleWebApiOptions = {}): ReturnType<typeof createSampleWebApi> {
  return createSampleWebApi(new SampleStore(data, () => Date.parse(data.now)), options);
}

const q = (fetchXml: string): string => `?fetchXml=${encodeURIComponent(fetchXml)}`;

const countBy = (table: string, column: string, filter = "", extra = ""): string =>
  `<fetch aggregate="true"${extra}><entity name="${table}">` +
  `<attribute name="${column}" alias="groupvalue" groupby="true"/>` +
  `<attribute name="${table}id" alias="groupcount" aggregate="count"/>${filter}</entity></fetch>`;

/** Counts of each stored value (null for none), computed straight from the rows. */
function tally(rows: readonly Row[], column: string): Map<unknown, number> {
  const counts = new Map<unknown, number>();
  for (const row of rows) counts.set(row[column] ?? null, (counts.get(row[column] ?? null) ?? 0) + 1);
  return counts;
}

function answerMap(entities: ComponentFramework.WebApi.Entity[]): Map<unknown, number> {
  return new Map(entities.map((entity) => [entity.groupvalue ?? null, entity.groupcount as number]));
}

const time = (row: Row, column: string): number => Date.parse(String(row[column] ?? ""));

describe("sample Web API: FetchXML count aggregates", () => {
  it("counts every delivery by status, as the rows hold them, with Dataverse's aliases", async () => {
    const response = await api().retrieveMultipleRecords(D_TABLE, q(countBy(D_TABLE, D.status)));
    expect(answerMap(response.entities)).toEqual(tally(data.deliveries, D.status));
    expect(response.nextLink).toBeUndefined();
    const complete = response.entities.find((entity) => entity.groupvalue === "Complete")!;
    expect(Object.keys(complete).sort()).toEqual(["groupcount", `groupcount${formatted}`, "groupvalue"].sort());
    expect(complete[`groupcount${formatted}`]).toBe((complete.groupcount as number).toLocaleString("en-US"));
  });

  it("answers the group of rows without a value without the groupvalue property", async () => {
    const response = await api().retrieveMultipleRecords(D_TABLE, q(countBy(D_TABLE, D.result)));
    const empty = response.entities.filter((entity) => !("groupvalue" in entity));
    const expected = data.deliveries.filter((row) => row[D.result] === null).length;
    expect(expected).toBeGreaterThan(0);
    expect(empty).toHaveLength(1);
    expect(empty[0].groupcount).toBe(expected);
    expect(answerMap(response.entities)).toEqual(tally(data.deliveries, D.result));
  });

  it("counts with no groupby as one row, 0 when nothing matches", async () => {
    const all = `<fetch aggregate="true"><entity name="${D_TABLE}"><attribute name="${D.id}" alias="n" aggregate="count"/></entity></fetch>`;
    expect((await api().retrieveMultipleRecords(D_TABLE, q(all))).entities).toEqual([
      { n: data.deliveries.length, [`n${formatted}`]: data.deliveries.length.toLocaleString("en-US") },
    ]);
    const none = all.replace(
      "</entity>",
      `<filter><condition attribute="${D.status}" operator="eq" value="no such status"/></filter></entity>`,
    );
    expect((await api().retrieveMultipleRecords(D_TABLE, q(none))).entities).toEqual([
      { n: 0, [`n${formatted}`]: "0" },
    ]);
  });

  it("counts a column's values with countcolumn (nulls left out), beside count", async () => {
    const fetchXml =
      `<fetch aggregate="true"><entity name="${D_TABLE}">` +
      `<attribute name="${D.status}" alias="status" groupby="true"/>` +
      `<attribute name="${D.id}" alias="rows" aggregate="count"/>` +
      `<attribute name="${D.startDate}" alias="called" aggregate="countcolumn"/></entity></fetch>`;
    const response = await api().retrieveMultipleRecords(D_TABLE, q(fetchXml));
    for (const entity of response.entities) {
      const rows = data.deliveries.filter((row) => (row[D.status] ?? null) === (entity.status ?? null));
      expect(entity.rows).toBe(rows.length);
      expect(entity.called).toBe(rows.filter((row) => row[D.startDate] !== null).length);
    }
    expect(response.entities.reduce((sum, entity) => sum + (entity.rows as number), 0)).toBe(data.deliveries.length);
  });

  it("groups a choice with its formatted value, and a lookup with its name and table", async () => {
    const byType = await api().retrieveMultipleRecords(A_TABLE, q(countBy(A_TABLE, A.type)));
    expect(answerMap(byType.entities)).toEqual(tally(data.attributes, A.type));
    const input = byType.entities.find((entity) => entity.groupvalue === AttributeTypeChoice.input)!;
    expect(input[`groupvalue${formatted}`]).toBe("Input");

    const someDelivery = data.attributes[0][A.delivery] as string;
    const byDelivery = await api().retrieveMultipleRecords(
      A_TABLE,
      q(
        countBy(
          A_TABLE,
          A.delivery,
          `<filter><condition attribute="${A.delivery}" operator="eq" value="{${someDelivery.toUpperCase()}}"/></filter>`,
        ),
      ),
    );
    expect(byDelivery.entities).toHaveLength(1);
    const delivery = data.deliveries.find((row) => row[D.id] === someDelivery)!;
    expect(byDelivery.entities[0]).toMatchObject({
      groupvalue: someDelivery,
      [`groupvalue${formatted}`]: delivery[D.deliveryId],
      "groupvalue@Microsoft.Dynamics.CRM.lookuplogicalname": D_TABLE,
      groupcount: data.attributes.filter((row) => row[A.delivery] === someDelivery).length,
    });
  });

  describe("conditions on the entity's own columns", () => {
    const start = new Date(Date.parse(data.now) - 20 * 86_400_000).toISOString();
    const queue = data.deliveries.find((row) => row[D.queueId] !== null)![D.queueId] as string;
    const cases: [string, string, (row: Row) => boolean][] = [
      [
        "eq on text (exactly)",
        `<condition attribute="${D.status}" operator="eq" value="Complete"/>`,
        (row) => row[D.status] === "Complete",
      ],
      [
        "ne (nulls left out, as in SQL)",
        `<condition attribute="${D.result}" operator="ne" value="CallEnded"/>`,
        (row) => row[D.result] !== null && row[D.result] !== "CallEnded",
      ],
      [
        "in",
        `<condition attribute="${D.status}" operator="in"><value>Expired</value><value>Cancelled</value></condition>`,
        (row) => row[D.status] === "Expired" || row[D.status] === "Cancelled",
      ],
      [
        "not-in",
        `<condition attribute="${D.dialModeType}" operator="not-in"><value>Copilot</value></condition>`,
        (row) => row[D.dialModeType] !== null && row[D.dialModeType] !== "Copilot",
      ],
      ["null", `<condition attribute="${D.startDate}" operator="null"/>`, (row) => row[D.startDate] === null],
      ["not-null", `<condition attribute="${D.result}" operator="not-null"/>`, (row) => row[D.result] !== null],
      [
        "ge on a date (ISO)",
        `<condition attribute="${D.windowStartDate}" operator="ge" value="${start}"/>`,
        (row) => time(row, D.windowStartDate) >= Date.parse(start),
      ],
      [
        "gt on a date",
        `<condition attribute="${D.windowStartDate}" operator="gt" value="${start}"/>`,
        (row) => time(row, D.windowStartDate) > Date.parse(start),
      ],
      [
        "le on a date",
        `<condition attribute="${D.windowEndDate}" operator="le" value="${start}"/>`,
        (row) => time(row, D.windowEndDate) <= Date.parse(start),
      ],
      [
        "lt on a date",
        `<condition attribute="${D.windowEndDate}" operator="lt" value="${start}"/>`,
        (row) => time(row, D.windowEndDate) < Date.parse(start),
      ],
      [
        "eq on a text id",
        `<condition attribute="${D.queueId}" operator="eq" value="${queue}"/>`,
        (row) => row[D.queueId] === queue,
      ],
      [
        "a nested or inside and",
        `<condition attribute="${D.queueId}" operator="not-null"/><filter type="or"><condition attribute="${D.status}" operator="eq" value="Error"/><condition attribute="${D.result}" operator="null"/></filter>`,
        (row) => row[D.queueId] !== null && (row[D.status] === "Error" || row[D.result] === null),
      ],
    ];

    it.each(cases)("%s", async (_name, conditions, holds) => {
      const expected = data.deliveries.filter(holds);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(data.deliveries.length);
      const response = await api().retrieveMultipleRecords(
        D_TABLE,
        q(countBy(D_TABLE, D.status, `<filter type="and">${conditions}</filter>`)),
      );
      expect(answerMap(response.entities)).toEqual(tally(expected, D.status));
    });

    it("a choice value as a number, and an or-filter at the top", async () => {
      const response = await api().retrieveMultipleRecords(
        A_TABLE,
        q(
          countBy(
            A_TABLE,
            A.keyword,
            `<filter type="or"><condition attribute="${A.type}" operator="eq" value="${AttributeTypeChoice.result}"/><condition attribute="${A.keyword}" operator="eq" value="never"/></filter>`,
          ),
        ),
      );
      expect(answerMap(response.entities)).toEqual(
        tally(
          data.attributes.filter((row) => row[A.type] === AttributeTypeChoice.result),
          A.keyword,
        ),
      );
    });

    it("compares text exactly on the elastic table: 'complete' is not 'Complete'", async () => {
      const lower = data.deliveries.filter((row) => row[D.status] === "complete").length;
      const response = await api().retrieveMultipleRecords(
        D_TABLE,
        q(
          countBy(
            D_TABLE,
            D.status,
            `<filter><condition attribute="${D.status}" operator="eq" value="complete"/></filter>`,
          ),
        ),
      );
      expect(response.entities.reduce((sum, entity) => sum + (entity.groupcount as number), 0)).toBe(lower);
    });
  });
});

/** domain/insights' aggregate path, through the sample Web API; every answer is read whole. */
async function aggregatePath(
  webApi: ReturnType<typeof createSampleWebApi>,
  period: InsightPeriod,
  filters: InsightFilters = {},
): Promise<{ figures: CountFigures; requests: number }> {
  const result = await countFiguresByAggregates(
    period,
    filters,
    async (query) => (await webApi.retrieveMultipleRecords(D_TABLE, query.options)).entities,
  );
  expect(result.ignored).toBe(0);
  return result;
}

/** domain/insights' fallback path, through the sample Web API: the flat read, page by page. */
async function fallbackPath(
  webApi: ReturnType<typeof createSampleWebApi>,
  period: InsightPeriod,
  filters: InsightFilters = {},
): Promise<CountFigures> {
  const plan = flatReadPlan("fallback", period, filters);
  const accumulator = createInsightAccumulator();
  let options: string | undefined = plan.options;
  while (options) {
    const page = await webApi.retrieveMultipleRecords(D_TABLE, options, plan.maxPageSize);
    accumulator.addPage(page.entities.map(insightRowOf));
    options = page.nextLink;
  }
  return accumulator.figures().counts!;
}

describe("domain/insights' own queries against the sample Web API", () => {
  const now = Date.parse(data.now);
  const everything: InsightPeriod = { start: new Date("2000-01-01T00:00:00Z"), end: new Date("2100-01-01T00:00:00Z") };
  const lastWeek: InsightPeriod = { start: new Date(now - 7 * 86_400_000), end: new Date(now) };

  /** The figures straight from the sample rows, by domain/insights' row-based aggregation. */
  function direct(period: InsightPeriod, keep: (row: Row) => boolean = () => true): CountFigures {
    const rows = data.deliveries.filter((row) => {
      const start = time(row, D.windowStartDate);
      return start >= period.start.getTime() && start < period.end.getTime() && keep(row);
    });
    const accumulator = createInsightAccumulator();
    accumulator.addPage(rows.map(insightRowOf));
    return accumulator.figures().counts!;
  }

  it("answers every first-wave and dependent query, with figures equal to the rows' own", async () => {
    const webApi = api();
    const { figures, requests } = await aggregatePath(webApi, everything);
    expect(requests).toBe(15);
    expect(webApi.requests.every((request) => request.error === undefined)).toBe(true);
    expect(figures.deliveries).toBe(
      data.deliveries.filter((row) => !Number.isNaN(time(row, D.windowStartDate))).length,
    );
    expect(figures).toEqual(direct(everything));
    expect(figures).toEqual(await fallbackPath(webApi, everything));
  });

  it("agrees with the fallback path over the last seven days with filters set", async () => {
    const inWeek = data.deliveries.filter(
      (row) =>
        time(row, D.windowStartDate) >= lastWeek.start.getTime() &&
        time(row, D.windowStartDate) < lastWeek.end.getTime(),
    );
    const queues = [...new Set(inWeek.map((row) => row[D.queueId]).filter((id) => id !== null))].slice(
      0,
      2,
    ) as string[];
    const filters: InsightFilters = { queueIds: [...queues, ""], dialModes: ["Copilot", "Progressive"] };
    const webApi = api();
    const { figures } = await aggregatePath(webApi, lastWeek, filters);
    expect(figures.deliveries).toBeGreaterThan(0);
    expect(figures).toEqual(await fallbackPath(webApi, lastWeek, filters));
    expect(figures).toEqual(
      direct(
        lastWeek,
        (row) =>
          [...queues, null].includes(row[D.queueId] as string | null) &&
          ["Copilot", "Progressive"].includes(row[D.dialModeType] as string),
      ),
    );
  });

  it("refuses every aggregate over more rows than a lowered limit, and the fallback still gives the same figures", async () => {
    const webApi = api({ aggregateQueryRecordLimit: 100 });
    const [query] = firstWaveAggregateQueries(everything);
    const promise = webApi.retrieveMultipleRecords(D_TABLE, query.options);
    await expect(promise).rejects.toBeInstanceOf(AggregateQueryRecordLimitError);
    await expect(promise).rejects.toMatchObject({
      message: "AggregateQueryRecordLimit exceeded. Cannot perform this operation.",
      errorCode: -2147164125,
      code: "0x8004e023",
      status: 400,
      limit: 100,
    });
    expect(await fallbackPath(webApi, everything)).toEqual(direct(everything));
    expect(webApi.requests[0].error).toMatch(/AggregateQueryRecordLimit/);
  });
});

describe("sample Web API: the aggregate limit", () => {
  const all = countBy(D_TABLE, D.status);

  it("is Dataverse's 50,000 by default: 2,000 rows pass", async () => {
    await expect(api().retrieveMultipleRecords(D_TABLE, q(all))).resolves.toBeDefined();
  });

  it("counts the rows the filter matches, not the table's", async () => {
    const errors = data.deliveries.filter((row) => row[D.status] === "Error").length;
    expect(errors).toBeLessThan(data.deliveries.length / 2);
    const webApi = api({ aggregateQueryRecordLimit: errors });
    const filtered = countBy(
      D_TABLE,
      D.result,
      `<filter><condition attribute="${D.status}" operator="eq" value="Error"/></filter>`,
    );
    await expect(webApi.retrieveMultipleRecords(D_TABLE, q(filtered))).resolves.toBeDefined();
    await expect(webApi.retrieveMultipleRecords(D_TABLE, q(all))).rejects.toMatchObject({
      matched: data.deliveries.length,
    });
  });

  it("takes exactly the limit, refuses one more; 0 refuses any aggregate that matches a row", async () => {
    const n = data.deliveries.length;
    await expect(api({ aggregateQueryRecordLimit: n }).retrieveMultipleRecords(D_TABLE, q(all))).resolves.toBeDefined();
    await expect(
      api({ aggregateQueryRecordLimit: n - 1 }).retrieveMultipleRecords(D_TABLE, q(all)),
    ).rejects.toBeInstanceOf(AggregateQueryRecordLimitError);
    await expect(api({ aggregateQueryRecordLimit: 0 }).retrieveMultipleRecords(D_TABLE, q(all))).rejects.toBeInstanceOf(
      AggregateQueryRecordLimitError,
    );
  });

  it("honours a lower aggregatelimit on the fetch, never a higher one", async () => {
    await expect(
      api().retrieveMultipleRecords(D_TABLE, q(countBy(D_TABLE, D.status, "", ' aggregatelimit="10"'))),
    ).rejects.toBeInstanceOf(AggregateQueryRecordLimitError);
    await expect(
      api({ aggregateQueryRecordLimit: 10 }).retrieveMultipleRecords(
        D_TABLE,
        q(countBy(D_TABLE, D.status, "", ' aggregatelimit="50000"')),
      ),
    ).rejects.toBeInstanceOf(AggregateQueryRecordLimitError);
  });
});

describe("sample Web API: FetchXML the elastic tables refuse", () => {
  const refused: [string, string, string, RegExp][] = [
    [
      "order by together with group by",
      D_TABLE,
      countBy(D_TABLE, D.status, '<order alias="groupvalue"/>'),
      /Order by is not supported with group by\..*order by and group by together/,
    ],
    [
      "a link-entity (inner join)",
      A_TABLE,
      `<fetch><entity name="${A_TABLE}"><attribute name="${A.keyword}"/><link-entity name="${D_TABLE}" from="${D.id}" to="${A.delivery}"><attribute name="${D.status}"/></link-entity></entity></fetch>`,
      /link-entity.*filters on related tables/,
    ],
    [
      "an outer link-entity with a filter",
      A_TABLE,
      `<fetch><entity name="${A_TABLE}"><link-entity name="${D_TABLE}" from="${D.id}" to="${A.delivery}" link-type="outer"><filter><condition attribute="${D.status}" operator="eq" value="Error"/></filter></link-entity></entity></fetch>`,
      /filters on related tables/,
    ],
    [
      "a link-entity in an aggregate",
      A_TABLE,
      `<fetch aggregate="true"><entity name="${A_TABLE}"><attribute name="${A.id}" alias="n" aggregate="count"/><link-entity name="${D_TABLE}" from="${D.id}" to="${A.delivery}" link-type="outer"/></entity></fetch>`,
      /group by on a link entity/,
    ],
    [
      "a condition on a related table",
      A_TABLE,
      `<fetch><entity name="${A_TABLE}"><filter><condition entityname="d" attribute="${A.keyword}" operator="eq" value="x"/></filter></entity></fetch>`,
      /filters on related tables/,
    ],
    [
      "ordering on a lookup",
      A_TABLE,
      `<fetch><entity name="${A_TABLE}"><attribute name="${A.keyword}"/><order attribute="${A.delivery}"/></entity></fetch>`,
      /ordering on lookup columns/,
    ],
    [
      "column comparison",
      D_TABLE,
      `<fetch><entity name="${D_TABLE}"><filter><condition attribute="${D.startDate}" operator="gt" valueof="${D.endDate}"/></filter></entity></fetch>`,
      /column comparison/,
    ],
    [
      "countcolumn distinct on a user-owned table",
      D_TABLE,
      `<fetch aggregate="true"><entity name="${D_TABLE}"><attribute name="${D.queueId}" alias="queues" aggregate="countcolumn" distinct="true"/></entity></fetch>`,
      /distinct on user-owned tables/,
    ],
  ];

  it.each(refused)("refuses %s", async (_name, table, fetchXml, message) => {
    const promise = api().retrieveMultipleRecords(table, q(fetchXml));
    await expect(promise).rejects.toBeInstanceOf(ElasticTableQueryError);
    await expect(promise).rejects.toThrow(message);
    await expect(promise).rejects.toMatchObject({ status: 400, errorCode: -2147220989 });
  });

  it("orders groups by their alias on a standard table, and counts distinct values there", async () => {
    const fetchXml =
      `<fetch aggregate="true"><entity name="contact">` +
      `<attribute name="lastname" alias="name" groupby="true"/>` +
      `<attribute name="contactid" alias="n" aggregate="count"/>` +
      `<attribute name="firstname" alias="firsts" aggregate="countcolumn" distinct="true"/>` +
      `<order alias="n" descending="true"/></entity></fetch>`;
    const response = await api().retrieveMultipleRecords("contact", q(fetchXml));
    const counts = response.entities.map((entity) => entity.n as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(data.related.contact.length);
  });
});

describe("sample Web API: FetchXML it does not implement, or that is malformed", () => {
  const cases: [string, string, new (...args: never[]) => Error, RegExp][] = [
    [
      "avg",
      `<fetch aggregate="true"><entity name="${D_TABLE}"><attribute name="ttlinseconds" alias="a" aggregate="avg"/></entity></fetch>`,
      UnsupportedQueryError,
      /aggregate="avg"/,
    ],
    [
      "dategrouping",
      `<fetch aggregate="true"><entity name="${D_TABLE}"><attribute name="${D.windowStartDate}" alias="day" groupby="true" dategrouping="day"/><attribute name="${D.id}" alias="n" aggregate="count"/></entity></fetch>`,
      UnsupportedQueryError,
      /dategrouping/,
    ],
    [
      "two group by columns",
      `<fetch aggregate="true"><entity name="${D_TABLE}"><attribute name="${D.status}" alias="s" groupby="true"/><attribute name="${D.result}" alias="r" groupby="true"/><attribute name="${D.id}" alias="n" aggregate="count"/></entity></fetch>`,
      UnsupportedQueryError,
      /more than one column/,
    ],
    [
      "another operator",
      countBy(D_TABLE, D.status, `<filter><condition attribute="${D.status}" operator="like" value="%o%"/></filter>`),
      UnsupportedQueryError,
      /operator 'like'/,
    ],
    [
      "a statecode condition",
      countBy(D_TABLE, D.status, `<filter><condition attribute="statecode" operator="eq" value="0"/></filter>`),
      FetchXmlUnknownAttributeError,
      /entity doesn't contain attribute with Name = 'statecode'/,
    ],
    ["a statecode group", countBy(D_TABLE, "statecode"), FetchXmlUnknownAttributeError, /statecode/],
    [
      "an aggregate attribute without alias",
      `<fetch aggregate="true"><entity name="${D_TABLE}"><attribute name="${D.id}" aggregate="count"/></entity></fetch>`,
      QuerySyntaxError,
      /needs an alias/,
    ],
    [
      "a plain column in an aggregate",
      `<fetch aggregate="true"><entity name="${D_TABLE}"><attribute name="${D.status}"/><attribute name="${D.id}" alias="n" aggregate="count"/></entity></fetch>`,
      QuerySyntaxError,
      /neither groupby nor aggregate/,
    ],
    ["another entity", countBy(A_TABLE, A.keyword), QuerySyntaxError, /does not match/],
    [
      "a bad date",
      countBy(
        D_TABLE,
        D.status,
        `<filter><condition attribute="${D.windowStartDate}" operator="ge" value="last week"/></filter>`,
      ),
      QuerySyntaxError,
      /ISO date/,
    ],
    ["broken XML", `<fetch aggregate="true"><entity name="${D_TABLE}">`, QuerySyntaxError, /not well-formed/],
    ["fetchXml with other options", "", UnsupportedQueryError, /other query options/],
  ];

  it.each(cases)("%s", async (name, fetchXml, type, message) => {
    const options =
      name === "fetchXml with other options"
        ? `?$top=1&fetchXml=${encodeURIComponent(countBy(D_TABLE, D.status))}`
        : q(fetchXml);
    const promise = api().retrieveMultipleRecords(D_TABLE, options);
    await expect(promise).rejects.toBeInstanceOf(type);
    await expect(promise).rejects.toThrow(message);
  });

  it("reads unencoded FetchXML, single quotes, entities and comments", async () => {
    const fetchXml = `<?xml version="1.0"?><!-- insights --><fetch aggregate='true'><entity name='${D_TABLE}'><attribute name='${D.status}' alias='groupvalue' groupby='true'/><attribute name='${D.id}' alias='groupcount' aggregate='count'/><filter><condition attribute='${D.status}' operator='ne' value='&lt;none&gt;'/></filter></entity></fetch>`;
    const response = await api().retrieveMultipleRecords(D_TABLE, `?fetchXml=${fetchXml}`);
    expect(answerMap(response.entities)).toEqual(
      tally(
        data.deliveries.filter((row) => row[D.status] !== null),
        D.status,
      ),
    );
    expect(parseXml('<a x="&amp;&#65;&#x42;"><b/>t</a>')).toMatchObject({
      attributes: new Map([["x", "&AB"]]),
      text: "t",
    });
  });
});

describe("sample Web API: plain FetchXML", () => {
  const plain = (
    extra: string,
    attributes = `<attribute name="${D.status}"/><attribute name="${D.startDate}"/>`,
  ): string =>
    `<fetch${extra}><entity name="${D_TABLE}">${attributes}<order attribute="${D.windowStartDate}" descending="true"/><order attribute="${D.id}"/>` +
    `<filter><condition attribute="${D.status}" operator="in"><value>Complete</value><value>Error</value></condition></filter></entity></fetch>`;
  const expected = data.deliveries
    .filter((row) => row[D.status] === "Complete" || row[D.status] === "Error")
    .sort((a, b) => {
      const ta = time(a, D.windowStartDate);
      const tb = time(b, D.windowStartDate);
      if (ta !== tb) return Number.isNaN(ta) ? 1 : Number.isNaN(tb) ? -1 : tb - ta;
      return String(a[D.id]).localeCompare(String(b[D.id]));
    });

  it("returns the named columns (nulls left out), the id and etag, ordered, in pages with a paging cookie", async () => {
    const webApi = api();
    const first = (await webApi.retrieveMultipleRecords(
      D_TABLE,
      q(plain(' count="100"')),
    )) as ComponentFramework.WebApi.RetrieveMultipleResponse & {
      fetchXmlPagingCookie?: string;
    };
    expect(first.entities).toHaveLength(100);
    expect(first.entities.map((entity) => entity[D.id])).toEqual(expected.slice(0, 100).map((row) => row[D.id]));
    for (const entity of first.entities) {
      const row = data.deliveries.find((candidate) => candidate[D.id] === entity[D.id])!;
      const keys = ["@odata.etag", D.id, D.status, ...(row[D.startDate] === null ? [] : [D.startDate])];
      expect(Object.keys(entity).sort()).toEqual(keys.sort());
    }
    const cookie = /pagingcookie="([^"]*)"/.exec(first.fetchXmlPagingCookie!)![1];
    expect(first.fetchXmlPagingCookie).toMatch(/^<cookie pagenumber="2" /);
    const inner = decodeURIComponent(decodeURIComponent(cookie))
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;");
    const second = await webApi.retrieveMultipleRecords(
      D_TABLE,
      q(plain(` count="100" page="2" paging-cookie="${inner}"`)),
    );
    expect(second.entities.map((entity) => entity[D.id])).toEqual(expected.slice(100, 200).map((row) => row[D.id]));

    let page = 1;
    let seen = 0;
    for (;;) {
      const response = (await webApi.retrieveMultipleRecords(D_TABLE, q(plain(` count="250" page="${page}"`)))) as {
        entities: unknown[];
        fetchXmlPagingCookie?: string;
      };
      seen += response.entities.length;
      if (!response.fetchXmlPagingCookie) break;
      page += 1;
    }
    expect(seen).toBe(expected.length);
  });

  it("takes top, and every column with none named", async () => {
    const response = await api().retrieveMultipleRecords(D_TABLE, q(plain(' top="5"', "")));
    expect(response.entities.map((entity) => entity[D.id])).toEqual(expected.slice(0, 5).map((row) => row[D.id]));
    expect(Object.keys(response.entities[0])).toEqual(
      expect.arrayContaining([D.status, D.deliveryId, D.windowStartDate]),
    );
    expect((response as { fetchXmlPagingCookie?: string }).fetchXmlPagingCookie).toBeUndefined();
  });
});
