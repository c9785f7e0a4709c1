/**
 * axe-core (from node_modules, injected into the page) on the form in every theme, and the
 * screenshots CI keeps (test-results/screenshots/).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertHealthy, seriousViolations } from "./checks";
import { session } from "./session";

const looks = [
  { theme: "light", name: "light" },
  { theme: "dark", name: "dark" },
  { theme: "highContrast", name: "high-contrast", forcedColors: true },
] as const;

describe("accessibility and screenshots", () => {
  for (const look of looks) {
    for (const record of ["complete", "broken:html-injection", "broken:attribute-mess"]) {
      it(`delivery form, ${record}, ${look.name}: no serious or critical axe violations`, async () => {
        const opened = await session.open({ record, theme: look.theme }, { forcedColors: "forcedColors" in look });
        try {
          await assertHealthy(opened);
          if (record === "complete" || look.name !== "high-contrast") {
            await opened.page.screenshot({
              path: session.screenshotPath(`delivery-form-${record.replace(":", "-")}-${look.name}`),
              fullPage: true,
            });
          }
          assert.deepEqual(await seriousViolations(opened.page), []);
        } finally {
          await opened.close();
        }
      });
    }
  }

  it("delivery form in German, right to left: no serious or critical axe violations", async () => {
    const opened = await session.open({ record: "complete", lang: "1031", rtl: "1" });
    try {
      await assertHealthy(opened);
      await opened.page.screenshot({
        path: session.screenshotPath("delivery-form-complete-de-rtl-light"),
        fullPage: true,
      });
      assert.deepEqual(await seriousViolations(opened.page), []);
    } finally {
      await opened.close();
    }
  });
});
