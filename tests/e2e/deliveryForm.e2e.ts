/** The delivery form over representative and broken records: content and robustness. */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { AttributeNames as A, DeliveryNames as D } from "../../domain/tables";
import { xssPayloads } from "../../preview/data";
import { unresolvableQueueId } from "../../preview/data/brokenRecords";
import { assertHealthy, controlText, injectedMarkup, seriousViolations } from "./checks";
import { waitForIdle } from "./harness";
import { controlStrings, format } from "./expected";
import { expected, session } from "./session";

const t = (control: string, key: string): string => expected.text(control, key);

async function assertRecordContent(key: string, opened: Awaited<ReturnType<typeof session.open>>): Promise<void> {
  const { page } = opened;
  const timeline = await controlText(page, "DeliveryTimeline");
  assert.ok(
    timeline.includes(expected.statusText(key)),
    `timeline shows status "${expected.statusText(key)}"\n${timeline}`,
  );

  const codes = expected.codes(key);
  if (codes.length > 0) {
    const label = format(t("DispositionChips", "List_Label"), codes.length);
    assert.equal(
      await page.locator(`[data-control="DispositionChips"] ul[aria-label="${label}"]`).count(),
      1,
      `chips list says ${label}`,
    );
  } else {
    assert.ok(
      (await controlText(page, "DispositionChips")).includes(t("DispositionChips", "Empty")),
      "chips say there are none",
    );
  }

  const attributes = expected.attributes(key);
  const grid = await controlText(page, "AttributeGrid");
  if (attributes.length > 0) {
    assert.ok(
      grid.includes(format(t("AttributeGrid", "Summary"), attributes.length)),
      `grid counts ${attributes.length} attributes`,
    );
  } else {
    assert.ok(grid.includes(t("AttributeGrid", "Empty")), "grid says there are none");
  }
}

describe("delivery form: representative records", () => {
  for (const entry of expected.data.featured) {
    it(`${entry.title}: every control renders the record, no console errors`, async () => {
      const opened = await session.open({ record: entry.key });
      try {
        await assertHealthy(opened);
        await assertRecordContent(entry.key, opened);
        const facts = await opened.page.getByTestId("record-facts").innerText();
        assert.ok(facts.includes(String(expected.delivery(entry.key)[D.result] ?? "—")));
      } finally {
        await opened.close();
      }
    });
  }
});

