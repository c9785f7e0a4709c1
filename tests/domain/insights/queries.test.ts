import {
  aggregateRowsOf,
  conditionColumns,
  countByColumnFetchXml,
  countSpecs,
  defaultRowCap,
  dependentAggregateQueries,
  fallbackColumns,
  firstWaveAggregateQueries,
  flatReadPlan,
  insightConditions,
  insightPageSize,
  odataFilter,
  textsOf,
  timeColumns,
  waveOf,
  xmlAttribute,
  type InsightFilters,
} from "../../../domain/insights";
import { DeliveryNames as D, deliveryTable, experienceColumnNames, standardOnlyColumns } from "../../../domain/tables";
import { configA, queueA, queueB, record } from "./fixtures";
import { filterColumnNames, filterPredicate, parseAggregate, queryOptions, runAggregate } from "./serverModel";

const period = { start: new Date("2026-03-01T00:00:00.000Z"), end: new Date("2026-03-08T00:00:00.000Z") };
const allowed = experienceColumnNames(deliveryTable);
const filters: InsightFilters = {
  queueIds: [queueA, queueB, ""],
  configurationIds: [configA],
  dialModes: ["Copilot"],
  channels: ["Voice", "  "],
};
const observed = {
  statuses: ["Complete", "complete", "Pending", "Paused", "Error", ""],
  results: ["CallEnded", "Busy", "liveanswer"],
};
const allQueries = () => [
  ...firstWaveAggregateQueries(period, filters),
  ...dependentAggregateQueries(period, filters, observed).queries,
];

describe("insight conditions", () => {
  it("are the period on window start, then one condition per filter with values", () => {
    expect(insightConditions(period)).toEqual([
      { column: D.windowStartDate, operator: "ge", value: period.start },
      { column: D.windowStartDate, operator: "lt", value: period.end },
    ]);
    expect(insightConditions(period, filters).slice(2)).toEqual([
      {
        any: [
          { column: D.queueId, operator: "eq", value: queueA },
          { column: D.queueId, operator: "eq", value: queueB },
          { column: D.queueId, operator: "null" },
        ],
      },
      { column: D.configId, operator: "eq", value: configA },
      { column: D.dialModeType, operator: "eq", value: "Copilot" },
      {
        any: [
          { column: D.channel, operator: "eq", value: "Voice" },
          { column: D.channel, operator: "null" },
        ],
      },
    ]);
    expect(insightConditions(period, { queueIds: [], channels: [] })).toHaveLength(2);
    expect(insightConditions(period, { dialModes: ["Preview", "Preview"] })[2]).toEqual({
      column: D.dialModeType,
      operator: "eq",
      value: "Preview",
    });
  });

  it("name only columns of msdyn_proactive_delivery itself", () => {
    for (const column of conditionColumns(insightConditions(period, filters))) expect(allowed.has(column)).toBe(true);
  });
});

