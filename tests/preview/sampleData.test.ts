import * as fs from "node:fs";
import * as path from "node:path";
import {
  AttributeNames as A,
  AttributeTypeChoice,
  DeliveryNames as D,
  attributeTable,
  deliveryTable,
  tables,
} from "../../domain/tables";
import { classifyValue } from "../../domain/attributes";
import {
  generateBulkAttributes,
  generateSampleData,
  normalizeId,
  storeTableOf,
  xssPayloads,
  type Row,
  type SampleData,
} from "../../preview/data";

const data: SampleData = generateSampleData();
const brokenIds = new Set(data.broken.map((entry) => entry.id));
const healthy = data.deliveries.filter((row) => !brokenIds.has(String(row[D.id])));
const time = (value: unknown): number => Date.parse(String(value));
const byKey = (key: string): Row => {
  const entry = data.broken.find((candidate) => candidate.key === key);
  if (!entry) throw new Error(`no broken record ${key}`);
  const row = data.deliveries.find((candidate) => candidate[D.id] === entry.id);
  if (!row) throw new Error(`no delivery for ${key}`);
  return row;
};
const attributesOf = (deliveryId: unknown): Row[] => data.attributes.filter((row) => row[A.delivery] === deliveryId);

describe("sample data generator", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    expect(generateSampleData({ deliveryCount: 150 })).toEqual(generateSampleData({ deliveryCount: 150 }));
    const other = generateSampleData({ deliveryCount: 150, seed: 7 });
    expect(other.deliveries[0][D.id]).not.toEqual(generateSampleData({ deliveryCount: 150 }).deliveries[0][D.id]);
  });

  it("makes 2,000 deliveries over a long tail of 50 contacts, several queues, configurations and dial modes", () => {
    const featuredIds = new Set(data.featuredContacts.map((entry) => entry.id));
    const contactOf = (row: Row): string => normalizeId(String(row[D.contactId]));
    const longTail = healthy.filter((row) => !featuredIds.has(contactOf(row)));
    expect(longTail).toHaveLength(2000);
    // The four featured contacts (contacts.test.ts) add 0 + 1 + 40 + 200 deliveries of their own.
    expect(healthy).toHaveLength(2000 + 241);
    expect(data.contacts).toHaveLength(50 + 4);
    expect(new Set(longTail.map(contactOf)).size).toBe(50);
    expect(new Set(healthy.map((row) => row[D.queueId])).size).toBeGreaterThanOrEqual(4);
    expect(new Set(healthy.map((row) => row[D.configId])).size).toBeGreaterThanOrEqual(4);
    const calls = healthy.filter((row) => row[D.channel] === "Voice");
    expect(new Set(calls.map((row) => row[D.dialModeType]))).toEqual(
      new Set(["Copilot", "Progressive", "Preview", "Predictive"]),
    );
  });

  it("sends a share of the long tail as SMS: sent and delivered, not delivered or no report, never a call", () => {
    const sms = healthy.filter((row) => row[D.channel] === "SMS");
    expect(new Set(healthy.map((row) => row[D.channel]))).toEqual(new Set(["Voice", "SMS"]));
    expect(sms.length).toBeGreaterThan(100);
    expect(sms.length).toBeLessThan(healthy.length / 5);
    for (const row of sms) {
      expect([row[D.startDate], row[D.endDate], row[D.callId], row[D.dialModeType]]).toEqual([null, null, null, null]);
      if (row[D.status] === "Complete")
        expect(time(row[D.channelSentDate])).toBeGreaterThanOrEqual(time(row[D.windowStartDate]));
    }
    const complete = sms.filter((row) => row[D.status] === "Complete");
    expect(new Set(complete.map((row) => row[D.result]))).toEqual(new Set(["Delivered", "Not delivered", null]));
    for (const status of ["InProcess", "Expired"]) {
      const some = sms.filter((row) => row[D.status] === status);
      expect(some.some((row) => row[D.channelSentDate] === null)).toBe(true);
      expect(some.some((row) => row[D.channelSentDate] !== null)).toBe(true);
    }
    const featuredRow = (key: string): Row | undefined => {
      const entry = data.featured.find((candidate) => candidate.key === key);
      return data.deliveries.find((row) => row[D.id] === entry?.id);
    };
    for (const key of ["sms-delivered", "sms-not-delivered", "sms-sent"])
      expect(featuredRow(key)?.[D.channel]).toBe("SMS");
    expect(byKey("broken:sms-without-sent-date")).toMatchObject({ [D.channel]: "SMS", [D.channelSentDate]: null });
  });

  it("keeps every text value within the column length of domain/tables", () => {
    for (const [definition, rows] of [
      [deliveryTable, data.deliveries],
      [attributeTable, [...data.attributes, ...generateBulkAttributes(String(data.deliveries[0][D.id]), 2000)]],
    ] as const) {
      const table = storeTableOf(definition);
      const limits = definition.columns.flatMap((column) =>
        column.kind === "text" ? [[column.logicalName, column.maxLength] as const] : [],
      );
      expect(limits.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const row of rows) {
        for (const key of Object.keys(row)) if (!table.columns.has(key)) problems.push(`unknown column ${key}`);
        for (const [name, limit] of limits) {
          const value = row[name];
          if (typeof value === "string" && value.length > limit)
            problems.push(`${definition.logicalName}.${name} holds ${value.length} characters, over ${limit}`);
        }
      }
      expect(problems).toEqual([]);
    }
  });

  it("reaches the limits on purpose: a 4,000-character value and a full disposition column", () => {
    const valueLimit = attributeTable.columns.find((column) => column.logicalName === A.value);
    const codesLimit = deliveryTable.columns.find((column) => column.logicalName === D.dispositionCodes);
    if (valueLimit?.kind !== "text" || codesLimit?.kind !== "text") throw new Error("unexpected column kinds");
    expect(data.attributes.some((row) => String(row[A.value]).length === valueLimit.maxLength)).toBe(true);
    expect(String(byKey("broken:dispositions-at-limit")[D.dispositionCodes])).toHaveLength(codesLimit.maxLength);
  });

  it("writes dates as whole-second UTC values the Web API would return", () => {
    const dateColumns = tables.flatMap((table) =>
      table.columns.filter((column) => column.kind === "datetime").map((column) => column.logicalName),
    );
    const bad: string[] = [];
    for (const row of [...data.deliveries, ...data.attributes]) {
      for (const name of [...dateColumns, "createdon", "modifiedon"]) {
        const value = row[name];
        if (value !== null && value !== undefined && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(String(value)))
          bad.push(`${name}: ${String(value)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("mixes statuses realistically", () => {
    const share = (status: string): number => healthy.filter((row) => row[D.status] === status).length / healthy.length;
    expect(share("Complete")).toBeGreaterThan(0.45);
    for (const status of ["Pending", "InProcess", "Expired", "Cancelled", "Error"]) {
      expect(share(status)).toBeGreaterThan(0.02);
      expect(share(status)).toBeLessThan(0.25);
    }
  });

  it("gives each status consistent timings", () => {
    const now = time(data.now);
    const problemOf = (row: Row): string | undefined => {
      const windowStart = time(row[D.windowStartDate]);
      const windowEnd = time(row[D.windowEndDate]);
      const start = time(row[D.startDate]);
      const end = time(row[D.endDate]);
      if (!(windowEnd > windowStart)) return "window end not after start";
      switch (row[D.status]) {
        case "Pending":
          if (!(windowStart > now)) return "pending window not ahead";
          if (row[D.startDate] !== null || row[D.result] !== null) return "pending with a call or result";
          return undefined;
        case "InProcess":
          if (!(windowStart <= now && windowEnd > now)) return "in process outside its window";
          return row[D.result] === null ? undefined : "in process with a result";
        case "Complete":
          // An SMS has no call: it was sent inside its window, and any report came after.
          if (row[D.channel] === "SMS") {
            const sent = time(row[D.channelSentDate]);
            if (!(sent >= windowStart && sent <= windowEnd && sent < now)) return "SMS not sent inside the window";
            return row[D.result] === null || time(row[D.resultDate]) >= sent ? undefined : "report before sending";
          }
          if (!(start >= windowStart && end > start && end <= windowEnd && end < now))
            return "call not inside the window";
          return time(row[D.resultDate]) >= end ? undefined : "result before call end";
        case "Expired":
          if (row[D.startDate] !== null || row[D.endDate] !== null) return "expired with a call";
          if (row[D.result] !== "Expired") return "expired without result Expired";
          return time(row[D.resultDate]) >= windowEnd ? undefined : "expired before the window closed";
        default:
          return row[D.result] === null ? "no result" : undefined;
      }
    };
    const problems = healthy.flatMap((row) => {
      const problem = problemOf(row);
      return problem ? [`${String(row[D.status])} ${String(row[D.id])}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it("sets dispositions as quoted, comma-separated codes on answered calls only", () => {
    const withCodes = healthy.filter((row) => row[D.dispositionCodes]);
    expect(withCodes.length).toBeGreaterThan(200);
    expect(
      withCodes
        .map((row) => String(row[D.dispositionCodes]))
        .filter((text) => !/^"[A-Za-z]+"(, ?"[A-Za-z]+")*$/.test(text)),
    ).toEqual([]);
    expect(healthy.filter((row) => row[D.status] === "Pending" && row[D.dispositionCodes])).toHaveLength(0);
  });

  it("gives attributes of both types and every value kind", () => {
    const types = new Set(data.attributes.map((row) => row[A.type]));
    expect(types).toContain(AttributeTypeChoice.input);
    expect(types).toContain(AttributeTypeChoice.result);
    const kinds = new Set(data.attributes.slice(0, 3000).map((row) => classifyValue(String(row[A.value] ?? "")).kind));
    for (const kind of ["text", "number", "date", "url", "json"]) expect(kinds).toContain(kind);
    const ids = new Set(data.deliveries.map((row) => row[D.id]));
    expect(data.attributes.filter((row) => !ids.has(row[A.delivery]))).toEqual([]);
  });

  it("catalogues featured records of every status", () => {
    const statuses = data.featured.map((entry) => data.deliveries.find((row) => row[D.id] === entry.id)?.[D.status]);
    expect(new Set(statuses)).toEqual(new Set(["Complete", "Pending", "InProcess", "Expired", "Cancelled", "Error"]));
  });

  it("includes the deliberately broken records", () => {
    expect(byKey("broken:unknown-values")[D.status]).toBe("OnHold");
    expect(byKey("broken:missing-required")[D.status]).toBeNull();
    expect(String(byKey("broken:messy-dispositions")[D.dispositionCodes])).toMatch(/,,.*""/);
    const reversed = byKey("broken:reversed-window");
    expect(time(reversed[D.windowEndDate])).toBeLessThan(time(reversed[D.windowStartDate]));
    const callReversed = byKey("broken:call-end-before-start");
    expect(time(callReversed[D.endDate])).toBeLessThan(time(callReversed[D.startDate]));
    expect(byKey("broken:no-dates")[D.windowStartDate]).toBeNull();
    const html = byKey("broken:html-injection");
    expect(String(html[D.dispositionCodes])).toContain(xssPayloads.image);
    expect(attributesOf(html[D.id]).some((row) => row[A.keyword] === xssPayloads.image)).toBe(true);
    expect(attributesOf(byKey("broken:no-attributes")[D.id])).toHaveLength(0);
    const messTypes = attributesOf(byKey("broken:attribute-mess")[D.id]).map((row) => row[A.type]);
    expect(messTypes).toContain(3);
    expect(messTypes).toContain(null);
  });

  it("stays pure: no Node or browser API in preview/data", () => {
    const folder = path.resolve(__dirname, "..", "..", "preview", "data");
    const files = fs.readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = fs.readFileSync(path.join(folder, file), "utf8");
      expect(source).not.toMatch(/from "node:|\brequire\(|\b(window|document|localStorage|fetch|process)\./);
      expect(source).not.toMatch(/Math\.random/);
    }
  });
});
