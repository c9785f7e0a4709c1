import { contactDeliveriesQuery, nextPageQuery } from "../../domain/deliveries/query";
import { matchContactId } from "../../domain/deliveries/contactId";
import { AttributeNames as A, ContactNames as C, DeliveryNames as D, contactTable } from "../../domain/tables";
import {
  SampleStore,
  createSampleWebApi,
  generateSampleData,
  normalizeId,
  type Row,
  type SampleData,
} from "../../preview/data";
import {
  contactIdSpellings,
  deliveriesPerContact,
  spellContactId,
  spellingOf,
  type ContactIdSpelling,
} from "../../preview/data/contacts";
import { contactStoreTable } from "../../preview/data/relatedStoreTables";

const data = generateSampleData();
const store = new SampleStore(data, () => Date.parse(data.now));
const featured = (key: string): SampleData["featuredContacts"][number] => {
  const entry = data.featuredContacts.find((candidate) => candidate.key === key);
  if (!entry) throw new Error(`no featured contact ${key}`);
  return entry;
};
const deliveriesOf = (contactId: string, source: SampleData = data): Row[] =>
  source.deliveries.filter((row) => normalizeId(String(row[D.contactId])) === contactId);
const spellingsOf = (rows: readonly Row[]): Map<ContactIdSpelling | undefined, number> => {
  const counts = new Map<ContactIdSpelling | undefined, number>();
  for (const row of rows) {
    const spelling = spellingOf(String(row[D.contactId]));
    counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  }
  return counts;
};

/** The control's query: the four spellings joined by or, newest window first. */
function controlQuery(contactId: string): string {
  const lower = contactId.toLowerCase();
  const upper = contactId.toUpperCase();
  const filter = [lower, upper, `{${lower}}`, `{${upper}}`].map((form) => `${D.contactId} eq '${form}'`).join(" or ");
  return `?$select=${D.id},${D.status},${D.windowStartDate},${D.contactId}&$filter=${filter}&$orderby=${D.windowStartDate} desc`;
}

/** Every page at maxPageSize, following @odata.nextLink as the control does. */
async function allPages(
  api: ReturnType<typeof createSampleWebApi>,
  query: string,
  pageSize: number,
): Promise<ComponentFramework.WebApi.Entity[][]> {
  const pages: ComponentFramework.WebApi.Entity[][] = [];
  let response = await api.retrieveMultipleRecords(D.table, query, pageSize);
  pages.push(response.entities);
  while (response.nextLink) {
    response = await api.retrieveMultipleRecords(D.table, nextPageQuery(response.nextLink), pageSize);
    pages.push(response.entities);
  }
  return pages;
}

describe("sample data: the featured contacts", () => {
  it("are four contacts with exactly 0, 1, 40 and 200 deliveries, named in the switcher for what they are", () => {
    expect(data.featuredContacts.map((entry) => [entry.key, entry.deliveryCount])).toEqual([
      ["contact:no-deliveries", 0],
      ["contact:one-delivery", 1],
      ["contact:40-deliveries", 40],
      ["contact:200-deliveries", 200],
    ]);
    expect(data.featuredContacts.map((entry) => entry.title)).toEqual([
      "Nadia Noorders (no deliveries)",
      "Una Einzel (1 delivery)",
      "Farah Fortier (40 deliveries)",
      "Hana Hundertmark (200 deliveries)",
    ]);
    const counts = deliveriesPerContact(data.deliveries, D.contactId);
    for (const entry of data.featuredContacts) {
      expect(counts.get(entry.id) ?? 0).toBe(entry.deliveryCount);
      expect(data.contacts.some((contact) => contact.id === entry.id)).toBe(true);
    }
    // They lead the contacts, so the contact switcher lists them first.
    expect(data.contacts.slice(0, 4).map((contact) => contact.id)).toEqual(data.featuredContacts.map((e) => e.id));
  });

  it("keep their counts for another seed, and the same data for the same seed", () => {
    const other = generateSampleData({ seed: 7, deliveryCount: 300 });
    const counts = deliveriesPerContact(other.deliveries, D.contactId);
    expect(other.featuredContacts.map((entry) => counts.get(entry.id) ?? 0)).toEqual([0, 1, 40, 200]);
    expect(other.featuredContacts[3].id).not.toBe(data.featuredContacts[3].id);
    expect(generateSampleData({ seed: 7, deliveryCount: 300 }).featuredContacts).toEqual(other.featuredContacts);
  });

  it("have ids whose upper and lower case differ, so the spellings are four different texts", () => {
    for (const entry of data.featuredContacts) {
      expect(entry.id).toBe(entry.id.toLowerCase());
      expect(entry.id.toUpperCase()).not.toBe(entry.id);
    }
  });

  it("give the 200 and the 40 deliveries a mix of statuses over the long tail's windows", () => {
    for (const key of ["contact:200-deliveries", "contact:40-deliveries"]) {
      const statuses = new Set(deliveriesOf(featured(key).id).map((row) => row[D.status]));
      expect(statuses.size).toBeGreaterThanOrEqual(4);
    }
    const [single] = deliveriesOf(featured("contact:one-delivery").id);
    expect(single[D.status]).toBe("Complete");
    expect(data.attributes.some((row) => row[A.delivery] === single[D.id])).toBe(true);
  });
});

