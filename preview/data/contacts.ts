/**
 * The sample contacts: the long tail the deliveries are drawn over, the four featured contacts
 * the contact form is for (exactly 0, 1, 40 and 200 deliveries), the contact row every one of
 * them has (fullname, firstname, lastname, emailaddress1, telephone1, mobilephone), and the
 * spellings a delivery stores its contact id in.
 *
 * `msdyn_contact_id` is free text, and nothing documents how the proactive engagement service
 * spells the GUID: a caller of its API may send `{ABC...}` as a form's getId() gives it, or
 * `abc...` as the Web API returns it. So the sample deliveries hold all four spellings (lower
 * case, upper case, each bare and in braces), spread over every contact's deliveries, and a
 * control that asks for only one of them misses rows here as it would there.
 */
import { ContactNames as C } from "../../domain/tables";
import type { Random } from "./random";
import { normalizeId } from "./store";
import type { FeaturedContact, Row, SampleContact } from "./types";
import { firstNames, lastNames, locales } from "./vocabulary";

export type ContactIdSpelling = "lower" | "upper" | "braced-lower" | "braced-upper";

/**
 * Every spelling, in the order a contact's first four deliveries take them: the form's
 * `{UPPER}` first, so a contact with one delivery stores the spelling the Web API never returns.
 */
export const contactIdSpellings: readonly ContactIdSpelling[] = ["braced-upper", "lower", "upper", "braced-lower"];

/** After a contact's first four: mostly as the Web API returns ids, often as a form gives them. */
const spellingMix: readonly (readonly [ContactIdSpelling, number])[] = [
  ["lower", 55],
  ["braced-upper", 20],
  ["upper", 15],
  ["braced-lower", 10],
];

export function spellContactId(id: string, spelling: ContactIdSpelling): string {
  const bare = normalizeId(id);
  switch (spelling) {
    case "lower":
      return bare;
    case "upper":
      return bare.toUpperCase();
    case "braced-lower":
      return `{${bare}}`;
    case "braced-upper":
      return `{${bare.toUpperCase()}}`;
  }
}

/** Which spelling a stored id is in; undefined for anything else (mixed case, spaces, no GUID). */
export function spellingOf(text: string): ContactIdSpelling | undefined {
  const match = /^(\{?)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(\}?)$/.exec(text);
  if (!match || match[1].length !== match[3].length) return undefined;
  const braced = match[1] === "{";
  const guid = match[2];
  if (guid === guid.toLowerCase()) return braced ? "braced-lower" : "lower";
  if (guid === guid.toUpperCase()) return braced ? "braced-upper" : "upper";
  return undefined;
}

/**
 * The deliveries with their contact ids respelled: each contact's first four deliveries (in the
 * order given) take the four spellings, the rest draw from the mix. Ids that are no GUID (a
 * broken record's) stay as they are. The random source is the caller's own fork, so these
 * draws shift no other sample value.
 */
export function respellContactIds<T extends { delivery: Row }>(
  random: Random,
  items: readonly T[],
  column: string,
): T[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const stored = item.delivery[column];
    if (typeof stored !== "string" || spellingOf(stored) === undefined) return item;
    const key = normalizeId(stored);
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    const spelling = index < contactIdSpellings.length ? contactIdSpellings[index] : random.weighted(spellingMix);
    return { ...item, delivery: { ...item.delivery, [column]: spellContactId(stored, spelling) } };
  });
}

function phoneNumber(random: Random): string {
  return random.chance(0.7) ? `+1425555${random.chars(4, "0123456789")}` : `+4930${random.chars(8, "0123456789")}`;
}

/** A mobile number in the country of the main one (555 numbers are fictional in the US). */
function mobileNumber(random: Random, phone: string): string {
  return phone.startsWith("+1") ? `+1206555${random.chars(4, "0123456789")}` : `+49151${random.chars(8, "0123456789")}`;
}

