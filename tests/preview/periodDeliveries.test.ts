/**
 * The large sample (`&deliveries=100000`): the insights' default period holds exactly the
 * number asked for, the same rows for the same seed and now, every value fits its column, the
 * regular sample stays as it is, and the sample Web API answers the insights over it on both
 * paths with the same figures. Nothing here depends on how fast the machine is.
 */
import { createHash } from "node:crypto";
import {
  countFiguresByAggregates,
  createInsightAccumulator,
  defaultPeriod,
  flatReadPlan,
  insightRowOf,
  nameQueries,
  namesFrom,
} from "../../domain/insights";
import { relatedTables } from "../../domain/related/relatedTables";
import { DeliveryNames as D, maxLengthOf, deliveryTable } from "../../domain/tables";
import { SampleStore, createSampleWebApi, generateSampleData, type Row, type SampleData } from "../../preview/data";
import {
  countInPeriod,
  defaultPeriodAt,
  generatePeriodDeliveries,
  periodColumns,
  unresolvedPeriodConfigurationIds,
  unresolvedPeriodQueueIds,
} from "../../preview/data/periodDeliveries";
import { createGenerationContext } from "../../preview/data/deliveryGenerator";

const size = 100_000;
const regular = generateSampleData();
const large = generateSampleData({ periodDeliveries: size });
const now = Date.parse(large.now);
const period = defaultPeriodAt(now);
const generated = large.deliveries.slice(regular.deliveries.length);
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const time = (row: Row, column: string): number => Date.parse(String(row[column] ?? ""));

/** A digest of every row, in order (SHA-256 of their JSON): equal digests, equal rows. */
function digest(rows: readonly Row[]): string {
  return `${rows.length}:${createHash("sha256").update(JSON.stringify(rows)).digest("hex")}`;
}

describe("the large sample", () => {
  it("fills the insights' default period (the 7 days before now) to exactly the number asked for", () => {
    const control = defaultPeriod(new Date(now));
    expect(period).toEqual({ start: control.start.getTime(), end: control.end.getTime() });
    expect(countInPeriod(large.deliveries, period)).toBe(size);
    expect(large.periodFill).toEqual({
      start: new Date(period.start).toISOString(),
      end: new Date(period.end).toISOString(),
      deliveries: size,
      generated: size - countInPeriod(regular.deliveries, period),
    });
    expect(generated).toHaveLength(large.periodFill!.generated);
    expect(generated.every((row) => time(row, D.windowStartDate) >= period.start)).toBe(true);
    expect(generated.every((row) => time(row, D.windowStartDate) < period.end)).toBe(true);
  });

  it("is the same for the same seed and now, and another for another seed", () => {
    expect(digest(generateSampleData({ periodDeliveries: size }).deliveries)).toBe(digest(large.deliveries));
    const other = generateSampleData({ periodDeliveries: size, seed: 7 });
    expect(countInPeriod(other.deliveries, defaultPeriodAt(Date.parse(other.now)))).toBe(size);
    expect(digest(other.deliveries)).not.toBe(digest(large.deliveries));
  });

  it("leaves the regular sample as it is: its rows first, its attributes, contacts and related rows", () => {
    expect(digest(large.deliveries.slice(0, regular.deliveries.length))).toBe(digest(regular.deliveries));
    expect(large.attributes).toEqual(regular.attributes);
    expect(large.related).toEqual(regular.related);
    expect(large.featuredContacts).toEqual(regular.featuredContacts);
    expect(regular.periodFill).toBeUndefined();
    const featured = new Set(regular.featuredContacts.map((contact) => contact.id));
    expect(generated.some((row) => featured.has(String(row[D.contactId])))).toBe(false);
  });

  it("refuses fewer deliveries than the period already holds", () => {
    const present = countInPeriod(regular.deliveries, period);
    expect(() => generateSampleData({ periodDeliveries: present - 1 })).toThrow(RangeError);
    expect(generateSampleData({ periodDeliveries: present }).periodFill?.generated).toBe(0);
  });

  it("spreads the windows evenly: every day of the seven has its seventh", () => {
    const perDay = new Array<number>(7).fill(0);
    for (const row of generated) perDay[Math.floor((time(row, D.windowStartDate) - period.start) / 86_400_000)] += 1;
    // Each row has a slot of its own in the period: a day holds its seventh, give or take its two edges.
    for (const count of perDay) expect(Math.abs(count - generated.length / 7)).toBeLessThanOrEqual(2);
  });

  it("fits every column: unique GUIDs, lengths, whole-second ISO dates, no column the table lacks", () => {
    // Problems are collected and compared once: an expect per value would take longer than the rows.
    const problems: string[] = [];
    const limits = new Map(
      deliveryTable.columns.flatMap((column) =>
        column.kind === "text" ? [[column.logicalName, maxLengthOf(deliveryTable, column.logicalName)] as const] : [],
      ),
    );
    const dates = new Set<string>([
      D.windowStartDate,
      D.windowEndDate,
      D.startDate,
      D.endDate,
      D.resultDate,
      D.channelSentDate,
      "createdon",
      "modifiedon",
    ]);
    const columns = [...periodColumns].sort().join();
    const ids = new Set<string>();
    for (const row of generated) {
      const id = String(row[D.id]);
      if (!guid.test(id)) problems.push(`id ${id}`);
      ids.add(id);
      if (Object.keys(row).sort().join() !== columns) problems.push(`${id}: columns ${Object.keys(row).join()}`);
      for (const [column, value] of Object.entries(row)) {
        if (typeof value !== "string") continue;
        if (value.length > (limits.get(column) ?? Infinity)) problems.push(`${id}: ${column} too long`);
        if (dates.has(column) && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value))
          problems.push(`${id}: ${column} = ${value}`);
      }
    }
    expect(problems).toEqual([]);
    expect(ids.size).toBe(generated.length);
    const regularIds = new Set(regular.deliveries.map((row) => String(row[D.id])));
    expect([...ids].filter((id) => regularIds.has(id))).toEqual([]);
  });

  it("holds what every bucket of the dashboard needs, in small shares", () => {
    const share = (test: (row: Row) => boolean): number => generated.filter(test).length / generated.length;
    const statuses = new Set(generated.map((row) => row[D.status]));
    for (const status of ["Pending", "InProcess", "Complete", "Expired", "Cancelled", "Error", "complete", "OnHold"])
      expect(statuses).toContain(status);
    expect(share((row) => row[D.status] === "Complete")).toBeGreaterThan(0.5);
    const sms = generated.filter((row) => row[D.channel] === "SMS");
    expect(sms.length / generated.length).toBeGreaterThan(0.02);
    expect(sms.every((row) => row[D.startDate] === null && row[D.dialModeType] === null)).toBe(true);
    expect(new Set(sms.map((row) => row[D.result]))).toEqual(new Set(["Delivered", "NotDelivered"]));
    expect(share((row) => row[D.dialModeType] === "Autopilot")).toBeGreaterThan(0);
    expect(share((row) => row[D.queueId] === null)).toBeGreaterThan(0);
    expect(share((row) => time(row, D.endDate) < time(row, D.startDate))).toBeGreaterThan(0);
    expect(share((row) => time(row, D.startDate) > time(row, D.windowEndDate))).toBeGreaterThan(0);
    expect(share((row) => time(row, D.startDate) < time(row, D.windowStartDate))).toBeGreaterThan(0);
    expect(share((row) => String(row[D.dispositionCodes] ?? "").startsWith('"'))).toBeGreaterThan(0.2);
    for (const id of [...unresolvedPeriodQueueIds]) expect(generated.some((row) => row[D.queueId] === id)).toBe(true);
    for (const id of [...unresolvedPeriodConfigurationIds])
      expect(generated.some((row) => row[D.configId] === id)).toBe(true);
    // Nothing lies ahead of now: the period ends at now.
    const ahead = [D.startDate, D.endDate, D.resultDate, "createdon", "modifiedon"].filter((column) =>
      generated.some((row) => time(row, column) > now),
    );
    expect(ahead).toEqual([]);
  });

  it("is made from the sample's queues and configurations and its long tail of contacts", () => {
    const context = createGenerationContext(regular.seed, now, 50);
    const rows = generatePeriodDeliveries(context, period, 500, regular.seed);
    expect(rows).toHaveLength(500);
    const contacts = new Set(context.contacts.map((contact) => contact.id));
    expect(rows.every((row) => contacts.has(String(row[D.contactId])))).toBe(true);
    expect(() => generatePeriodDeliveries(context, period, -1, 1)).toThrow(RangeError);
    expect(generatePeriodDeliveries(context, period, 0, 1)).toEqual([]);
  });
});

