import { DeliveryNames as D } from "../../../../domain/tables";
import { openInsightDatabase, type DeliveryRecord, type InsightDatabase } from "./database";
import { clientFigures, sqlFigures } from "./figures";

/**
 * SMS deliveries in both aggregations: a message sent with no call is a message delivery (not
 * in the call timing) and, sent, was attempted, so it is never "expired without a call
 * attempt"; one never sent that expired is. The SQL views and the client must agree.
 */
jest.setTimeout(30_000);

const record = (index: number, fields: Partial<Record<string, string | null>>): DeliveryRecord => ({
  [D.id]: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
  [D.status]: "Complete",
  [D.result]: null,
  [D.dialModeType]: null,
  [D.channel]: "SMS",
  [D.configId]: null,
  [D.queueId]: null,
  [D.dispositionCodes]: null,
  [D.windowStartDate]: "2026-03-10T09:00:00Z",
  [D.windowEndDate]: "2026-03-10T17:00:00Z",
  [D.startDate]: null,
  [D.endDate]: null,
  [D.channelSentDate]: null,
  ...fields,
});

const records: readonly DeliveryRecord[] = [
  record(1, { [D.result]: "Delivered", [D.channelSentDate]: "2026-03-10T09:04:00Z" }),
  record(2, { [D.result]: "Not delivered", [D.channelSentDate]: "2026-03-10T09:05:00Z" }),
  // Sent, then Expired before a delivery report: attempted.
  record(3, { [D.status]: "Expired", [D.channelSentDate]: "2026-03-10T09:06:00Z" }),
  // Never sent, Expired: not attempted.
  record(4, { [D.status]: "Expired" }),
  // A voice call that expired uncalled, and one that was called (its sent date before the call).
  record(5, { [D.status]: "Expired", [D.channel]: "Voice" }),
  record(6, {
    [D.channel]: "Voice",
    [D.result]: "CallEnded",
    [D.channelSentDate]: "2026-03-10T09:59:00Z",
    [D.startDate]: "2026-03-10T10:00:00Z",
    [D.endDate]: "2026-03-10T10:01:00Z",
  }),
];

let database: InsightDatabase;
beforeAll(async () => {
  database = await openInsightDatabase(records);
});
afterAll(() => database.close());

describe("message deliveries in the insight figures", () => {
  it("the client counts three messages apart from the call timing and two deliveries expired unattempted", () => {
    const figures = clientFigures(records);
    expect(figures.messageDeliveries).toBe(3);
    expect(figures.expiredWithoutCall).toBe(2);
    expect(figures.waitToCall.count).toBe(1);
    expect(figures.waitToCall.missing).toBe(0);
    expect(figures.callDuration.missing).toBe(0);
    expect(figures.successful).toBe(2);
  });

  it("the DuckDB views give every figure the client gives", async () => {
    expect(await sqlFigures(database)).toEqual(clientFigures(records));
  });
});
