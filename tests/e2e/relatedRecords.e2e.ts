/** RelatedRecords on the delivery form: names over the sample data, ids that name nothing, axe. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseRecordId } from "../../domain/related/recordId";
import { relatedTables, type RelatedKind } from "../../domain/related/relatedTables";
import { DeliveryNames as D } from "../../domain/tables";
import { unresolvableIds } from "../../preview/data/brokenRecords";
import { assertHealthy, controlText, seriousViolations } from "./checks";
import { format } from "./expected";
import { expected, session } from "./session";

const t = (key: string): string => expected.text("RelatedRecords", key);

/** The name the sample data holds for a related id, as the control should show it. */
function nameOf(kind: RelatedKind, text: unknown): string {
  const parsed = parseRecordId(typeof text === "string" ? text : null);
  if (parsed.kind !== "valid") throw new Error(`${kind}: ${String(text)} is no id`);
  const table = relatedTables[kind];
  const row = expected.data.related[table.logicalName]?.find(
    (candidate) => candidate[table.primaryIdAttribute] === parsed.id,
  );
  if (!row) throw new Error(`${kind} ${parsed.id} is not in the sample data`);
  return String(row[table.primaryNameAttribute]);
}

describe("delivery form: related records", () => {
  it("shows the contact, conversation, queue and configuration by name, and a name opens its record", async () => {
    const opened = await session.open({ record: "complete" });
    try {
      await assertHealthy(opened);
      const delivery = expected.delivery("complete");
      const text = await controlText(opened.page, "RelatedRecords");
      const names = {
        contact: nameOf("contact", delivery[D.contactId]),
        conversation: nameOf("conversation", delivery[D.conversationId]),
        queue: nameOf("queue", delivery[D.queueId]),
        configuration: nameOf("configuration", delivery[D.configId]),
      };
      for (const [kind, name] of Object.entries(names)) assert.ok(text.includes(name), `${kind} "${name}"\n${text}`);
      assert.ok(!text.includes(t("Resolving")), "nothing is still being looked up");

      const slot = opened.page.locator('[data-control="RelatedRecords"]');
      await slot.getByRole("button", { name: names.queue, exact: true }).click();
      // The host log sits in a closed <details>: its text, not what is on screen.
      const log = (await opened.page.locator(".host-log").textContent()) ?? "";
      assert.ok(log.includes(`openForm: queue ${String(delivery[D.queueId])}`), "the host was asked to open the queue");
      assert.deepEqual(await seriousViolations(opened.page), []);
    } finally {
      await opened.close();
    }
  });

  it("shows ids that name nothing as text with the reason, and still resolves the one that does", async () => {
    const opened = await session.open({ record: "broken:unresolvable-ids" });
    try {
      await assertHealthy(opened);
      const text = await controlText(opened.page, "RelatedRecords");
      assert.ok(
        text.includes(unresolvableIds.contact) && text.includes(t("Reason_malformed")),
        `malformed contact\n${text}`,
      );
      assert.ok(text.includes(unresolvableIds.conversation), "the conversation id as stored");
      assert.ok(text.includes(format(t("Reason_notFound"), t("Label_conversation"))), "conversation not found");
      assert.ok(text.includes(format(t("Reason_notFound"), t("Label_configuration"))), "configuration not found");
      const queue = nameOf("queue", expected.delivery("broken:unresolvable-ids")[D.queueId]);
      assert.ok(text.includes(queue), `queue "${queue}" resolves`);
      await opened.page.screenshot({ path: session.screenshotPath("delivery-form-unresolvable-ids"), fullPage: true });
      assert.deepEqual(await seriousViolations(opened.page), []);
    } finally {
      await opened.close();
    }
  });
});
