import { DeliveryNames as D } from "../../../../domain/tables";
import { openInsightDatabase, type DeliveryRecord, type InsightDatabase } from "./database";
import { clientFigures, combinedDispositions, sqlFigures, type ItemTwoFigures } from "./figures";

/**
 * Fourteen deliveries whose figures are worked out by hand below, the same expectations for
 * the DuckDB views and for the client-side aggregation. They hold what the SQL must read as
 * domain/ does: spellings the classifiers accept (case, "_", "-", a no-break space, an
 * ideographic space, a byte order mark, the Kelvin sign for K) and one they refuse (a dotted
 * capital I, which some lower-casing tables turn into "i"); statuses that are undocumented,
 * blank or empty; ids in every spelling and a lone brace; missing, reversed and boundary
 * dates; disposition texts SQL reads and texts only the parser reads.
 */
// DuckDB and the sample data take seconds to load; more on a machine busy with other builds.
jest.setTimeout(30_000);
const configA = "c0f19000-aaaa-4bbb-8ccc-000000000001";
const configB = "c0f19000-aaaa-4bbb-8ccc-000000000002";
const queueA = "5a0c6f3e-1d2b-4c8e-9f00-000000000001";
const queueB = "5a0c6f3e-1d2b-4c8e-9f00-000000000002";

interface Fields {
  status?: string;
  result?: string;
  dialMode?: string;
  config?: string;
  queue?: string;
  codes?: string;
  windowStart?: string;
  windowEnd?: string;
  callStart?: string;
  callEnd?: string;
}

let sequence = 0;
function delivery(fields: Fields): DeliveryRecord {
  sequence += 1;
  return {
    [D.id]: `00000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`,
    [D.status]: fields.status ?? null,
    [D.result]: fields.result ?? null,
    [D.dialModeType]: fields.dialMode ?? null,
    [D.channel]: "Voice",
    [D.configId]: fields.config ?? null,
    [D.queueId]: fields.queue ?? null,
    [D.dispositionCodes]: fields.codes ?? null,
    [D.windowStartDate]: fields.windowStart ?? null,
    [D.windowEndDate]: fields.windowEnd ?? null,
    [D.startDate]: fields.callStart ?? null,
    [D.endDate]: fields.callEnd ?? null,
  };
}

const day = (date: string) => ({
  at: (time: string): string => `2026-03-${date}T${time}:00Z`,
});