/** What each broken record must show beyond rendering safely. */
const brokenChecks: Record<string, (page: Awaited<ReturnType<typeof session.open>>["page"]) => Promise<void>> = {
  "broken:unknown-values": async (page) => {
    const timeline = await controlText(page, "DeliveryTimeline");
    for (const value of ["OnHold", "Voicemail?", "Autopilot"])
      assert.ok(
        timeline.includes(format(t("DeliveryTimeline", "Value_Unrecognised"), value)),
        `shows ${value} as not documented`,
      );
  },
  "broken:reversed-window": async (page) => {
    assert.ok(
      (await controlText(page, "DeliveryTimeline")).includes(t("DeliveryTimeline", "Anomaly_windowEndBeforeStart")),
    );
  },
  "broken:call-end-before-start": async (page) => {
    assert.ok(
      (await controlText(page, "DeliveryTimeline")).includes(t("DeliveryTimeline", "Anomaly_callEndBeforeStart")),
    );
  },
  "broken:no-dates": async (page) => {
    assert.ok(
      (await controlText(page, "DeliveryTimeline")).includes(t("DeliveryTimeline", "Warning_completeWithoutDates")),
    );
  },
  "broken:messy-dispositions": async (page) => {
    const chips = await controlText(page, "DispositionChips");
    for (const code of ["PromiseToPay", "SpokeToAgent", 'Said "call me later"', 'Escaped "quote"'])
      assert.ok(chips.includes(code), `chip ${code}`);
    assert.ok(chips.includes(format(t("DispositionChips", "Note_Duplicates"), 1)), "notes the repeated code");
  },
  "broken:unterminated-quote": async (page) => {
    const chips = await controlText(page, "DispositionChips");
    assert.ok(chips.includes("CallbackRequested") && chips.includes("WrongNumber"));
    assert.ok(
      chips.includes(t("DispositionChips", "Problem_UnterminatedQuote").split("{0}")[0]),
      "reports the unterminated quote",
    );
  },
  "broken:html-injection": async (page) => {
    const chips = await controlText(page, "DispositionChips");
    assert.ok(chips.includes(xssPayloads.image), "the HTML code is shown as text");
    const grid = await controlText(page, "AttributeGrid");
    assert.ok(
      grid.includes(xssPayloads.image) && grid.includes(xssPayloads.script) && grid.includes(xssPayloads.javascriptUrl),
    );
    assert.deepEqual(await injectedMarkup(page), [], "no element was created from the data");
  },
  "broken:attribute-mess": async (page) => {
    const grid = await controlText(page, "AttributeGrid");
    assert.ok(grid.includes(format(t("AttributeGrid", "Group_Unknown"), 3)), "groups the unknown type");
    assert.ok(grid.includes(t("AttributeGrid", "Group_None")), "groups the missing type");
  },
  "broken:no-attributes": async (page) => {
    assert.ok((await controlText(page, "AttributeGrid")).includes(t("AttributeGrid", "Empty")));
    assert.ok((await controlText(page, "DispositionChips")).includes(t("DispositionChips", "Empty")));
  },
  "broken:missing-required": async (page) => {
    const timeline = await controlText(page, "DeliveryTimeline");
    const none = t("DeliveryTimeline", "Value_Empty");
    for (const key of ["Status_Label", "Result_Label", "DialMode_Label"])
      assert.ok(timeline.includes(`${t("DeliveryTimeline", key)}: ${none}`), `${key} says ${none}\n${timeline}`);
    assert.ok(!timeline.includes(t("DeliveryTimeline", "Status_Expired")), "no status is made up for the empty one");
  },
  "broken:status-case": async (page) => {
    const timeline = await controlText(page, "DeliveryTimeline");
    const label = t("DeliveryTimeline", "Status_Label");
    assert.ok(
      timeline.includes(`${label}: ${t("DeliveryTimeline", "Status_Complete")}`),
      "' complete ' reads as Complete",
    );
    assert.ok(timeline.includes(t("DeliveryTimeline", "Result_CallEnded")), "'callended' reads as Call ended");
    assert.ok(
      !timeline.includes(format(t("DeliveryTimeline", "Value_Unrecognised"), "").trim()),
      "neither is called undocumented",
    );
  },
  "broken:dispositions-at-limit": async (page) => {
    const chips = page.locator('[data-control="DispositionChips"]');
    const total = expected.codes("broken:dispositions-at-limit").length;
    const shown = await chips.locator("ul > li button[aria-label]:not([aria-expanded])").count();
    const more = chips.locator("button[aria-expanded]");
    assert.ok(shown > 0 && shown < total, `some of the ${total} codes show as chips (${shown})`);
    assert.equal(await more.innerText(), format(t("DispositionChips", "Overflow_Text"), total - shown));
    assert.equal(await more.getAttribute("aria-label"), format(t("DispositionChips", "Overflow_Label"), total - shown));
    assert.equal(await more.getAttribute("aria-expanded"), "false");
    const text = await controlText(page, "DispositionChips");
    assert.ok(
      !text.includes(t("DispositionChips", "Problem_StoredTooLong").split("{0}")[0]),
      "at the limit is not over it",
    );
  },
  "broken:call-outside-window": async (page) => {
    const timeline = await controlText(page, "DeliveryTimeline");
    for (const key of ["Anomaly_missingWindowEnd", "Anomaly_callStartBeforeWindow"])
      assert.ok(timeline.includes(t("DeliveryTimeline", key)), `${key}\n${timeline}`);
    assert.ok(
      timeline.includes(t("DeliveryTimeline", "Story_CalledEarly").split("{0}")[0]),
      "the story says it was early",
    );
  },
  "broken:pending-after-window": async (page) => {
    const timeline = await controlText(page, "DeliveryTimeline");
    assert.ok(timeline.includes(t("DeliveryTimeline", "Anomaly_activeAfterWindow")), timeline);
    assert.ok(timeline.includes(t("DeliveryTimeline", "Now_AfterWindow")), "now lies after the window");
  },
  "broken:unresolvable-ids": async (page) => {
    const related = await controlText(page, "RelatedRecords");
    assert.ok(related.includes(t("RelatedRecords", "Reason_malformed")), "the contact id is no id");
    for (const kind of ["Label_conversation", "Label_configuration"])
      assert.ok(related.includes(format(t("RelatedRecords", "Reason_notFound"), t("RelatedRecords", kind))), kind);
  },
  "broken:sms-without-sent-date": async (page) => {
    const timeline = await controlText(page, "DeliveryTimeline");
    assert.ok(
      timeline.includes(t("DeliveryTimeline", "Anomaly_messageWithoutSentDate")),
      "names the missing sent date",
    );
    assert.ok(
      !timeline.includes(t("DeliveryTimeline", "Warning_completeWithoutDates")),
      "not read as a call with no dates",
    );
  },
  "broken:unknown-queue": async (page) => {
    const related = await controlText(page, "RelatedRecords");
    assert.ok(related.includes(unresolvableQueueId), "the queue's id shows as stored");
    assert.ok(related.includes(format(t("RelatedRecords", "Reason_notFound"), t("RelatedRecords", "Label_queue"))));
    assert.ok(
      !related.includes(format(t("RelatedRecords", "Reason_notFound"), t("RelatedRecords", "Label_configuration"))),
      "the configuration in braces and upper case resolves",
    );
  },
};

