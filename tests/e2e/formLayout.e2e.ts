/**
 * The delivery and contact forms as a model-driven form shows them: the packaged form's tabs as
 * a tab list (solution/definitions/forms.ts, their labels in English and German), one tab's
 * sections at a time, the keyboard moving along the tabs, and axe clean on the tab list.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { contactMainForm, deliveryMainForm } from "../../solution/definitions/forms";
import type { FormDefinition } from "../../solution/model";
import { assertHealthy, seriousViolations } from "./checks";
import { session } from "./session";

type Language = 1033 | 1031;

const tabLabels = (form: FormDefinition, language: Language): string[] =>
  form.tabs.map((tab) => tab.label[language] ?? "");

const sectionLabels = (form: FormDefinition, tab: number, language: Language): string[] =>
  form.tabs[tab].sections.map((section) => section.label[language] ?? "");

const tabs = (page: Page) => page.getByRole("tablist").getByRole("tab");

async function tabNames(page: Page): Promise<string[]> {
  return (await tabs(page).allInnerTexts()).map((text) => text.trim());
}

async function selected(page: Page): Promise<string> {
  return (await page.locator('[role="tab"][aria-selected="true"]').innerText()).trim();
}

async function focused(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
}

/** The names of the open panel's sections (a section is a region named by its label). */
async function panelSections(page: Page): Promise<string[]> {
  return page
    .getByRole("tabpanel")
    .locator("section.form-section")
    .evaluateAll((sections) =>
      sections.map((s) => {
        const heading = s.getAttribute("aria-labelledby");
        return (heading ? document.getElementById(heading)?.textContent : s.getAttribute("aria-label"))?.trim() ?? "";
      }),
    );
}

/**
 * The open tab's sections are the definition's, in order. The form script puts the called number
 * into the Routing section's label (Routing_SectionLabel), so that one starts with its label.
 */
function assertSections(shown: string[], defined: string[]): void {
  assert.equal(shown.length, defined.length, `sections ${JSON.stringify(shown)}`);
  shown.forEach((label, index) =>
    assert.ok(label === defined[index] || label.startsWith(`${defined[index]} (`), `${label} is ${defined[index]}`),
  );
}

describe("form layout: the packaged tabs and sections, one tab at a time", () => {
  it("delivery form in English: the tab list, the Summary tab's sections, axe clean", async () => {
    const opened = await session.open({ record: "complete", tab: "" });
    try {
      const { page } = opened;
      await assertHealthy(opened);
      assert.ok(await page.getByRole("tablist").isVisible(), "the tab list is visible");
      assert.deepEqual(await tabNames(page), tabLabels(deliveryMainForm, 1033));
      assert.equal(await selected(page), "Summary");
      assert.ok(await page.getByRole("tabpanel", { name: "Summary" }).isVisible());
      assertSections(await panelSections(page), sectionLabels(deliveryMainForm, 0, 1033));
      // The Summary tab's controls are mounted; the Attributes tab's grid is not, until it opens.
      assert.equal(await page.locator('[data-control="DeliveryTimeline"]').count(), 1);
      assert.equal(await page.locator('[data-control="AttributeGrid"]').count(), 0);
      await page.screenshot({ path: session.screenshotPath("form-layout-delivery-tabs-en"), fullPage: true });
      assert.deepEqual(await seriousViolations(page), []);
    } finally {
      await opened.close();
    }
  });

  it("switches tabs by keyboard: arrows, wrapping, Home and End; Tab goes on into the panel", async () => {
    const opened = await session.open({ record: "complete", tab: "" });
    try {
      const { page } = opened;
      await tabs(page).first().focus();
      await page.keyboard.press("ArrowRight");
      assert.equal(await selected(page), "Attributes");
      assert.equal(await focused(page), "Attributes");
      await page.locator('[data-control="AttributeGrid"][data-status="mounted"]').waitFor();
      assert.deepEqual(await panelSections(page), sectionLabels(deliveryMainForm, 1, 1033));
      await page.keyboard.press("End");
      assert.equal(await selected(page), "Identifiers");
      assert.deepEqual(await panelSections(page), sectionLabels(deliveryMainForm, 2, 1033));
      assert.ok(await page.getByLabel("Batch Id").isVisible(), "the identifiers' fields show");
      await page.keyboard.press("ArrowRight");
      assert.equal(await selected(page), "Summary", "ArrowRight wraps to the first tab");
      await page.keyboard.press("ArrowLeft");
      assert.equal(await selected(page), "Identifiers", "ArrowLeft wraps to the last tab");
      await page.keyboard.press("Home");
      assert.equal(await selected(page), "Summary");
      assert.equal(await focused(page), "Summary");
      // One tab stop: Tab leaves the tab list for the open panel.
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("role")), "tabpanel");
      assert.deepEqual(opened.consoleErrors, []);
    } finally {
      await opened.close();
    }
  });

  it("delivery form in German, right to left: German tab and section names, arrows follow the direction, axe clean", async () => {
    const opened = await session.open({ record: "complete", tab: "", lang: "1031", rtl: "1" });
    try {
      const { page } = opened;
      await assertHealthy(opened);
      assert.deepEqual(await tabNames(page), tabLabels(deliveryMainForm, 1031));
      assert.deepEqual(await tabNames(page), ["Zusammenfassung", "Attribute", "Kennungen"]);
      assertSections(await panelSections(page), sectionLabels(deliveryMainForm, 0, 1031));
      assert.match((await panelSections(page))[3], /^Weiterleitung \(Zielnummer: /);
      assert.ok(await page.getByLabel("Zustellungs-ID").isVisible(), "fields are labelled in German");
      await page.screenshot({ path: session.screenshotPath("form-layout-delivery-tabs-de-rtl"), fullPage: true });
      assert.deepEqual(await seriousViolations(page), []);
      await tabs(page).first().focus();
      await page.keyboard.press("ArrowLeft");
      assert.equal(await selected(page), "Attribute", "right to left, ArrowLeft goes to the next tab");
      await page.locator('[data-control="AttributeGrid"][data-status="mounted"]').waitFor();
      assert.deepEqual(await panelSections(page), ["Eingabe- und Ergebnisattribute"]);
    } finally {
      await opened.close();
    }
  });

  it("contact form in German: its tabs, the deliveries tab from the address, its section named though unlabelled", async () => {
    const opened = await session.open({
      page: "contact",
      record: "contact:one-delivery",
      tab: "tab_proactive_deliveries",
      lang: "1031",
    });
    try {
      const { page } = opened;
      await assertHealthy(opened);
      assert.deepEqual(await tabNames(page), tabLabels(contactMainForm, 1031));
      assert.equal(await selected(page), "Proaktive Zustellungen");
      assert.deepEqual(await panelSections(page), sectionLabels(contactMainForm, 1, 1031));
      assert.equal(
        await page.getByRole("tabpanel").locator(".form-section-label").count(),
        0,
        "the section hides its label",
      );
      assert.equal(await page.locator('[data-control="ContactDeliveries"]').count(), 1);
      assert.deepEqual(await seriousViolations(page), []);
    } finally {
      await opened.close();
    }
  });
});