describe("sample data: contact ids on deliveries", () => {
  it("are stored in four spellings across the data: lower, upper, {lower} and {UPPER}", () => {
    const brokenIds = new Set(data.broken.map((entry) => entry.id));
    const healthy = data.deliveries.filter((row) => !brokenIds.has(String(row[D.id])));
    const counts = spellingsOf(healthy);
    expect(counts.get(undefined)).toBeUndefined();
    for (const spelling of contactIdSpellings) expect(counts.get(spelling)).toBeGreaterThan(healthy.length * 0.05);
    // Mostly as the Web API returns ids.
    expect(counts.get("lower")).toBeGreaterThan(healthy.length * 0.4);
  });

  it("spread each contact's deliveries over the spellings: all four for the 200 and the 40", () => {
    const big = spellingsOf(deliveriesOf(featured("contact:200-deliveries").id));
    expect([...big.keys()].sort()).toEqual([...contactIdSpellings].sort());
    expect([...big.values()].reduce((sum, count) => sum + count, 0)).toBe(200);
    for (const count of big.values()) expect(count).toBeGreaterThanOrEqual(10);
    const forty = spellingsOf(deliveriesOf(featured("contact:40-deliveries").id));
    expect([...forty.keys()].sort()).toEqual([...contactIdSpellings].sort());
    // The single delivery is stored as a form gives the id, which the Web API never returns.
    const [single] = deliveriesOf(featured("contact:one-delivery").id);
    expect(single[D.contactId]).toBe(`{${featured("contact:one-delivery").id.toUpperCase()}}`);
    // Every long-tail contact with four or more deliveries has all four too.
    const perContact = deliveriesPerContact(data.deliveries, D.contactId);
    const busyTail = data.contacts.slice(4).filter((contact) => (perContact.get(contact.id) ?? 0) >= 4);
    expect(busyTail.length).toBeGreaterThan(40);
    for (const contact of busyTail) expect(spellingsOf(deliveriesOf(contact.id)).size).toBe(4);
  });

  it("name the same contact whatever the spelling", () => {
    const id = featured("contact:200-deliveries").id;
    expect(contactIdSpellings.map((spelling) => spellContactId(id, spelling))).toEqual([
      `{${id.toUpperCase()}}`,
      id,
      id.toUpperCase(),
      `{${id}}`,
    ]);
    expect(spellingOf(`{${id}`)).toBeUndefined();
    expect(spellingOf(id.replace(/[a-f]/, (letter) => letter.toUpperCase()))).toBeUndefined();
    expect(spellingOf("CONTACT-0042")).toBeUndefined();
  });
});