describe("FetchXML aggregates", () => {
  it("are count grouped by one column, aggregate=true, no order, no link-entity, no date grouping", () => {
    for (const query of allQueries()) {
      expect(query.fetchXml).toMatch(/^<fetch aggregate="true"><entity name="msdyn_proactive_delivery">/);
      expect(query.fetchXml).not.toMatch(/<order|link-entity|dategrouping|distinct|statecode|statuscode/);
      const parsed = parseAggregate(query.fetchXml);
      expect(parsed.entity).toBe(D.table);
      expect(query.options).toBe(`?fetchXml=${encodeURIComponent(query.fetchXml)}`);
    }
  });

  it("name only columns both copies of the table have", () => {
    for (const query of allQueries()) {
      for (const column of parseAggregate(query.fetchXml).columns) {
        expect(allowed.has(column)).toBe(true);
        expect(standardOnlyColumns).not.toContain(column);
      }
    }
  });

  it("read exactly like this for the status breakdown", () => {
    const [status] = firstWaveAggregateQueries(period, { queueIds: [queueA] });
    expect(status.spec.id).toBe("all/status");
    expect(status.fetchXml).toBe(
      '<fetch aggregate="true"><entity name="msdyn_proactive_delivery">' +
        '<attribute name="msdyn_status" alias="groupvalue" groupby="true"/>' +
        '<attribute name="msdyn_proactive_deliveryid" alias="groupcount" aggregate="count"/>' +
        '<filter type="and">' +
        '<condition attribute="msdyn_window_start_date" operator="ge" value="2026-03-01T00:00:00.000Z"/>' +
        '<condition attribute="msdyn_window_start_date" operator="lt" value="2026-03-08T00:00:00.000Z"/>' +
        `<condition attribute="msdyn_queue_id" operator="eq" value="${queueA}"/>` +
        "</filter></entity></fetch>",
    );
  });

  it("come in two waves: nine that need nothing, then the processed and successful subsets", () => {
    const first = firstWaveAggregateQueries(period);
    expect(first.map((query) => query.spec.id)).toEqual([
      "all/status",
      "all/result",
      "all/dialMode",
      "all/channel",
      "all/configuration",
      "all/queue",
      "all/disposition",
      "withoutCallStart/status",
      "unattempted/status",
    ]);
    expect(first[7].fetchXml).toContain('<condition attribute="msdyn_start_date" operator="null"/>');
    expect(first[7].fetchXml).not.toContain("msdyn_channel_sent_date");
    // Neither called nor sent: "expired without a call attempt" is counted from this one.
    expect(first[8].fetchXml).toContain(
      '<condition attribute="msdyn_start_date" operator="null"/><condition attribute="msdyn_channel_sent_date" operator="null"/>',
    );
    const dependent = dependentAggregateQueries(period, {}, observed);
    expect(dependent.empty).toEqual([]);
    expect(dependent.queries.map((query) => query.spec.id)).toEqual([
      "processed/result",
      "processed/dialMode",
      "processed/configuration",
      "processed/queue",
      "successful/configuration",
      "successful/queue",
    ]);
    expect(countSpecs.filter((spec) => waveOf(spec) === "first")).toHaveLength(9);
  });

  it("build the processed and successful conditions from the stored texts found, exactly as stored", () => {
    const dependent = dependentAggregateQueries(period, {}, observed);
    const processed = dependent.queries[0].fetchXml;
    expect(processed).toContain(
      '<filter type="or"><condition attribute="msdyn_status" operator="eq" value="Complete"/>' +
        '<condition attribute="msdyn_status" operator="eq" value="Error"/>' +
        '<condition attribute="msdyn_status" operator="eq" value="complete"/></filter>',
    );
    expect(processed).not.toMatch(/Pending|Paused/);
    const successful = dependent.queries[4].fetchXml;
    expect(successful).toContain(
      '<filter type="or"><condition attribute="msdyn_result" operator="eq" value="CallEnded"/>' +
        '<condition attribute="msdyn_result" operator="eq" value="liveanswer"/></filter>',
    );
    expect(successful).not.toContain("Busy");
  });

  it("leave out a subset no stored text belongs to: its counts are zero", () => {
    const none = dependentAggregateQueries(period, {}, { statuses: ["Pending", "Paused"], results: ["CallEnded"] });
    expect(none.queries).toEqual([]);
    expect(none.empty.map((spec) => spec.id)).toHaveLength(6);
    const noSuccess = dependentAggregateQueries(period, {}, { statuses: ["Complete"], results: ["Busy"] });
    expect(noSuccess.queries.map((query) => query.spec.subset)).toEqual([
      "processed",
      "processed",
      "processed",
      "processed",
    ]);
    expect(noSuccess.empty.map((spec) => spec.id)).toEqual(["successful/configuration", "successful/queue"]);
  });

  it("escape stored texts in attribute values", () => {
    expect(xmlAttribute(`a&b<c>"d'`)).toBe("a&amp;b&lt;c&gt;&quot;d&apos;");
    const xml = countByColumnFetchXml(D.table, D.id, D.status, insightConditions(period, { queueIds: ['x"/><a b="'] }));
    expect(parseAggregate(xml).columns).toEqual([D.status, D.id, D.windowStartDate, D.queueId]);
    const records = [
      record({ status: "Complete", queue: 'x"/><a b="', windowStart: "2026-03-02T00:00:00Z" }),
      record({ status: "Complete", queue: "x", windowStart: "2026-03-02T00:00:00Z" }),
    ];
    expect(runAggregate(xml, records)).toEqual([{ groupvalue: "Complete", groupcount: 1 }]);
  });

  it("count what the filter says, the period half open (start in, end out)", () => {
    const records = [
      record({ status: "Complete", windowStart: "2026-03-01T00:00:00.000Z", queue: queueA }),
      record({ status: "Complete", windowStart: "2026-03-07T23:59:59.999Z", queue: null }),
      record({ status: "Pending", windowStart: "2026-03-08T00:00:00.000Z", queue: queueA }),
      record({ status: "Pending", windowStart: "2026-02-28T23:59:59.999Z", queue: queueA }),
      record({ status: "Error", windowStart: null, queue: queueA }),
      record({ status: "Error", windowStart: "2026-03-03T00:00:00.000Z", queue: "other" }),
    ];
    const [status] = firstWaveAggregateQueries(period, { queueIds: [queueA, ""] });
    expect(runAggregate(status.fetchXml, records)).toEqual([{ groupvalue: "Complete", groupcount: 2 }]);
  });
});