describe("the insights over the large sample, through the sample Web API", () => {
  const webApi = createSampleWebApi(new SampleStore(large as SampleData));
  const insightPeriod = defaultPeriod(new Date(now));

  it("answer on the aggregate path and on the fallback path with the same figures: 100,000 deliveries", async () => {
    const { figures, requests } = await countFiguresByAggregates(
      insightPeriod,
      {},
      async (query) => (await webApi.retrieveMultipleRecords(D.table, query.options)).entities,
    );
    expect(figures.deliveries).toBe(size);
    expect(requests).toBe(15);
    const plan = flatReadPlan("fallback", insightPeriod);
    const accumulator = createInsightAccumulator();
    let options: string | undefined = plan.options;
    let pages = 0;
    while (options) {
      const page = await webApi.retrieveMultipleRecords(D.table, options, plan.maxPageSize);
      accumulator.addPage(page.entities.map(insightRowOf));
      options = page.nextLink;
      pages += 1;
    }
    expect(pages).toBe(size / 5000);
    expect(accumulator.figures()).toMatchObject({ rowsRead: size, counts: figures });
  });

  it("name the queues and configurations, leaving the ids that name nothing as ids", async () => {
    const byKind = async (kind: "queue" | "configuration", column: string): Promise<Map<string, string>> => {
      const names = new Map<string, string>();
      for (const query of nameQueries(kind, new Set(generated.map((row) => row[column] as string | null)))) {
        const response = await webApi.retrieveMultipleRecords(relatedTables[kind].logicalName, query.options);
        for (const [id, name] of namesFrom(kind, response.entities)) names.set(id, name);
      }
      return names;
    };
    expect(await byKind("queue", D.queueId)).toEqual(new Map(large.queues.map((queue) => [queue.id, queue.name])));
    const configurations = await byKind("configuration", D.configId);
    expect(configurations).toEqual(new Map(large.configurations.map((entry) => [entry.id, entry.name])));
    expect(configurations.has("c0ffee00-1234-4567-89ab-cdef01234567")).toBe(false);
  });
});
