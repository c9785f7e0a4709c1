/**
 * The Proactive Engagement app in the preview (?page=app): the site map as navigation, each
 * subarea's list with the rows the solution's evaluator returns for the chosen view on the same
 * sample data (worked out here in Node), paging, a row's form opened in the shell, the keyboard,
 * and axe in light, dark, high contrast and German right to left.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { AttributeNames as A, ContactNames as C, DeliveryNames as D, describedTable } from "../../domain/tables";
import { rowsOfView } from "../../solution/definitions/viewQuery";
import type { ViewDefinition } from "../../solution/model";
import { contactsStandInView, selectionOf } from "../../preview/app/appShell/model";
import { listPageOf, rowCountLine } from "../../preview/app/appShell/paging";
import { normalizeId, type Row } from "../../preview/data";
import { appShell } from "../../preview/server/appShell";
import { assertHealthy, lookFileName, pageLooks, seriousViolations } from "./checks";
import { waitForIdle } from "./harness";
import { expected, session } from "./session";

const shell = appShell();
const subareas = shell.areas.flatMap((area) => area.groups.flatMap((group) => group.subareas));
const siteMap = 'nav[aria-label="Site map"]';
const grid = '[data-testid="view-grid"]';

const keys: Readonly<Record<string, string>> = { [D.table]: D.id, [A.table]: A.id, [C.table]: C.id };
const displayCollectionNames: Readonly<Record<string, string>> = {
  [D.table]: "Proactive Deliveries",
  [A.table]: "Proactive Delivery Attributes",
  [C.table]: "Contacts",
};

function sampleRows(table: string): readonly Row[] {
  if (table === D.table) return expected.data.deliveries;
  if (table === A.table) return expected.data.attributes;
  if (table === C.table) return expected.data.related[C.table];
  throw new Error(`no sample rows for ${table}`);
}

/** What the list should show for a view: the evaluator's rows on the sample data, 50 a page. */
function expectedList(view: ViewDefinition, page = 1): { ids: string[]; count: string } {
  // Contact is a standard table: Dataverse compares its text ignoring case. The delivery tables are elastic.
  const options = view.table === C.table ? { textComparison: "ignoreCase" as const } : {};
  const rows = rowsOfView(view, sampleRows(view.table), options);
  const shown = listPageOf(rows, page);
  return { ids: shown.rows.map((row) => normalizeId(String(row[keys[view.table]]))), count: rowCountLine(shown) };
}

async function shownList(page: Page): Promise<{ ids: string[]; count: string; viewId: string | null }> {
  return {
    ids: await page
      .locator(`${grid} tbody tr`)
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-record-id") ?? "")),
    count: await page.getByTestId("row-count").innerText(),
    viewId: await page.locator(grid).getAttribute("data-view-id"),
  };
}

const param = (page: Page, name: string): string | null => new URL(page.url()).searchParams.get(name);

async function assertList(page: Page, view: ViewDefinition, listPage = 1): Promise<void> {
  const want = expectedList(view, listPage);
  const shown = await shownList(page);
  assert.equal(shown.viewId, view.id, `the list shows ${view.name}`);
  assert.equal(shown.count, want.count, `${view.name}: the count line`);
  assert.deepEqual(shown.ids, want.ids, `${view.name}: the evaluator's rows, page ${listPage}`);
}