const handRecords: readonly DeliveryRecord[] = [
  // 1: complete and reached, called inside its window.
  delivery({
    status: "Complete",
    result: "CallEnded",
    dialMode: "Copilot",
    config: configA,
    queue: queueA,
    codes: '"PromiseToPay","SpokeToAgent"',
    windowStart: day("02").at("09:00"),
    windowEnd: day("02").at("17:00"),
    callStart: day("02").at("09:30"),
    callEnd: day("02").at("09:35"),
  }),
  // 2: "complete" between a no-break and an ideographic space, "live_answer", "PRO-GRESSIVE", ids in braces and upper case, called after the window.
  delivery({
    status: "\u00a0complete\u3000",
    result: "live_answer",
    dialMode: "PRO-GRESSIVE",
    config: `{${configA.toUpperCase()}}`,
    queue: ` {${queueA.toUpperCase()}} `,
    codes: "PromiseToPay, Callback",
    windowStart: day("02").at("10:00"),
    windowEnd: day("02").at("12:00"),
    callStart: day("02").at("13:00"),
    callEnd: day("02").at("13:10"),
  }),
  // 3: expired without a call attempt.
  delivery({
    status: "Expired",
    result: "Expired",
    dialMode: "Copilot",
    config: configB,
    queue: queueB,
    windowStart: day("03").at("08:00"),
    windowEnd: day("03").at("09:00"),
  }),
  // 4: expired after a call whose end lies before its start; doubled quotes only the parser reads.
  delivery({
    status: "expired",
    result: "Expired",
    dialMode: "preview",
    config: configB,
    queue: queueB,
    codes: '"Said ""later""",x',
    windowStart: day("03").at("08:00"),
    windowEnd: day("03").at("09:00"),
    callStart: day("03").at("08:30"),
    callEnd: day("03").at("08:20"),
  }),
  // 5: error, an unknown dial mode, a config that is no id, no queue, an unterminated quote, no window end, no call end.
  delivery({
    status: "Error",
    result: "CallFailed",
    dialMode: "Robot",
    config: "not-a-guid",
    codes: '"Unterminated,Callback',
    windowStart: day("04").at("00:00"),
    callStart: day("04").at("01:00"),
  }),
  // 6: a status the service does not document, no result, no config, only empty code entries.
  delivery({
    status: "Paused",
    dialMode: "Copilot",
    queue: queueA,
    codes: ",,",
    windowStart: day("04").at("05:00"),
    windowEnd: day("04").at("06:00"),
  }),
  // 7: an empty status, no dial mode, a window that ends before it starts, a call before the window start.
  delivery({
    status: "",
    result: "Busy",
    config: configA,
    queue: queueA,
    windowStart: day("05").at("10:00"),
    windowEnd: day("05").at("09:00"),
    callStart: day("05").at("09:30"),
    callEnd: day("05").at("09:31"),
  }),
  // 8: pending, call in progress.
  delivery({
    status: "Pending",
    dialMode: "Copilot",
    config: configA,
    queue: queueA,
    windowStart: day("05").at("11:00"),
    windowEnd: day("05").at("15:00"),
    callStart: day("05").at("11:10"),
  }),
  // 9: cancelled, a result with a dotted capital I (no documented value), no window start, a call with no end.
  delivery({
    status: "Cancelled",
    result: "\u0130nvalidAddress",
    dialMode: "Progressive",
    config: configA,
    queue: queueB,
    codes: "=cmd",
    windowEnd: day("06").at("12:00"),
    callStart: day("06").at("10:00"),
  }),
  // 10: complete, no answer, a config with a lone brace, codes repeated and in two cases, called an hour before its window, a call of no length.
  delivery({
    status: "Complete",
    result: "NoAnswer",
    dialMode: "Copilot",
    config: `{${configA} `,
    queue: queueA,
    codes: "A, a ,A",
    windowStart: day("06").at("09:00"),
    windowEnd: day("06").at("10:00"),
    callStart: day("06").at("08:00"),
    callEnd: day("06").at("08:00"),
  }),
  // 11: "COMPLETE", "Unknown" spelled with the Kelvin sign, a blank dial mode, a config between tabs, a queue that is no id, quoted codes with spaces and a trailing comma, a window across midnight.
  delivery({
    status: "COMPLETE",
    result: "Un\u212anown",
    dialMode: "  ",
    config: `\t${configA}\t`,
    queue: "queue 7",
    codes: ' "A" , "B" ,',
    windowStart: day("07").at("23:30"),
    windowEnd: "2026-03-08T01:00:00Z",
    callStart: "2026-03-08T00:15:00Z",
    callEnd: "2026-03-08T00:45:00Z",
  }),
  // 12: "In_Process" with a byte order mark, "co pilot", a backslash inside quotes (parser only), called at the window's start, in progress.
  delivery({
    status: "In_Process\ufeff",
    dialMode: "co pilot",
    config: configB,
    queue: queueA,
    codes: '"a\\b"',
    windowStart: day("07").at("12:00"),
    windowEnd: day("07").at("13:00"),
    callStart: day("07").at("12:00"),
  }),
  // 13: complete and delivered, called at the window's end, a call of no length.
  delivery({
    status: "Complete",
    result: "Delivered",
    dialMode: "Preview",
    config: configB,
    queue: queueB,
    codes: "Callback",
    windowStart: day("07").at("12:00"),
    windowEnd: day("07").at("13:00"),
    callStart: day("07").at("13:00"),
    callEnd: day("07").at("13:00"),
  }),
  // 14: "Paused" between a tab and a space (the same bucket as 6), empty ids and codes, no dates at all.
  delivery({ status: "\tPaused ", config: "", queue: "", codes: "" }),
];

const bucket = (key: string, count: number, text = key, kind = key) => ({ key, kind, text, count });
const unknown = (text: string, count: number) => bucket(`text:${text}`, count, text, "unrecognised");
const group = (
  key: string,
  kind: "id" | "malformed" | "empty",
  text: string,
  total: number,
  processed: number,
  successful: number,
) => ({
  key,
  kind,
  ...(kind === "id" ? { id: key } : {}),
  text,
  total,
  processed,
  successful,
  ...(processed > 0 ? { successRate: successful / processed } : {}),
});
const dayRow = (date: string, total: number, processed: number, successful: number) => ({
  day: `2026-03-${date}`,
  total,
  processed,
  successful,
  ...(processed > 0 ? { successRate: successful / processed } : {}),
});
const hourly = (counts: Record<number, [number, number]>) =>
  Array.from({ length: 24 }, (_, hour) => {
    const [processed, successful] = counts[hour] ?? [0, 0];
    return { hour, processed, successful, ...(processed > 0 ? { successRate: successful / processed } : {}) };
  });
const minutes = (count: number): number => count * 60_000;