/** first.last@example.com in plain ASCII, with a number when two contacts share a name. */
function emailFor(firstName: string, lastName: string, taken: Set<string>): string {
  const ascii = (text: string): string =>
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z]/g, "");
  const base = `${ascii(firstName)}.${ascii(lastName)}`;
  let candidate = base;
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${base}${suffix}`;
  taken.add(candidate);
  return `${candidate}@example.com`;
}

/**
 * The long tail: `count` contacts from the "people" fork, drawn exactly as before they had
 * rows of their own (id, last name, phone, locale), so adding the row's other columns shifts
 * no id; emails follow from the names, mobiles come from a fork of their own.
 */
export function createContacts(people: Random, details: Random, count: number): SampleContact[] {
  const taken = new Set<string>();
  return Array.from({ length: count }, (_, index) => {
    const id = people.guid();
    const firstName = firstNames[index % firstNames.length];
    const lastName = people.pick(lastNames);
    const phone = phoneNumber(people);
    const locale = people.pick(locales);
    return {
      id,
      name: `${firstName} ${lastName}`,
      firstName,
      lastName,
      phone,
      mobilePhone: details.chance(0.8) ? mobileNumber(details, phone) : null,
      email: emailFor(firstName, lastName, taken),
      locale,
    };
  });
}

export interface FeaturedContactSpec {
  /** Stable key for tests and addresses (?page=contact&record=contact:200-deliveries). */
  key: string;
  firstName: string;
  lastName: string;
  locale: string;
  deliveryCount: number;
  /** What the contact switcher calls it. */
  title: string;
}

/** The contacts the contact form is for, in the order the switcher lists them. */
export const featuredContactSpecs: readonly FeaturedContactSpec[] = [
  {
    key: "contact:no-deliveries",
    firstName: "Nadia",
    lastName: "Noorders",
    locale: "nl-NL",
    deliveryCount: 0,
    title: "Nadia Noorders (no deliveries)",
  },
  {
    key: "contact:one-delivery",
    firstName: "Una",
    lastName: "Einzel",
    locale: "de-DE",
    deliveryCount: 1,
    title: "Una Einzel (1 delivery)",
  },
  {
    key: "contact:40-deliveries",
    firstName: "Farah",
    lastName: "Fortier",
    locale: "fr-FR",
    deliveryCount: 40,
    title: "Farah Fortier (40 deliveries)",
  },
  {
    key: "contact:200-deliveries",
    firstName: "Hana",
    lastName: "Hundertmark",
    locale: "de-DE",
    deliveryCount: 200,
    title: "Hana Hundertmark (200 deliveries)",
  },
];

/** The featured contacts' own fields, from a fork of their own. Their names are plain names; the titles say what they are. */
export function createFeaturedContacts(random: Random): SampleContact[] {
  const taken = new Set<string>();
  return featuredContactSpecs.map((spec) => {
    const id = random.guid();
    const phone = phoneNumber(random);
    return {
      id,
      name: `${spec.firstName} ${spec.lastName}`,
      firstName: spec.firstName,
      lastName: spec.lastName,
      phone,
      mobilePhone: mobileNumber(random, phone),
      email: emailFor(spec.firstName, spec.lastName, taken),
      locale: spec.locale,
    };
  });
}

export function featuredContactEntries(contacts: readonly SampleContact[]): FeaturedContact[] {
  return featuredContactSpecs.map((spec, index) => ({
    id: contacts[index].id,
    key: spec.key,
    title: spec.title,
    deliveryCount: spec.deliveryCount,
  }));
}

/** The contact table's rows: what a contact form shows. */
export function contactRows(contacts: readonly SampleContact[]): Row[] {
  return contacts.map((contact) => ({
    [C.id]: contact.id,
    [C.fullName]: contact.name,
    [C.firstName]: contact.firstName,
    [C.lastName]: contact.lastName,
    [C.email]: contact.email,
    [C.businessPhone]: contact.phone,
    [C.mobilePhone]: contact.mobilePhone,
  }));
}

/** How many deliveries name each contact, whatever the spelling, by lower-case id. */
export function deliveriesPerContact(deliveries: readonly Row[], column: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of deliveries) {
    const stored = row[column];
    if (typeof stored !== "string" || spellingOf(stored) === undefined) continue;
    const key = normalizeId(stored);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
