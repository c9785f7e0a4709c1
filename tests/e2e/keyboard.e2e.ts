/** Everything on the form works from the keyboard alone. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AttributeNames as A, DeliveryNames as D } from "../../domain/tables";
import { assertHealthy, controlText } from "./checks";
import { format } from "./expected";
import { waitForIdle } from "./harness";
import { expected, session } from "./session";

const activeInside = (page: import("playwright-core").Page, selector: string): Promise<boolean> =>
  page.evaluate((target) => document.activeElement?.closest(target) !== null, selector);

describe("keyboard", () => {
  it("disposition chips: Tab to the add field, type a code, Enter adds it; the form has an unsaved change; Save writes it", async () => {
    const opened = await session.open({ record: "complete" });
    const { page } = opened;
    try {
      const before = expected.codes("complete");
      await page.getByLabel("Record", { exact: true }).focus();
      let guard = 0;
      while (
        !(await page.evaluate(
          () =>
            document.activeElement?.tagName === "INPUT" &&
            document.activeElement.closest('[data-control="DispositionChips"]') !== null,
        ))
      ) {
        await page.keyboard.press("Tab");
        guard += 1;
        assert.ok(guard < 30, "the add field is reachable with Tab");
      }
      await page.keyboard.type("CallbackTomorrow");
      await page.keyboard.press("Enter");
      await waitForIdle(page);
      const label = format(expected.text("DispositionChips", "List_Label"), before.length + 1);
      assert.equal(
        await page.locator(`[data-control="DispositionChips"] ul[aria-label="${label}"]`).count(),
        1,
        "the chip was added",
      );
      assert.match(await page.locator(".form-state").innerText(), new RegExp(D.dispositionCodes));
      await page.getByRole("button", { name: "Save" }).focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction(() =>
        (window as unknown as { __pdxPreview: { requests(): { operation: string }[] } }).__pdxPreview
          .requests()
          .some((request) => request.operation === "updateRecord"),
      );
      await waitForIdle(page);
      assert.equal(await page.locator(".form-state").innerText(), "");
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  });

  it("disposition chips: a chip's remove button works with Enter", async () => {
    const opened = await session.open({ record: "complete" });
    const { page } = opened;
    try {
      const codes = expected.codes("complete");
      const remove = page.getByRole("button", {
        name: format(expected.text("DispositionChips", "Remove_Label"), codes[0]),
      });
      await remove.focus();
      await page.keyboard.press("Enter");
      await waitForIdle(page);
      const label = format(expected.text("DispositionChips", "List_Label"), codes.length - 1);
      assert.equal(
        await page.locator(`[data-control="DispositionChips"] ul[aria-label="${label}"]`).count(),
        1,
        "one chip fewer",
      );
      const chips = await page.locator('[data-control="DispositionChips"] ul').innerText();
      assert.ok(!chips.includes(codes[0]) && chips.includes(codes[1]), `${codes[0]} is gone, the others stay`);
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  });

  it("attribute grid: type in the filter box, then move through the rows with the arrow keys", async () => {
    const opened = await session.open({ record: "complete" });
    const { page } = opened;
    try {
      const attributes = expected.attributes("complete");
      const filter = page.locator('[data-control="AttributeGrid"] input');
      await filter.focus();
      await page.keyboard.type("customername");
      await waitForIdle(page);
      const matching = attributes.filter((row) =>
        `${String(row[A.keyword])}\n${String(row[A.value])}`.toLowerCase().includes("customername"),
      ).length;
      assert.ok(
        (await controlText(page, "AttributeGrid")).includes(
          format(expected.text("AttributeGrid", "Summary_Filtered"), matching, attributes.length),
        ),
      );
      await filter.fill("");
      await waitForIdle(page);

      // Into the grid: Tab until focus is inside it, then ArrowDown moves to another row.
      let guard = 0;
      while (!(await activeInside(page, '[role="grid"]'))) {
        await page.keyboard.press("Tab");
        guard += 1;
        assert.ok(guard < 15, "the grid is reachable with Tab");
      }
      const describeFocus = (): Promise<string> =>
        page.evaluate(() => (document.activeElement?.closest('[role="row"]') as HTMLElement | null)?.innerText ?? "");
      const first = await describeFocus();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      const second = await describeFocus();
      assert.ok(await activeInside(page, '[role="grid"]'), "focus stays in the grid");
      assert.notEqual(second, first, "ArrowDown moves to another row");
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  });
});
