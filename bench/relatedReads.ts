/**
 * RelatedRecords' reads on the preview's delivery form, in headless Chromium: how many Web API
 * calls a delivery with all four ids set costs, and whether they were all in flight at once
 * (the last one started before the first one was answered).
 */
import type { Browser } from "playwright-core";
import { relatedKinds, relatedTables } from "../domain/related/relatedTables";

interface Request {
  operation: string;
  entityType: string;
  startedAt?: number;
  answeredAt?: number;
}

export interface RelatedReads {
  reads: number;
  tables: string[];
  allInFlightAtOnce: boolean;
  /** From the first call to the last answer. */
  spanMs: number;
}

const relatedTableNames = new Set(relatedKinds.map((kind) => relatedTables[kind].logicalName));

export async function measureRelatedReads(browser: Browser, deliveryUrl: string): Promise<RelatedReads> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(deliveryUrl);
    const readsOf = async (): Promise<Request[]> =>
      ((await page.evaluate("window.__pdxPreview.requests()")) as Request[]).filter(
        (r) => r.operation === "retrieveRecord" && relatedTableNames.has(r.entityType),
      );
    // Wait for the four answers, then a little longer: a fifth read would be a defect to count.
    const deadline = Date.now() + 15_000;
    while ((await readsOf()).length < relatedKinds.length && Date.now() < deadline) await page.waitForTimeout(50);
    await page.waitForTimeout(500);
    const reads = await readsOf();
    const starts = reads.map((r) => r.startedAt ?? NaN);
    const answers = reads.map((r) => r.answeredAt ?? NaN);
    return {
      reads: reads.length,
      tables: reads.map((r) => r.entityType).sort(),
      allInFlightAtOnce: reads.length > 0 && Math.max(...starts) < Math.min(...answers),
      spanMs: Math.max(...answers) - Math.min(...starts),
    };
  } finally {
    await page.close();
  }
}