describe("aggregate answers", () => {
  it("read the value and count by alias; the empty group has no value", () => {
    expect(
      aggregateRowsOf([
        { groupvalue: "Complete", groupcount: 3, "@odata.etag": "W/1" },
        { groupcount: 2 },
        { groupvalue: null, groupcount: "4" },
      ]),
    ).toEqual({
      rows: [
        { value: "Complete", count: 3 },
        { value: null, count: 2 },
        { value: null, count: 4 },
      ],
      ignored: 0,
    });
  });

  it("leave out and count rows with no usable count or value", () => {
    expect(
      aggregateRowsOf([
        { groupvalue: "A", groupcount: -1 },
        { groupvalue: "B", groupcount: 1.5 },
        { groupvalue: "C", groupcount: "many" },
        { groupvalue: "D" },
        { groupvalue: 7, groupcount: 1 },
        { groupvalue: "E", groupcount: 0 },
      ]),
    ).toEqual({ rows: [{ value: "E", count: 0 }], ignored: 5 });
  });

  it("give the stored texts for the dependent wave", () => {
    expect(
      textsOf([
        { value: "Complete", count: 2 },
        { value: null, count: 1 },
        { value: "Gone", count: 0 },
      ]),
    ).toEqual(["Complete", ""]);
  });
});

describe("flat reads", () => {
  it("select only the columns the figures need and filter like the aggregates", () => {
    const plan = flatReadPlan("time", period, { queueIds: [queueA] });
    expect(plan).toEqual({
      read: "time",
      entitySetName: "msdyn_proactive_deliveries",
      options:
        "?$select=msdyn_status,msdyn_result,msdyn_window_start_date,msdyn_window_end_date,msdyn_start_date,msdyn_end_date" +
        "&$filter=msdyn_window_start_date ge 2026-03-01T00:00:00.000Z and msdyn_window_start_date lt 2026-03-08T00:00:00.000Z" +
        ` and msdyn_queue_id eq '${queueA}'`,
      maxPageSize: insightPageSize,
      cap: defaultRowCap,
    });
    expect(insightPageSize).toBe(5000);
    expect(defaultRowCap).toBe(100_000);
    expect(queryOptions(flatReadPlan("fallback", period).options).get("$select")!.split(",")).toEqual([
      ...fallbackColumns,
    ]);
  });

  it("name only columns both copies have, never statecode, and page by maxPageSize, not $top", () => {
    for (const read of ["time", "fallback"] as const) {
      const options = flatReadPlan(read, period, filters).options;
      const parts = queryOptions(options);
      expect([...parts.keys()]).toEqual(["$select", "$filter"]);
      const named = [...parts.get("$select")!.split(","), ...filterColumnNames(parts.get("$filter")!)];
      for (const column of named) expect(allowed.has(column)).toBe(true);
      expect(options).not.toMatch(/statecode|statuscode|\$top|\$orderby|\$expand|\$apply/);
    }
    for (const column of [...timeColumns, ...fallbackColumns]) expect(allowed.has(column)).toBe(true);
  });

  it("writes the filters so that they select what the aggregates count", () => {
    const records = [
      record({
        status: "A",
        windowStart: "2026-03-02T00:00:00Z",
        queue: queueA,
        config: configA,
        dialMode: "Copilot",
        channel: "Voice",
      }),
      record({
        status: "B",
        windowStart: "2026-03-02T00:00:00Z",
        queue: null,
        config: configA,
        dialMode: "Copilot",
        channel: null,
      }),
      record({
        status: "C",
        windowStart: "2026-03-02T00:00:00Z",
        queue: queueA,
        config: configA,
        dialMode: "Copilot",
        channel: "voice",
      }),
      record({
        status: "D",
        windowStart: "2026-03-09T00:00:00Z",
        queue: queueA,
        config: configA,
        dialMode: "Copilot",
        channel: "Voice",
      }),
      record({
        status: "E",
        windowStart: "2026-03-02T00:00:00Z",
        queue: "it's",
        config: configA,
        dialMode: "Copilot",
        channel: "Voice",
      }),
    ];
    const withQuote = { ...filters, queueIds: [...filters.queueIds!, "it's"] };
    const predicate = filterPredicate(
      queryOptions(flatReadPlan("fallback", period, withQuote).options).get("$filter")!,
    );
    expect(records.filter(predicate).map((entry) => entry[D.status])).toEqual(["A", "B", "E"]);
    const [status] = firstWaveAggregateQueries(period, withQuote);
    expect(runAggregate(status.fetchXml, records).map((row) => row.groupvalue)).toEqual(["A", "B", "E"]);
    expect(odataFilter(insightConditions(period, { queueIds: ["it's"] }))).toContain("msdyn_queue_id eq 'it''s'");
  });

  it("refuse a cap or page size that makes no sense, and never ask for a page larger than the cap", () => {
    expect(() => flatReadPlan("time", period, {}, { cap: 0 })).toThrow(RangeError);
    expect(() => flatReadPlan("time", period, {}, { cap: Number.NaN })).toThrow(RangeError);
    expect(() => flatReadPlan("time", period, {}, { pageSize: 5001 })).toThrow(RangeError);
    expect(flatReadPlan("time", period, {}, { cap: 1200 }).maxPageSize).toBe(1200);
  });
});
