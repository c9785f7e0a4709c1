/** Shapes of the sample data: rows keyed by column logical name, plus the catalogue around them. */

/** Dates are ISO 8601 UTC strings, lookups hold the referenced row's id, choices their number. */
export type RowValue = string | number | null;
export type Row = Record<string, RowValue>;

export interface NamedRef {
  id: string;
  name: string;
}

export interface SampleContact extends NamedRef {
  firstName: string;
  lastName: string;
  /** The number deliveries call (msdyn_to_address); the contact row's telephone1. */
  phone: string;
  /** The contact row's mobilephone; some contacts have none. */
  mobilePhone: string | null;
  /** The contact row's emailaddress1, at example.com. */
  email: string;
  locale: string;
}

export interface SampleConfiguration extends NamedRef {
  queueId: string;
  dialMode: string;
}

/** A record picked for the record switcher, with what makes it worth looking at. */
export interface CatalogueEntry {
  id: string;
  /** Stable key tests and URLs use (?record=broken:html-injection). */
  key: string;
  title: string;
  /** For broken records: what is wrong with it. */
  problem?: string;
}

export interface SampleData {
  seed: number;
  /** The moment the data was generated around (ISO): windows of pending deliveries lie after it. */
  now: string;
  deliveries: Row[];
  attributes: Row[];
  contacts: SampleContact[];
  queues: NamedRef[];
  configurations: SampleConfiguration[];
  journeys: NamedRef[];
  /**
   * Rows of the tables a delivery names by id (contact, msdyn_ocliveworkitem, queue,
   * msdyn_proactive_engagement_config), by logical name: what RelatedRecords resolves.
   */
  related: Readonly<Record<string, Row[]>>;
  /** One representative record of each status, for quick switching. */
  featured: CatalogueEntry[];
  /** The deliberately broken records. */
  broken: CatalogueEntry[];
  /**
   * The contacts made for the contact form, with exactly 0, 1, 40 and 200 deliveries (keys
   * contact:no-deliveries ...), in that order; their rows lead `contacts`.
   */
  featuredContacts: FeaturedContact[];
}

/** A contact made to be looked at on the contact form, with how many deliveries name it. */
export interface FeaturedContact extends CatalogueEntry {
  deliveryCount: number;
}

export interface SampleOptions {
  seed?: number;
  /** The moment to generate around; defaults to a fixed instant so the data is fully deterministic. */
  now?: Date | string | number;
  deliveryCount?: number;
  contactCount?: number;
}
