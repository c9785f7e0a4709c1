import { matchContactId } from "../../domain/deliveries/contactId";
import { AttributeNames as A, DeliveryNames as D } from "../../domain/tables";
import { hostRecordOf } from "../../controls/shared/contextInfo";
import { generateSampleData, normalizeId } from "../../preview/data";
import { spellingOf } from "../../preview/data/contacts";
import { contactChoices, formEntityId, resolveContact, spellingSummary } from "../../preview/app/contactCatalogue";
import { readState, writeState } from "../../preview/app/urlState";
import { formLayouts } from "../../preview/server/formLayouts";

const data = generateSampleData();
const choices = contactChoices(data);
const hana = data.featuredContacts[3];

describe("contact form page: the contact switcher's choices", () => {
  it("lists the four featured contacts first, by title, then every other contact with its count", () => {
    expect(choices.slice(0, 4).map((choice) => [choice.key, choice.title, choice.deliveryCount])).toEqual([
      ["contact:no-deliveries", "Nadia Noorders (no deliveries)", 0],
      ["contact:one-delivery", "Una Einzel (1 delivery)", 1],
      ["contact:40-deliveries", "Farah Fortier (40 deliveries)", 40],
      ["contact:200-deliveries", "Hana Hundertmark (200 deliveries)", 200],
    ]);
    expect(choices).toHaveLength(data.contacts.length);
    expect(new Set(choices.map((choice) => choice.id)).size).toBe(choices.length);
    const others = choices.slice(4);
    expect(others.every((choice) => !choice.featured && choice.key === undefined)).toBe(true);
    expect(others.every((choice) => choice.title === `${choice.name} (${choice.deliveryCount} deliveries)`)).toBe(true);
  });

  it("counts every delivery whose contact id is a GUID in one of the four spellings, once", () => {
    const counted = choices.reduce((sum, choice) => sum + choice.deliveryCount, 0);
    const guidIds = data.deliveries.filter((row) => spellingOf(String(row[D.contactId])) !== undefined);
    expect(counted).toBe(guidIds.length);
    // Only the broken record whose contact id is no GUID is left out.
    expect(data.deliveries.length - guidIds.length).toBe(1);
    for (const choice of choices) {
      expect(Object.values(choice.spellings).reduce((sum, count) => sum + count, 0)).toBe(choice.deliveryCount);
    }
    const hanaChoice = choices[3];
    expect(spellingSummary(hanaChoice)).toMatch(/^\d+ \{UPPER\}, \d+ lower, \d+ UPPER, \d+ \{lower\}$/);
    expect(spellingSummary(choices[0])).toBe("none");
    expect(spellingSummary(choices[1])).toBe("1 {UPPER}");
  });

  it("is computed once per data set", () => {
    expect(contactChoices(data)).toBe(choices);
  });
});

describe("contact form page: which contact the address opens", () => {
  it("resolves a featured key, or an id in any spelling; nothing else", () => {
    for (const text of [hana.key, hana.id, hana.id.toUpperCase(), `{${hana.id}}`, `{${hana.id.toUpperCase()}}`]) {
      expect(resolveContact(data, text)?.id).toBe(hana.id);
    }
    expect(resolveContact(data, "complete")).toBeUndefined();
    expect(resolveContact(data, String(data.deliveries[0][D.id]))).toBeUndefined();
    expect(resolveContact(data, "contact:300-deliveries")).toBeUndefined();
  });

  it("keeps the contact in the address: ?page=contact&record=<id>, the 200-delivery contact by default", () => {
    const state = readState(`?page=contact&record=${hana.id}`);
    expect(state).toMatchObject({ page: "contact", record: hana.id });
    expect(readState(writeState(state))).toEqual(state);
    expect(readState("?page=contact").record).toBe("contact:200-deliveries");
    // The delivery form keeps its own default.
    expect(readState("").record).toBe("complete");
    expect(readState("?page=delivery").record).toBe("complete");
    const braced = readState(`?page=contact&record=${encodeURIComponent(`{${hana.id.toUpperCase()}}`)}`);
    expect(resolveContact(data, braced.record)?.id).toBe(hana.id);
  });

  it("hands the control the id as a form gives it, which the control's id rule reads back", () => {
    const entityId = formEntityId(hana.id);
    expect(entityId).toBe(`{${hana.id.toUpperCase()}}`);
    expect(formEntityId(entityId)).toBe(entityId);
    const context = { mode: { contextInfo: { entityId, entityTypeName: "contact" } } };
    const host = hostRecordOf(context as unknown as ComponentFramework.Context<unknown>);
    expect(host.entityTypeName).toBe("contact");
    const match = matchContactId(host.entityId);
    expect(match.kind === "valid" && match.id).toBe(normalizeId(hana.id));
  });
});

describe("contact form page: the layout the server embeds", () => {
  it("lays out the packaged contact form with ContactDeliveries on fullname, beside the delivery and attribute forms", () => {
    const layouts = formLayouts();
    expect(Object.keys(layouts).sort()).toEqual(["contact", D.table, A.table].sort());
    const contact = layouts.contact;
    const cells = contact.tabs.flatMap((tab) =>
      tab.sections.flatMap((section) => section.cells.map((cell) => ({ tab: tab.label[1033], cell }))),
    );
    const controls = cells.filter(({ cell }) => cell.control !== undefined);
    expect(controls).toEqual([
      {
        tab: "Proactive deliveries",
        cell: {
          kind: "field",
          column: "fullname",
          control: "ContactDeliveries",
          label: { 1033: "Full Name", 1031: "Vollständiger Name" },
          showLabel: false,
        },
      },
    ]);
    const fields = cells.flatMap(({ cell }) => (cell.kind === "field" ? [cell.column] : []));
    const store = data.related.contact[0];
    for (const column of fields) expect(Object.keys(store)).toContain(column);
  });
});