describe("app shell: the Proactive Engagement app", () => {
  it("opens on Deliveries with the Active view; each subarea of the site map opens its list", async () => {
    const opened = await session.open({ page: "app" });
    const { page } = opened;
    try {
      await assertHealthy(opened);
      const start = selectionOf(shell, {});
      assert.ok(start?.view, "the app opens on a view");
      await assertList(page, start.view);
      assert.equal(await page.locator(`${siteMap} a[aria-current="page"]`).innerText(), start.subarea.title);
      assert.ok((await page.getByTestId("emulation-note").innerText()).includes("emulation of a model-driven grid"));

      const links = await page
        .locator(`${siteMap} a[data-subarea]`)
        .evaluateAll((elements) => elements.map((element) => element.textContent ?? ""));
      assert.deepEqual(
        links,
        subareas.map((subarea) => subarea.title),
        "the navigation lists the site map's subareas in order",
      );

      for (const subarea of subareas) {
        await page.locator(`${siteMap} a[data-subarea="${subarea.id}"]`).click();
        await waitForIdle(page);
        assert.equal(param(page, "subarea"), subarea.id);
        assert.equal(
          await page.locator(`${siteMap} a[aria-current="page"]`).getAttribute("data-subarea"),
          subarea.id,
          "the current subarea is marked",
        );
        if (subarea.dashboardId) {
          // A dashboard entry opens the dashboard inside the shell: its code component, not a list.
          await page.waitForSelector('.pdx-insights[data-state="complete"]');
          assert.equal(await page.locator(grid).count(), 0, `${subarea.title} shows no list`);
          continue;
        }
        const selection = selectionOf(shell, { subarea: subarea.id });
        assert.ok(selection?.view && subarea.table, `${subarea.title} lists a table`);
        assert.equal(await page.locator("#app-list-title").innerText(), displayCollectionNames[subarea.table]);
        const headers = await page
          .locator(`${grid} thead th`)
          .evaluateAll((cells) => cells.map((cell) => cell.textContent));
        const described = describedTable(subarea.table);
        assert.deepEqual(
          headers,
          selection.view.columns.map(
            (column) => described?.columns.find((candidate) => candidate.logicalName === column.name)?.displayName,
          ),
          `${subarea.title}: the view's columns by the table description's display names`,
        );
        await assertList(page, selection.view);
        if (subarea.table === C.table) {
          assert.equal(selection.view, contactsStandInView);
          assert.ok((await page.getByTestId("emulation-note").innerText()).includes("platform's own contact views"));
        }
      }
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  });

  it("the view switcher lists the table's views and shows the evaluator's rows for each", async () => {
    const opened = await session.open({ page: "app" });
    const { page } = opened;
    try {
      for (const subarea of subareas.filter((candidate) => candidate.viewIds.length > 0)) {
        await page.locator(`${siteMap} a[data-subarea="${subarea.id}"]`).click();
        await waitForIdle(page);
        const selection = selectionOf(shell, { subarea: subarea.id });
        assert.ok(selection);
        const options = await page
          .locator("#view-switcher option")
          .evaluateAll((elements) =>
            elements.map((element) => [(element as HTMLOptionElement).value, element.textContent]),
          );
        assert.deepEqual(
          options,
          selection.views.map((view) => [view.id, view.name]),
        );
        for (const view of selection.views) {
          await page.locator("#view-switcher").selectOption(view.id);
          await waitForIdle(page);
          assert.equal(param(page, "view"), view.id);
          await assertList(page, view);
        }
      }
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  });

  it("pages 50 rows at a time with next and previous, keeping the page in the address", async () => {
    const opened = await session.open({ page: "app" });
    const { page } = opened;
    try {
      const view = selectionOf(shell, {})?.view;
      assert.ok(view);
      await page.getByRole("button", { name: "Next page" }).click();
      await waitForIdle(page);
      assert.equal(param(page, "list"), "2");
      await assertList(page, view, 2);
      await page.getByRole("button", { name: "Previous page" }).click();
      await waitForIdle(page);
      assert.equal(param(page, "list"), null);
      await assertList(page, view, 1);
      assert.equal(await page.getByRole("button", { name: "Previous page" }).isDisabled(), true);
    } finally {
      await opened.close();
    }
  });

  it("opens a delivery's form in the shell, and Back returns to the same view", async () => {
    const opened = await session.open({ page: "app", subarea: "subarea_deliveries" });
    const { page } = opened;
    try {
      const expired = selectionOf(shell, { subarea: "subarea_deliveries" })?.views.find((view) =>
        view.name.startsWith("Expired"),
      );
      assert.ok(expired);
      await page.locator("#view-switcher").selectOption(expired.id);
      await waitForIdle(page);
      const first = expectedList(expired).ids[2];
      const row = expected.data.deliveries.find((candidate) => normalizeId(String(candidate[D.id])) === first);
      assert.ok(row);
      await page.locator(`${grid} tr[data-record-id="${first}"] a.view-grid-open`).click();
      await waitForIdle(page);
      assert.equal(param(page, "record"), first);
      assert.equal(await page.locator(".record-header h2").innerText(), String(row[D.deliveryId]));
      assert.equal(
        await page.locator(`${siteMap} a[aria-current="page"]`).getAttribute("data-subarea"),
        "subarea_deliveries",
      );
      await assertHealthy(opened);
      await page.getByTestId("back-to-list").click();
      await waitForIdle(page);
      assert.equal(param(page, "record"), null);
      await assertList(page, expired);
    } finally {
      await opened.close();
    }
  });

  it("opens an attribute's form, and from it the delivery the attribute belongs to", async () => {
    const opened = await session.open({ page: "app", subarea: "subarea_delivery_attributes" });
    const { page } = opened;
    try {
      const view = selectionOf(shell, { subarea: "subarea_delivery_attributes" })?.view;
      assert.ok(view);
      const id = expectedList(view).ids[5];
      const attribute = expected.data.attributes.find((candidate) => normalizeId(String(candidate[A.id])) === id);
      assert.ok(attribute);
      await page.locator(`${grid} tr[data-record-id="${id}"] a.view-grid-open`).click();
      await waitForIdle(page);
      const form = page.getByTestId("attribute-form");
      assert.equal(await form.getAttribute("data-record-id"), id);
      assert.equal(await form.locator("h2").first().innerText(), String(attribute[A.keyword]));
      assert.equal(
        await form.locator(`[data-column="${A.value}"] dd`).innerText(),
        String(attribute[A.value] ?? "") || "—",
      );
      assert.deepEqual(await seriousViolations(page), []);
      await form.locator(`[data-column="${A.delivery}"] dd a`).click();
      await waitForIdle(page);
      assert.equal(param(page, "subarea"), "subarea_deliveries");
      assert.equal(param(page, "record"), normalizeId(String(attribute[A.delivery])));
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  });

  it("opens a contact's form from Contacts, and a delivery from the contact's deliveries in the shell", async () => {
    const opened = await session.open({ page: "app", subarea: "subarea_contacts" });
    const { page } = opened;
    try {
      const hana = expected.data.featuredContacts[3];
      await page.locator(`${grid} tr[data-record-id="${normalizeId(hana.id)}"] a.view-grid-open`).click();
      await waitForIdle(page);
      assert.equal(param(page, "record"), normalizeId(hana.id));
      assert.equal(await page.locator(".record-header h2").innerText(), "Hana Hundertmark");
      await assertHealthy(opened);
      const card = page.locator('[data-control="ContactDeliveries"] li.pdx-cd-item').first();
      const deliveryId = await card.getAttribute("data-delivery-id");
      await card.locator(".pdx-cd-open").click();
      await waitForIdle(page);
      assert.equal(param(page, "page"), "app", "the delivery opens inside the app");
      assert.equal(param(page, "subarea"), "subarea_deliveries");
      assert.equal(param(page, "record"), deliveryId);
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  });

  it("keyboard: Tab reaches the site map, Enter opens a subarea, then Tab and Enter open a row", async () => {
    const opened = await session.open({ page: "app", subarea: "subarea_contacts" });
    const { page } = opened;
    try {
      let guard = 0;
      while (!(await page.evaluate((nav) => document.activeElement?.closest(nav) !== null, siteMap))) {
        await page.keyboard.press("Tab");
        guard += 1;
        assert.ok(guard < 30, "the site map is reachable with Tab");
      }
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute("data-subarea")),
        subareas[0].id,
        "the first subarea is the first stop in the site map",
      );
      await page.keyboard.press("Enter");
      await waitForIdle(page);
      assert.equal(param(page, "subarea"), subareas[0].id);
      const view = selectionOf(shell, { subarea: subareas[0].id })?.view;
      assert.ok(view);
      await assertList(page, view);
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute("aria-current")),
        "page",
        "focus stays on the subarea, now current",
      );
      guard = 0;
      while (!(await page.evaluate(() => document.activeElement?.classList.contains("view-grid-open") === true))) {
        await page.keyboard.press("Tab");
        guard += 1;
        assert.ok(guard < 30, "the list's first row is reachable with Tab");
      }
      await page.keyboard.press("Enter");
      await waitForIdle(page);
      assert.equal(param(page, "record"), expectedList(view).ids[0], "Enter opened the first row's form");
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  });

  for (const look of pageLooks) {
    it(`has no serious or critical axe violations: ${look.name}`, async () => {
      for (const subarea of ["subarea_deliveries", "subarea_delivery_attributes"]) {
        const opened = await session.open(
          { page: "app", subarea, ...look.query },
          { forcedColors: look.forcedColors === true },
        );
        try {
          await assertHealthy(opened);
          await opened.page.screenshot({
            path: session.screenshotPath(`app-${subarea.replace("subarea_", "")}-${lookFileName(look.name)}`),
            fullPage: false,
          });
          assert.deepEqual(await seriousViolations(opened.page), [], `${subarea}, ${look.name}`);
        } finally {
          await opened.close();
        }
      }
    });
  }
});
