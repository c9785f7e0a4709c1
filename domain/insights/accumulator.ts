import { createCountTally } from "./countTally";
import type { CountFigures } from "./countFigures";
import type { InsightRow } from "./row";
import { createTimeTally, type TimeFigures } from "./timeMetrics";

/**
 * The client-side aggregation over paged flat reads: add each page as it arrives, read the
 * updated figures at any time, and no page is read twice. It serves the fallback (counts
 * when the server refuses an aggregate or hits its 50,000-row limit) and, always, the time
 * figures. With `counts: false` (the time read selects only dates, status and result) it
 * keeps no counts, whose breakdown columns that read lacks.
 */
export interface InsightFigures {
  rowsRead: number;
  /** Present unless the accumulator was made with counts: false. */
  counts?: CountFigures;
  time: TimeFigures;
}

export interface InsightAccumulator {
  addPage(rows: readonly InsightRow[]): InsightFigures;
  figures(): InsightFigures;
}

export function createInsightAccumulator(options: { counts?: boolean } = {}): InsightAccumulator {
  const counts = options.counts === false ? undefined : createCountTally();
  const time = createTimeTally();
  let rowsRead = 0;
  const figures = (): InsightFigures => ({
    rowsRead,
    ...(counts ? { counts: counts.figures() } : {}),
    time: time.figures(),
  });
  return {
    addPage(rows) {
      counts?.addRows(rows);
      time.addRows(rows);
      rowsRead += rows.length;
      return figures();
    },
    figures,
  };
}
