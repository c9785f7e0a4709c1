/**
 * What the contact form page offers and opens: the contacts of the sample data with how many
 * deliveries name each (in which spellings), the four featured ones first, and the id a form
 * hands a control. Pure (no React, no DOM), so the Jest tests check it.
 */
import { DeliveryNames as D } from "../../domain/tables";
import { contactIdSpellings, spellingOf, type ContactIdSpelling } from "../data/contacts";
import { normalizeId } from "../data/store";
import type { SampleData } from "../data/types";

export interface ContactChoice {
  /** Lower case, no braces, as the store keys it. */
  id: string;
  /** Featured contacts only: contact:no-deliveries ... */
  key?: string;
  name: string;
  /** What the switcher shows. */
  title: string;
  featured: boolean;
  deliveryCount: number;
  /** How many of its deliveries store the id in each spelling. */
  spellings: Readonly<Record<ContactIdSpelling, number>>;
}

const plural = (count: number): string => (count === 1 ? "1 delivery" : `${count} deliveries`);

const noSpellings = (): Record<ContactIdSpelling, number> =>
  Object.fromEntries(contactIdSpellings.map((name) => [name, 0])) as Record<ContactIdSpelling, number>;

const cache = new WeakMap<SampleData, readonly ContactChoice[]>();

/** Every contact, the featured ones first (in their order), then the long tail in data order. */
export function contactChoices(data: SampleData): readonly ContactChoice[] {
  const cached = cache.get(data);
  if (cached) return cached;
  const counts = new Map<string, Record<ContactIdSpelling, number>>();
  for (const row of data.deliveries) {
    const stored = String(row[D.contactId] ?? "");
    const spelling = spellingOf(stored);
    if (!spelling) continue;
    const key = normalizeId(stored);
    const entry = counts.get(key) ?? noSpellings();
    entry[spelling] += 1;
    counts.set(key, entry);
  }
  const featured = new Map(data.featuredContacts.map((entry) => [entry.id, entry]));
  const choices = data.contacts.map((contact): ContactChoice => {
    const spellings = counts.get(contact.id) ?? noSpellings();
    const deliveryCount = contactIdSpellings.reduce((sum, name) => sum + spellings[name], 0);
    const entry = featured.get(contact.id);
    return {
      id: contact.id,
      ...(entry && { key: entry.key }),
      name: contact.name,
      title: entry?.title ?? `${contact.name} (${plural(deliveryCount)})`,
      featured: entry !== undefined,
      deliveryCount,
      spellings,
    };
  });
  const ordered = [
    ...data.featuredContacts.flatMap((entry) => choices.filter((choice) => choice.id === entry.id)),
    ...choices.filter((choice) => !choice.featured),
  ];
  cache.set(data, ordered);
  return ordered;
}

/** The contact a record parameter names: a featured contact's key, or an id in any spelling. */
export function resolveContact(data: SampleData, record: string): ContactChoice | undefined {
  const choices = contactChoices(data);
  const byKey = choices.find((choice) => choice.key === record);
  if (byKey) return byKey;
  const id = normalizeId(record);
  return choices.find((choice) => choice.id === id);
}

/**
 * The id as a form gives it to a control (formContext.data.entity.getId()): upper case in
 * braces. The contact form page puts this in context.mode.contextInfo.entityId.
 */
export function formEntityId(id: string): string {
  return `{${normalizeId(id).toUpperCase()}}`;
}

/** "120 lower, 30 UPPER, 20 {lower}, 30 {UPPER}": how the contact's deliveries spell its id. */
export function spellingSummary(choice: ContactChoice): string {
  const labels: Record<ContactIdSpelling, string> = {
    lower: "lower",
    upper: "UPPER",
    "braced-lower": "{lower}",
    "braced-upper": "{UPPER}",
  };
  const parts = contactIdSpellings
    .filter((name) => choice.spellings[name] > 0)
    .map((name) => `${choice.spellings[name]} ${labels[name]}`);
  return parts.length > 0 ? parts.join(", ") : "none";
}