describe("sample Web API: the contact deliveries query", () => {
  it("answers the four-spelling or of eq, newest window first, 50 a page through nextLink", async () => {
    const expectations: [string, number[]][] = [
      ["contact:no-deliveries", [0]],
      ["contact:one-delivery", [1]],
      ["contact:40-deliveries", [40]],
      ["contact:200-deliveries", [50, 50, 50, 50]],
    ];
    for (const [key, pageSizes] of expectations) {
      const api = createSampleWebApi(store);
      const contact = featured(key);
      // As the form gives the id: upper case in braces.
      const pages = await allPages(api, controlQuery(contact.id.toUpperCase()), 50);
      expect(pages.map((page) => page.length)).toEqual(pageSizes);
      expect(api.requests).toHaveLength(pageSizes.length);
      const rows = pages.flat();
      const ids = rows.map((entity) => String(entity[D.id]));
      expect(new Set(ids).size).toBe(contact.deliveryCount);
      expect(ids.sort()).toEqual(
        deliveriesOf(contact.id)
          .map((row) => String(row[D.id]))
          .sort(),
      );
      const starts = rows.map((entity) => Date.parse(String(entity[D.windowStartDate])));
      expect(starts).toEqual([...starts].sort((a, b) => b - a));
    }
  });

  it("matches each spelling exactly: one eq finds only the rows stored in that spelling", async () => {
    const api = createSampleWebApi(store);
    const contact = featured("contact:200-deliveries");
    const stored = spellingsOf(deliveriesOf(contact.id));
    for (const spelling of contactIdSpellings) {
      const text = spellContactId(contact.id, spelling);
      const response = await api.retrieveMultipleRecords(
        D.table,
        `?$select=${D.contactId}&$filter=${D.contactId} eq '${text}'`,
      );
      expect(response.entities).toHaveLength(stored.get(spelling) ?? 0);
      expect(response.entities.every((entity) => entity[D.contactId] === text)).toBe(true);
    }
    // Neither case nor braces are ignored, and a mixed-case spelling finds nothing.
    const mixed = contact.id.replace(/[a-f]/, (letter) => letter.toUpperCase());
    const none = await api.retrieveMultipleRecords(D.table, `?$select=${D.id}&$filter=${D.contactId} eq '${mixed}'`);
    expect(none.entities).toEqual([]);
  });

  it("answers the domain's own query plan the same way", async () => {
    const api = createSampleWebApi(store);
    const contact = featured("contact:200-deliveries");
    const match = matchContactId(`{${contact.id.toUpperCase()}}`);
    if (match.kind !== "valid") throw new Error(match.message);
    const pages = await allPages(api, contactDeliveriesQuery(match), 50);
    expect(pages.map((page) => page.length)).toEqual([50, 50, 50, 50]);
  });
});

describe("sample store: the contact table", () => {
  it("holds every contact with the columns a contact form shows", async () => {
    const api = createSampleWebApi(store);
    const select = [C.fullName, C.firstName, C.lastName, C.email, C.businessPhone, C.mobilePhone];
    // The store's contact is domain/tables' description of the platform's contact.
    expect(contactStoreTable.definition).toBe(contactTable);
    for (const column of contactTable.columns) expect(select).toContain(column.logicalName);
    for (const column of select) expect(contactStoreTable.columns.has(column)).toBe(true);
    expect(store.rows("contact")).toHaveLength(data.contacts.length);
    for (const entry of data.featuredContacts) {
      // By the id as a form gives it.
      const row = await api.retrieveRecord("contact", `{${entry.id.toUpperCase()}}`, `?$select=${select.join(",")}`);
      expect(row.contactid).toBe(entry.id);
      expect(row.fullname).toBe(`${String(row.firstname)} ${String(row.lastname)}`);
      expect(entry.title.startsWith(String(row.fullname))).toBe(true);
      expect(row.emailaddress1).toMatch(/^[a-z]+\.[a-z]+\d*@example\.com$/);
      expect(row.telephone1).toMatch(/^\+\d{10,13}$/);
      expect(row.mobilephone).toMatch(/^\+\d{10,13}$/);
    }
  });

  it("keeps every contact value within Microsoft's lengths, and emails unique", () => {
    const problems: string[] = [];
    for (const row of store.rows("contact")) {
      for (const [name, value] of Object.entries(row)) {
        const limit = contactStoreTable.columns.get(name)?.maxLength;
        if (typeof value === "string" && limit !== undefined && value.length > limit)
          problems.push(`${name}: ${value}`);
      }
    }
    expect(problems).toEqual([]);
    const emails = store.rows("contact").map((row) => row.emailaddress1);
    expect(new Set(emails).size).toBe(emails.length);
    // Some long-tail contacts have no mobile, as real ones do.
    expect(store.rows("contact").some((row) => row.mobilephone === null)).toBe(true);
  });

  it("names the contact of a delivery stored in any spelling, and its conversations", () => {
    const contact = featured("contact:200-deliveries");
    const conversations = new Set(
      deliveriesOf(contact.id)
        .map((row) => row[D.conversationId])
        .filter((id): id is string => typeof id === "string"),
    );
    const subjects = data.related.msdyn_ocliveworkitem
      .filter((row) => conversations.has(String(row.activityid)))
      .map((row) => String(row.subject));
    expect(subjects.length).toBe(conversations.size);
    expect(subjects.every((subject) => subject.startsWith("Outbound call to Hana Hundertmark ("))).toBe(true);
  });
});