describe("delivery form: broken records", () => {
  for (const entry of expected.data.broken) {
    it(`${entry.title}: renders safely`, async () => {
      const opened = await session.open({ record: entry.key });
      try {
        await assertHealthy(opened);
        await assertRecordContent(entry.key, opened);
        assert.deepEqual(await injectedMarkup(opened.page), [], "no markup from the data became elements");
        const check = brokenChecks[entry.key];
        assert.ok(check, `${entry.key} has a check of its own in brokenChecks`);
        await check(opened.page);
      } finally {
        await opened.close();
      }
    });
  }
});

describe("delivery form: host behaviour", () => {
  it("switching the record re-creates the controls over the new record", async () => {
    const opened = await session.open({ record: "complete" });
    try {
      await opened.page.getByLabel("Record", { exact: true }).selectOption("expired");
      await opened.page.waitForFunction(() => new URLSearchParams(location.search).get("record") === "expired");
      await waitForIdle(opened.page);
      await assertHealthy(opened);
      await assertRecordContent("expired", opened);
    } finally {
      await opened.close();
    }
  });

  it("German and right-to-left: strings come from the 1031 resx and the controls read right to left", async () => {
    const opened = await session.open({ record: "complete", lang: "1031", rtl: "1" });
    try {
      await assertHealthy(opened);
      assert.equal(await opened.page.getAttribute("html", "lang"), "de-DE");
      const placeholder = await opened.page.locator('[data-control="AttributeGrid"] input').getAttribute("placeholder");
      assert.equal(placeholder, expected.text("AttributeGrid", "Filter_Placeholder", 1031));
      assert.ok(
        (await controlText(opened.page, "DeliveryTimeline")).includes(
          expected.text("DeliveryTimeline", "Status_Label", 1031),
        ),
      );
      const directions = await opened.page.evaluate(() =>
        Array.from(document.querySelectorAll("[data-control]")).map(
          (slot) => getComputedStyle(slot.firstElementChild ?? slot).direction,
        ),
      );
      assert.deepEqual([...new Set(directions)], ["rtl"]);
    } finally {
      await opened.close();
    }
  });

  it("Arabic: strings come from the 1025 resx, the page reads right to left from the language alone, axe is clean", async () => {
    const opened = await session.open({ record: "complete", lang: "1025" });
    try {
      await assertHealthy(opened);
      const { page } = opened;
      assert.deepEqual(
        [await page.getAttribute("html", "lang"), await page.getAttribute("html", "dir")],
        ["ar-SA", "rtl"],
      );
      const placeholder = await page.locator('[data-control="AttributeGrid"] input').getAttribute("placeholder");
      assert.equal(placeholder, expected.text("AttributeGrid", "Filter_Placeholder", 1025));
      assert.ok(
        (await controlText(page, "DeliveryTimeline")).includes(expected.text("DeliveryTimeline", "Status_Label", 1025)),
      );
      const directions = await page.evaluate(() =>
        Array.from(document.querySelectorAll("[data-control]")).map(
          (slot) => getComputedStyle(slot.firstElementChild ?? slot).direction,
        ),
      );
      assert.deepEqual([...new Set(directions)], ["rtl"]);
      // Nothing English is left: no key shown in its place, no English sentence.
      for (const control of ["DeliveryTimeline", "DispositionChips", "AttributeGrid", "RelatedRecords"]) {
        const shown = await controlText(page, control);
        const english = controlStrings(session.root, control, 1033);
        const arabic = controlStrings(session.root, control, 1025);
        const left = [...english].filter(
          ([key, text]) =>
            (shown.includes(key) && key.includes("_")) ||
            (text.length > 12 && text !== arabic.get(key) && shown.includes(text)),
        );
        assert.deepEqual(left, [], `${control} shows only Arabic`);
        assert.match(shown, /\p{Script=Arabic}/u, `${control} shows Arabic text`);
      }
      assert.deepEqual(await seriousViolations(page), []);
      await page.screenshot({ path: session.screenshotPath("delivery-form-complete-Arabic"), fullPage: true });
    } finally {
      await opened.close();
    }
  });

  it("the production bundles read React and Fluent from the platform globals the host publishes", async () => {
    const opened = await session.open({ record: "complete" });
    try {
      const globals = await opened.page.evaluate(() => {
        const page = window as unknown as Record<string, unknown>;
        return {
          react: page.Reactv16 === page.React && page.React !== undefined,
          fluent: page.FluentUIReactv81211 === page.FluentUIReact && page.FluentUIReact !== undefined,
        };
      });
      assert.deepEqual(globals, { react: true, fluent: true });
      for (const control of ["AttributeGrid", "DeliveryTimeline", "DispositionChips", "RelatedRecords"]) {
        const bundle = fs.readFileSync(path.join(session.root, "out", "controls", control, "bundle.js"), "utf8");
        assert.match(bundle, /\bReactv16\b/, `${control} reads Reactv16`);
        assert.match(bundle, /\bFluentUIReactv81211\b/, `${control} reads FluentUIReactv81211`);
        assert.match(bundle, /ComponentFramework\.registerControl\(/, `${control} registers itself`);
      }
    } finally {
      await opened.close();
    }
  });

  it("the sample Web API refuses unsupported query options loudly", async () => {
    const opened = await session.open({ record: "complete" });
    try {
      const message = await opened.page.evaluate(async () => {
        const api = (window as unknown as { __pdxPreview: { webAPI: ComponentFramework.WebApi } }).__pdxPreview.webAPI;
        try {
          await api.retrieveMultipleRecords(
            "msdyn_proactive_delivery_attribute",
            "?$select=msdyn_keyword&$expand=msdyn_proactive_delivery($select=msdyn_status)",
          );
          return "resolved";
        } catch (error) {
          return (error as Error).message;
        }
      });
      assert.match(message, /Unsupported query option.*\$expand/);
      assert.ok(
        opened.consoleErrors.some((line) => line.includes("$expand")),
        "and says so on the console",
      );
    } finally {
      await opened.close();
    }
  });

  it("the subgrid pages through 1,200 attributes (250 a page, then the control's 5,000) in the benchmark host", async () => {
    const opened = await session.openBench();
    try {
      const result = await opened.page.evaluate(() => {
        const bench = (
          window as unknown as { __pdxPreview: { bench: { mountGrid(rows: number): Promise<{ loadedRows: number }> } } }
        ).__pdxPreview.bench;
        return bench.mountGrid(1200);
      });
      assert.equal(result.loadedRows, 1200);
      const text = await opened.page.locator("#bench-grid").innerText();
      assert.ok(/1[,.]?200/.test(text), "the grid counts all 1,200 attributes");
      assert.deepEqual(opened.consoleErrors, []);
    } finally {
      await opened.close();
    }
  });

  it("the value column shows each attribute's value for the chosen record", async () => {
    const opened = await session.open({ record: "complete" });
    try {
      const grid = await controlText(opened.page, "AttributeGrid");
      const visible = expected.attributes("complete").filter((row) => row[A.keyword] === "CustomerName");
      assert.ok(visible.length === 1 && grid.includes(String(visible[0][A.value])), "CustomerName's value is shown");
    } finally {
      await opened.close();
    }
  });
});
