/** The delivery form's scripts in the preview: notifications, read-only fields, section labels, save checks. */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { DeliveryNames as D } from "../../domain/tables";
import { parseResx } from "../../pcf-host/resx";
import { assertHealthy, seriousViolations } from "./checks";
import { format } from "./expected";
import { waitForIdle } from "./harness";
import { expected, session } from "./session";

const scriptStringsOf = (languageId: number): Map<string, string> =>
  parseResx(
    fs.readFileSync(
      path.join(session.root, "webresources", "deliveryForm", "strings", `deliveryForm.${languageId}.resx`),
      "utf8",
    ),
  );
const scriptStrings = scriptStringsOf(1033);

function scriptText(key: string, strings = scriptStrings): string {
  const text = strings.get(key);
  assert.ok(text !== undefined, `resx has ${key}`);
  return text;
}

/** The fixed text before a message's first placeholder: enough to recognise it. */
const prefixOf = (key: string): string => scriptText(key).split("{")[0].trim();

async function openWithScripts(record: string, query: Record<string, string> = {}) {
  const opened = await session.open({ record, ...query });
  await opened.page.waitForSelector('[data-form-scripts="ready"]');
  await waitForIdle(opened.page);
  return opened;
}

const notifications = (page: Page) => page.locator(".form-notification").allInnerTexts();

describe("delivery form scripts", () => {
  it("a failed delivery (Error, CallFailed) shows why, as an error notification; axe clean", async () => {
    const opened = await openWithScripts("error");
    const { page } = opened;
    try {
      const alert = page.locator('.form-notification[role="alert"][data-level="ERROR"]');
      assert.equal(await alert.count(), 1, "one error notification");
      const message = await alert.innerText();
      assert.ok(message.includes(scriptText("Outcome_statusError")), `says the status failed: ${message}`);
      assert.ok(message.includes(scriptText("Outcome_resultCallFailed")), `says the call failed: ${message}`);
      assert.deepEqual(await seriousViolations(page), []);
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  });

  it("a successful delivery shows no notification", async () => {
    const opened = await openWithScripts("complete");
    try {
      assert.deepEqual(await notifications(opened.page), []);
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  });

  it("service-written fields are read-only, the Routing label shows the called number", async () => {
    const opened = await openWithScripts("complete");
    const { page } = opened;
    try {
      for (const column of [D.deliveryId, D.result, D.fromAddress]) {
        assert.equal(await page.locator(`#field-${column}`).getAttribute("readonly"), "", `${column} is read-only`);
      }
      const toAddress = String(expected.delivery("complete")[D.toAddress]);
      assert.equal(
        await page.locator("#section-section_routing").innerText(),
        format(scriptText("Routing_SectionLabel"), toAddress),
      );
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  });

  it("Arabic: the notification and the Routing label come from the 1025 resx, the number isolated; axe clean", async () => {
    const arabic = scriptStringsOf(1025);
    const opened = await openWithScripts("error", { lang: "1025" });
    const { page } = opened;
    try {
      assert.equal(await page.getAttribute("html", "dir"), "rtl");
      const message = await page.locator('.form-notification[role="alert"][data-level="ERROR"]').innerText();
      assert.ok(message.includes(scriptText("Outcome_statusError", arabic)), `says the status failed: ${message}`);
      assert.ok(message.includes(scriptText("Outcome_resultCallFailed", arabic)), `says the call failed: ${message}`);
      const toAddress = String(expected.delivery("error")[D.toAddress]);
      const label = await page.locator("#section-section_routing").innerText();
      assert.equal(label, format(scriptText("Routing_SectionLabel", arabic), toAddress));
      assert.ok(label.includes(`\u2068${toAddress}\u2069`), "the number keeps its own direction");
      assert.deepEqual(await seriousViolations(page), []);
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  });

  it("non-canonical disposition text shows the field message and blocks Save; axe clean", async () => {
    const opened = await openWithScripts("complete");
    const { page } = opened;
    try {
      const cell = page.locator(`.form-component-cell[data-column="${D.dispositionCodes}"]`);
      await cell.locator(".column-text summary").click();
      const field = page.locator(`#field-${D.dispositionCodes}`);
      assert.equal(await field.getAttribute("readonly"), null, "the disposition codes stay editable");
      await field.fill("PromiseToPay,  SpokeToAgent");
      const message = cell.locator(".field-notification");
      await message.waitFor();
      assert.ok(
        (await message.innerText()).startsWith(prefixOf("Disposition_notCanonical")),
        await message.innerText(),
      );
      await page.getByRole("button", { name: "Save" }).click();
      await waitForIdle(page);
      const writes = await page.evaluate(() =>
        (window as unknown as { __pdxPreview: { requests(): { operation: string }[] } }).__pdxPreview
          .requests()
          .filter((request) => request.operation === "updateRecord"),
      );
      assert.deepEqual(writes, [], "a prevented save writes nothing");
      assert.match(await page.locator(".form-state").innerText(), new RegExp(D.dispositionCodes));
      assert.deepEqual(await seriousViolations(page), []);
    } finally {
      await opened.close();
    }
  });
});
