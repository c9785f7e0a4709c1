import { DeliveryNames as D } from "../tables/names";

/**
 * The counts behind every count figure, each a number of deliveries grouped by ONE column
 * within a subset of the period's deliveries. This list is what both data paths fill: a
 * FetchXML aggregate per entry (count grouped by the column, the subset as a condition), or
 * the rows of flat reads tallied per entry. Figures are then worked out from these raw
 * counts by the same functions, so the two paths cannot disagree.
 *
 * Subsets (the rules are in rules.ts):
 * - all: every delivery of the period and filters;
 * - processed: final documented status;
 * - successful: processed with a successful result;
 * - withoutCallStart: no msdyn_start_date;
 * - unattempted: no msdyn_start_date and no msdyn_channel_sent_date: neither called nor sent
 *   (grouped by status it gives "expired without an attempt"; withoutCallStart less this is
 *   the message deliveries, sent with no call, which the call timing cannot count).
 */
export type CountSubset = "all" | "processed" | "successful" | "withoutCallStart" | "unattempted";

export type CountBreakdown = "status" | "result" | "dialMode" | "channel" | "configuration" | "queue" | "disposition";

export const breakdownColumns: Readonly<Record<CountBreakdown, string>> = {
  status: D.status,
  result: D.result,
  dialMode: D.dialModeType,
  channel: D.channel,
  configuration: D.configId,
  queue: D.queueId,
  disposition: D.dispositionCodes,
};

export interface CountSpec {
  /** "<subset>/<breakdown>": the key of its counts. */
  id: CountSpecId;
  subset: CountSubset;
  breakdown: CountBreakdown;
}

export type CountSpecId = `${CountSubset}/${CountBreakdown}`;

const spec = (subset: CountSubset, breakdown: CountBreakdown): CountSpec => ({
  id: `${subset}/${breakdown}`,
  subset,
  breakdown,
});

/**
 * all/result is needed beyond its figure: it lists the result texts the period holds, which
 * the successful subset's condition is built from (see aggregateQueries.ts).
 */
export const countSpecs: readonly CountSpec[] = [
  spec("all", "status"),
  spec("all", "result"),
  spec("all", "dialMode"),
  spec("all", "channel"),
  spec("all", "configuration"),
  spec("all", "queue"),
  spec("all", "disposition"),
  spec("withoutCallStart", "status"),
  spec("unattempted", "status"),
  spec("processed", "result"),
  spec("processed", "dialMode"),
  spec("processed", "configuration"),
  spec("processed", "queue"),
  spec("successful", "configuration"),
  spec("successful", "queue"),
];

export function countSpecOf(id: CountSpecId): CountSpec {
  const found = countSpecs.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No count spec ${id}`);
  return found;
}

/** Stored text (null and missing as "") to number of deliveries, per spec. */
export type RawCounts = Map<CountSpecId, Map<string, number>>;

export function emptyRawCounts(): RawCounts {
  return new Map(countSpecs.map((entry) => [entry.id, new Map<string, number>()]));
}
