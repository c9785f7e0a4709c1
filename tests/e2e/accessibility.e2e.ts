/**
 * axe-core (from node_modules, injected into the page) on every preview page (tests/e2e/pages.ts)
 * in every look (pageLooks: light, dark, high contrast, Arabic; German right to left on one page
 * of each kind), each pair its own
 * test so a failure names both, with the WCAG 2.0, 2.1 and 2.2 A and AA rules and axe's best
 * practices; no serious or critical finding passes. No rule is excluded. The screenshots CI
 * keeps (test-results/screenshots/) of the delivery form's records the earlier run kept.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertHealthy, lookFileName, pageLooks, seriousViolations } from "./checks";
import { previewPages } from "./pages";
import { session } from "./session";

/** The rule sets every page is checked against (axe's tags). */
export const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] as const;

/** The pages whose full-page screenshots CI keeps, in every look. */
const screenshotted = new Set(
  ["complete", "broken:html-injection", "broken:attribute-mess"].map((key) => `delivery form, ${key}`),
);

// Four pages at a time: most of a check is waiting (loading, the Web API's latency, the DOM
// settling), which the other pages' checks fill; each check has a page of its own.
describe("accessibility: axe on every page in every look", { concurrency: 4 }, () => {
  // Right to left is checked on every page in Arabic; German right to left, which repeats it in
  // a left-to-right language's strings, on the first page of each kind (delivery form, contact
  // form, app, dashboard), to keep the run short.
  const kindsSeen = new Set<string>();
  for (const preview of previewPages) {
    const kind = preview.name.split(",")[0];
    const firstOfKind = !kindsSeen.has(kind);
    kindsSeen.add(kind);
    const looks = pageLooks.filter((look) => look.name !== "German, right to left" || firstOfKind);
    for (const look of looks) {
      it(`${preview.name}, ${look.name}: no serious or critical axe violations`, async () => {
        const opened = await session.open(
          { ...preview.query, ...look.query },
          { ...preview.options, forcedColors: look.forcedColors === true },
        );
        try {
          await preview.settle?.(opened.page);
          await assertHealthy(opened);
          if (screenshotted.has(preview.name))
            await opened.page.screenshot({
              path: session.screenshotPath(`${preview.file}-${lookFileName(look.name)}`),
              fullPage: true,
            });
          assert.deepEqual(await seriousViolations(opened.page, axeTags), [], `${preview.name}, ${look.name}`);
        } finally {
          await opened.close();
        }
      });
    }
  }
});
