/** ContactDeliveries on the preview's contact form: content over the sample data, paging, keyboard, axe. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { assertHealthy, lookFileName, pageLooks, controlText, injectedMarkup, seriousViolations } from "./checks";
import { format } from "./expected";
import { waitForIdle } from "./harness";
import { expected, session } from "./session";

const t = (key: string, languageId = 1033): string => expected.text("ContactDeliveries", key, languageId);
const slot = '[data-control="ContactDeliveries"]';

function cardCount(page: Page): Promise<number> {
  return page.locator(`${slot} li.pdx-cd-item`).count();
}

type PreviewRequest = { operation: string; entityType: string };
function requests(page: Page): Promise<PreviewRequest[]> {
  return page.evaluate(() =>
    (window as unknown as { __pdxPreview: { requests(): PreviewRequest[] } }).__pdxPreview.requests(),
  );
}

async function focusFirstCard(page: Page): Promise<void> {
  await page.locator("#contact-switcher").focus();
  for (let guard = 0; guard < 40; guard += 1) {
    await page.keyboard.press("Tab");
    const onCard = await page.evaluate(() => document.activeElement?.classList.contains("pdx-cd-choose") === true);
    if (onCard) return;
  }
  assert.fail("the delivery list is reachable with Tab");
}

describe("contact form: the contact's proactive deliveries", () => {
  it("shows 200 deliveries a page at a time, newest first, with the newest one's attributes, in two requests", async () => {
    const opened = await session.open({ page: "contact", record: "contact:200-deliveries" });
    const { page } = opened;
    try {
      await assertHealthy(opened);
      const reads = (await requests(page)).filter((request) => request.entityType.startsWith("msdyn_proactive"));
      assert.deepEqual(
        reads.map((request) => request.entityType),
        ["msdyn_proactive_delivery", "msdyn_proactive_delivery_attribute"],
      );
      assert.equal(await cardCount(page), 50);
      const text = await controlText(page, "ContactDeliveries");
      assert.ok(text.includes(format(t("Summary_Count_Partial"), 50)), text.slice(0, 300));
      assert.equal(await page.locator(`${slot} .pdx-cd-attributes .pdx-ag-grid`).count(), 1, "attributes shown");
      assert.deepEqual(await injectedMarkup(page), []);

      await page.locator(`${slot} .pdx-cd-scroll`).evaluate((element) => {
        element.scrollTop = element.scrollHeight;
      });
      await page.waitForFunction(
        (selector) => document.querySelectorAll(`${selector} li.pdx-cd-item`).length === 100,
        slot,
      );
      await waitForIdle(page);
      const deliveryReads = (await requests(page)).filter(
        (request) => request.entityType === "msdyn_proactive_delivery",
      );
      assert.equal(deliveryReads.length, 2, "scrolling asked for one more page");
    } finally {
      await opened.close();
    }
  });

  it("says so for a contact with no deliveries, and shows the one delivery of another", async () => {
    const none = await session.open({ page: "contact", record: "contact:no-deliveries" });
    try {
      await assertHealthy(none);
      assert.ok((await controlText(none.page, "ContactDeliveries")).includes(t("Empty")));
    } finally {
      await none.close();
    }
    const one = await session.open({ page: "contact", record: "contact:one-delivery" });
    try {
      await assertHealthy(one);
      assert.equal(await cardCount(one.page), 1);
      assert.ok((await controlText(one.page, "ContactDeliveries")).includes(t("Summary_Count_One")));
    } finally {
      await one.close();
    }
  });

  it("is operable with Tab, arrows and Enter: choose a delivery, then open it", async () => {
    const opened = await session.open({ page: "contact", record: "contact:40-deliveries" });
    const { page } = opened;
    try {
      await assertHealthy(opened);
      await focusFirstCard(page);
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      const third = page.locator(`${slot} li.pdx-cd-item`).nth(2);
      assert.equal(
        await third.locator(".pdx-cd-choose").evaluate((element) => element === document.activeElement),
        true,
      );
      await page.keyboard.press("Enter");
      await waitForIdle(page);
      assert.equal(await third.locator(".pdx-cd-choose").getAttribute("aria-current"), "true");
      const id = await third.getAttribute("data-delivery-id");
      await page.keyboard.press("Tab");
      assert.equal(await third.locator(".pdx-cd-open").evaluate((element) => element === document.activeElement), true);
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => new URLSearchParams(location.search).get("page") === "delivery");
      assert.equal(new URL(page.url()).searchParams.get("record"), id, "the chosen delivery's form opened");
    } finally {
      await opened.close();
    }
  });

  for (const look of pageLooks) {
    it(`has no serious or critical axe violations: ${look.name}`, async () => {
      const opened = await session.open(
        { page: "contact", record: "contact:40-deliveries", ...look.query },
        { forcedColors: look.forcedColors === true },
      );
      try {
        await assertHealthy(opened);
        await opened.page.screenshot({
          path: session.screenshotPath(`contact-form-40-deliveries-${lookFileName(look.name)}`),
          fullPage: true,
        });
        assert.deepEqual(await seriousViolations(opened.page), []);
      } finally {
        await opened.close();
      }
    });
  }
});
