/**
 * Rows of the related tables, made from the generated data so every id a healthy delivery
 * names resolves: the contacts (with the columns a contact form shows), the queues and
 * configurations the generator drew from, and one
 * conversation per conversation id a delivery holds, with a subject made from the delivery's
 * contact and configuration. Deterministic, since everything it reads is.
 */
import { relatedTables } from "../../domain/related/relatedTables";
import { DeliveryNames as D } from "../../domain/tables";
import { contactRows } from "./contacts";
import { normalizeId } from "./store";
import type { NamedRef, Row, SampleConfiguration, SampleContact } from "./types";

export interface RelatedSources {
  deliveries: readonly Row[];
  contacts: readonly SampleContact[];
  queues: readonly NamedRef[];
  configurations: readonly SampleConfiguration[];
}

/** Rows by table logical name. */
export type RelatedRows = Readonly<Record<string, Row[]>>;

const rowsOf = (kind: keyof typeof relatedTables, refs: readonly NamedRef[]): Row[] =>
  refs.map((ref) => ({
    [relatedTables[kind].primaryIdAttribute]: ref.id,
    [relatedTables[kind].primaryNameAttribute]: ref.name,
  }));

function conversationRows(sources: RelatedSources): Row[] {
  const contactNames = new Map(sources.contacts.map((contact) => [contact.id, contact.name]));
  const configurationNames = new Map(
    sources.configurations.map((configuration) => [configuration.id, configuration.name]),
  );
  const table = relatedTables.conversation;
  const rows = new Map<string, Row>();
  for (const delivery of sources.deliveries) {
    const id = delivery[D.conversationId];
    if (typeof id !== "string" || rows.has(normalizeId(id))) continue;
    // The delivery may spell the contact's id in upper case or in braces.
    const contact = contactNames.get(normalizeId(String(delivery[D.contactId]))) ?? "unknown contact";
    const configuration = configurationNames.get(String(delivery[D.configId])) ?? "proactive engagement";
    rows.set(normalizeId(id), {
      [table.primaryIdAttribute]: normalizeId(id),
      [table.primaryNameAttribute]: `Outbound call to ${contact} (${configuration})`,
    });
  }
  return [...rows.values()];
}

/** `withoutConversations`: conversation ids to leave out, so that they do not resolve. */
export function buildRelatedRows(sources: RelatedSources, withoutConversations: readonly string[] = []): RelatedRows {
  const missing = new Set(withoutConversations.map(normalizeId));
  return {
    [relatedTables.contact.logicalName]: contactRows(sources.contacts),
    [relatedTables.queue.logicalName]: rowsOf("queue", sources.queues),
    [relatedTables.configuration.logicalName]: rowsOf("configuration", sources.configurations),
    [relatedTables.conversation.logicalName]: conversationRows(sources).filter(
      (row) => !missing.has(String(row[relatedTables.conversation.primaryIdAttribute])),
    ),
  };
}
