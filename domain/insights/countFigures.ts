import { classifyDialMode } from "../delivery/dialMode";
import { parseDispositionCodes } from "../delivery/dispositionParse";
import { createClassifier } from "../delivery/valueClass";
import { classifyResult } from "../delivery/result";
import { classifyStatus } from "../delivery/status";
import { bucketsOf, sumOf, type CountBucket } from "./buckets";
import type { CountSpecId, RawCounts } from "./countSpecs";
import { dispositionFiguresOf, type DispositionFigures, type DispositionReader } from "./dispositionFrequency";
import { groupIdentity, groupRowsOf, type GroupIdentityReader, type GroupRow } from "./groups";
import { isExpiredStatus, successRate } from "./rules";

/**
 * The count figures of the dashboard, worked out from raw counts (countSpecs.ts) whichever
 * path filled them. Microsoft's Proactive Outbound dashboard shows deliveries by status,
 * processed deliveries by result and by dial mode, and per configuration and per queue
 * total and processed; the rest goes beyond it.
 */
export interface CountFigures {
  /** Every delivery of the period and filters: the sum of byStatus. */
  deliveries: number;
  byStatus: CountBucket[];
  byResult: CountBucket[];
  byDialMode: CountBucket[];
  byChannel: CountBucket[];
  /** The sum of processedByResult (every processed delivery has one result bucket, empty included). */
  processed: number;
  /** The sum of perConfiguration's successful. */
  successful: number;
  successRate?: number;
  processedByResult: CountBucket[];
  processedByDialMode: CountBucket[];
  perConfiguration: GroupRow[];
  perQueue: GroupRow[];
  dispositions: DispositionFigures;
  /** Expired with neither a call start nor a sent date: no call attempt, no message sent. */
  expiredWithoutCall: number;
  /**
   * Deliveries sent as a message with no call (a sent date, no call start): the call timing
   * (wait to call, duration, outside the window) does not count them, and says so.
   */
  messageDeliveries: number;
}

const statusText = (raw: string) => classifyStatus(raw);
const resultText = (raw: string) => classifyResult(raw);
const dialModeText = (raw: string) => classifyDialMode(raw);
/**
 * msdyn_channel has no documented value set: the reporting page says voice, the API pages
 * add SMS. Those two are one bucket in any spelling; any other text is its own bucket.
 */
const classifyChannel = /*#__PURE__*/ createClassifier({ Voice: "neutral", SMS: "neutral" });

/**
 * How the figures read stored texts. A tally that works its figures out after every page
 * passes memos of the two (memo.ts), so each distinct disposition text is parsed and each id
 * read once per read rather than once per page.
 */
export interface FigureReaders {
  parseDispositions: DispositionReader;
  groupIdentity: GroupIdentityReader;
}

const plainReaders: FigureReaders = { parseDispositions: parseDispositionCodes, groupIdentity };

export function countFiguresOf(raw: RawCounts, readers: FigureReaders = plainReaders): CountFigures {
  const counts = (id: CountSpecId): ReadonlyMap<string, number> => raw.get(id) ?? new Map<string, number>();
  const processedByResult = bucketsOf(counts("processed/result"), resultText);
  const perConfiguration = groupRowsOf(
    {
      total: counts("all/configuration"),
      processed: counts("processed/configuration"),
      successful: counts("successful/configuration"),
    },
    readers.groupIdentity,
  );
  const processed = processedByResult.reduce((sum, bucket) => sum + bucket.count, 0);
  const successful = sumOf(counts("successful/configuration"));
  let expiredWithoutCall = 0;
  for (const [status, count] of counts("unattempted/status")) {
    if (count > 0 && isExpiredStatus(status)) expiredWithoutCall += count;
  }
  const rate = successRate(successful, processed);
  return {
    deliveries: sumOf(counts("all/status")),
    byStatus: bucketsOf(counts("all/status"), statusText),
    byResult: bucketsOf(counts("all/result"), resultText),
    byDialMode: bucketsOf(counts("all/dialMode"), dialModeText),
    byChannel: bucketsOf(counts("all/channel"), classifyChannel),
    processed,
    successful,
    ...(rate === undefined ? {} : { successRate: rate }),
    processedByResult,
    processedByDialMode: bucketsOf(counts("processed/dialMode"), dialModeText),
    perConfiguration,
    perQueue: groupRowsOf(
      {
        total: counts("all/queue"),
        processed: counts("processed/queue"),
        successful: counts("successful/queue"),
      },
      readers.groupIdentity,
    ),
    dispositions: dispositionFiguresOf(counts("all/disposition"), readers.parseDispositions),
    expiredWithoutCall,
    messageDeliveries: sumOf(counts("withoutCallStart/status")) - sumOf(counts("unattempted/status")),
  };
}