const expected: ItemTwoFigures = {
  deliveries: 14,
  processed: 9,
  successful: 3,
  successRate: 3 / 9,
  expiredWithoutCall: 1,
  messageDeliveries: 0,
  withoutWindowStart: 2,
  byStatus: [
    bucket("Complete", 5),
    bucket("Expired", 2),
    unknown("Paused", 2),
    bucket("Cancelled", 1),
    bucket("Error", 1),
    bucket("InProcess", 1),
    bucket("Pending", 1),
    bucket("empty", 1, ""),
  ],
  processedByResult: [
    bucket("Expired", 2),
    bucket("CallEnded", 1),
    bucket("CallFailed", 1),
    bucket("Delivered", 1),
    bucket("LiveAnswer", 1),
    bucket("NoAnswer", 1),
    bucket("Unknown", 1),
    unknown("\u0130nvalidAddress", 1),
  ],
  processedByDialMode: [
    bucket("Copilot", 3),
    bucket("Preview", 2),
    bucket("Progressive", 2),
    bucket("empty", 1, ""),
    unknown("Robot", 1),
  ],
  perConfiguration: [
    group(configA, "id", configA, 6, 4, 2),
    group(configB, "id", configB, 4, 3, 1),
    group("empty", "empty", "", 2, 0, 0),
    group("text:not-a-guid", "malformed", "not-a-guid", 1, 1, 0),
    group(`text:{${configA}`, "malformed", `{${configA}`, 1, 1, 0),
  ],
  perQueue: [
    group(queueA, "id", queueA, 7, 3, 2),
    group(queueB, "id", queueB, 4, 4, 1),
    group("empty", "empty", "", 2, 1, 0),
    group("text:queue 7", "malformed", "queue 7", 1, 1, 0),
  ],
  perDay: [
    dayRow("02", 2, 2, 2),
    dayRow("03", 2, 2, 0),
    dayRow("04", 2, 1, 0),
    dayRow("05", 2, 0, 0),
    dayRow("06", 1, 1, 0),
    dayRow("07", 3, 2, 1),
  ],
  successByHour: hourly({ 0: [1, 0], 1: [1, 0], 8: [2, 0], 9: [1, 1], 10: [1, 0], 13: [2, 2] }),
  // 0, 10, 30, 30, 45, 60, 60 and 180 minutes: median at rank 4, 90th percentile at rank 8.
  waitToCall: {
    count: 8,
    min: 0,
    median: minutes(30),
    p90: minutes(180),
    max: minutes(180),
    missing: 1,
    reversed: 2,
  },
  // 0, 0, 1, 5, 10 and 30 minutes: median at rank 3, 90th percentile at rank 6.
  callDuration: {
    count: 6,
    min: 0,
    median: minutes(1),
    p90: minutes(30),
    max: minutes(30),
    missing: 2,
    reversed: 1,
    inProgress: 2,
  },
  outsideWindow: { checked: 8, beforeWindow: 1, afterWindow: 1, missing: 2, reversed: 1 },
  dispositions: {
    codes: [
      { code: "Callback", deliveries: 3 },
      { code: "A", deliveries: 2 },
      { code: "PromiseToPay", deliveries: 2 },
      { code: "=cmd", deliveries: 1 },
      { code: "B", deliveries: 1 },
      { code: 'Said "later"', deliveries: 1 },
      { code: "SpokeToAgent", deliveries: 1 },
      { code: "Unterminated", deliveries: 1 },
      { code: "a", deliveries: 1 },
      { code: "a\\b", deliveries: 1 },
      { code: "x", deliveries: 1 },
    ],
    withCodes: 9,
    withoutCodes: 5,
    malformed: 1,
    distinctTexts: 11,
  },
};

let database: InsightDatabase;

beforeAll(async () => {
  database = await openInsightDatabase(handRecords);
});

afterAll(() => database.close());

describe("hand-computed figures", () => {
  it("the client-side aggregation gives them", () => {
    expect(clientFigures(handRecords)).toEqual(expected);
  });

  it("the DuckDB views give them", async () => {
    expect(await sqlFigures(database)).toEqual(expected);
  });

  it("SQL's code frequency, completed by the parser on the three texts SQL leaves to it, gives them too", async () => {
    const left = (await database.view("disposition_texts")).filter((row) => row.sql_parsed === 0);
    expect(left.map((row) => row.disposition_text).sort()).toEqual(
      ['"Said ""later""",x', '"Unterminated,Callback', '"a\\b"'].sort(),
    );
    expect(await combinedDispositions(database)).toEqual(expected.dispositions);
  });

  it("SQL alone counts the codes of the texts it reads", async () => {
    const rows = await database.view("disposition_code_frequency");
    expect(Object.fromEntries(rows.map((row) => [row.code, row.deliveries]))).toEqual({
      PromiseToPay: 2,
      SpokeToAgent: 1,
      Callback: 2,
      "=cmd": 1,
      A: 2,
      a: 1,
      B: 1,
    });
  });
});
