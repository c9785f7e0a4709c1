import type { DataverseClient } from "dataverse-ify";
import { buildAttributeViewModel } from "../../domain/attributes/buildViewModel";
import type { RawAttribute } from "../../domain/attributes/types";
import { matchContactId, type ContactIdMatch } from "../../domain/deliveries/contactId";
import { deliveryItemOf, type DeliveryItem } from "../../domain/deliveries/deliveryItem";
import { summarizeKnown } from "../../domain/deliveries/summary";
import { AttributeNames as A, DeliveryNames as D } from "../../domain/tables/names";
import {
  attributeOf,
  createDataverseClient,
  deliveryFactsOf,
  deliveryAttributes,
  firstDeliveryPage,
  nextAttributePage,
  nextDeliveryPage,
  type DeliveryEntity,
  type Page,
} from "../../dataverse/contactDeliveries";
import { retryAfterMs } from "../shared/retryAfter";
import { createStore } from "../shared/useStore";
import { classifyWebApiError, isMissingTableError } from "../shared/webApiError";
import {
  canRetry,
  failureOf,
  type AttributesState,
  type ContactDeliveriesState,
  type ReadFailure,
} from "./deliveriesState";

/** Deliveries per page: a screenful and then some; more arrive as the list scrolls. */
export const pageSize = 50;
/** A read the service answers with 429 or 503 is tried again this many times, after Retry-After. */
export const busyRetries = 3;

export interface ControllerOptions {
  now?: () => Date;
}

const contactTable = "contact";

type ContactState = Extract<ContactDeliveriesState, { kind: "contact" }>;
type ValidContact = Extract<ContactIdMatch, { kind: "valid" }>;

const wait = (milliseconds: number): Promise<void> =>
  new Promise((resolve) => {
    window.setTimeout(resolve, milliseconds);
  });

function messageOf(error: unknown): string {
  const message = typeof error === "object" && error !== null ? (error as { message?: unknown }).message : error;
  return typeof message === "string" ? message : "";
}

/**
 * A contact's deliveries and the chosen delivery's attributes, read through dataverse-ify.
 *
 * First paint takes two requests whatever the number of deliveries: one page of deliveries,
 * then the newest delivery's attributes. Scrolling asks for the next page once (a request in
 * flight is not repeated); choosing a delivery asks for its attributes once (answers and
 * requests in flight are kept per delivery). A read the service refuses as busy (429, 503)
 * waits for Retry-After and tries again, up to three times, and says so; no access stops at
 * once; anything else waits for the user's Retry.
 */
export class ContactDeliveriesController {
  readonly store = createStore<ContactDeliveriesState>({ kind: "noContact", reason: "empty", text: "" });
  private readonly client: DataverseClient;
  private readonly now: () => Date;
  // Answers meant for a contact the control no longer shows (another record, destroyed) are dropped.
  private generation = 0;
  private contact?: ValidContact;
  private nextLink?: string;
  private readonly attributeReads = new Map<string, Promise<AttributesState>>();
  private readonly attributeAnswers = new Map<string, AttributesState>();
  private failedStep?: () => void;

  constructor(
    webAPI: ComponentFramework.WebApi,
    private readonly navigation: ComponentFramework.Navigation,
    options: ControllerOptions = {},
  ) {
    this.client = createDataverseClient(webAPI);
    this.now = options.now ?? (() => new Date());
  }

  /**
   * The form's row: the contact id (getId() spelling, a bare GUID, or nothing on a new record)
   * and its table, when the host says (a control placed on another table's form shows why it
   * has nothing to show).
   */
  show(contactIdText: string | undefined, tableName?: string): void {
    const match: ContactIdMatch | { kind: "invalid"; reason: "wrongTable"; text: string } =
      tableName && tableName !== contactTable
        ? { kind: "invalid", reason: "wrongTable", text: tableName }
        : matchContactId(contactIdText);
    const current = this.store.get();
    if (match.kind === "invalid") {
      if (current.kind === "noContact" && current.reason === match.reason && current.text === match.text) return;
      this.reset();
      this.store.set({ kind: "noContact", reason: match.reason, text: match.text });
      return;
    }
    if (current.kind === "contact" && current.contactId === match.id) return;
    this.reset();
    this.contact = match;
    this.store.set({
      kind: "contact",
      contactId: match.id,
      items: [],
      summary: summarizeKnown([], false),
      read: { kind: "reading" },
      hasMore: false,
      attributes: { kind: "none" },
    });
    void this.readFirstPage(this.generation);
  }

  /** The next page, when there is one and none is being read. */
  readonly loadMore = (): void => {
    const state = this.contactState();
    if (!state || !state.hasMore || !this.nextLink) return;
    if (state.read.kind === "reading" || state.read.kind === "retrying" || state.read.kind === "failed") return;
    void this.readNextPage(this.generation, this.nextLink);
  };

  /** Shows a delivery's attributes: from the cache, or with one request. */
  readonly select = (deliveryId: string): void => {
    const state = this.contactState();
    if (!state || !state.items.some((item) => item.id === deliveryId)) return;
    if (state.selectedId === deliveryId && state.attributes.kind !== "failed") return;
    this.patch({ selectedId: deliveryId });
    void this.showAttributes(this.generation, deliveryId);
  };

  readonly open = (deliveryId: string): void => {
    void this.navigation.openForm({ entityName: D.table, entityId: deliveryId });
  };

  readonly openAttribute = (attributeId: string): void => {
    void this.navigation.openForm({ entityName: A.table, entityId: attributeId });
  };

  /** Reads the chosen delivery's attributes again after a failure. */
  readonly retryAttributes = (): void => {
    const state = this.contactState();
    if (state?.selectedId && state.attributes.kind === "failed") this.select(state.selectedId);
  };

  /** Runs the read of deliveries that failed again. */
  readonly retry = (): void => {
    const step = this.failedStep;
    this.failedStep = undefined;
    step?.();
  };

  dispose(): void {
    this.reset();
  }

  private reset(): void {
    this.generation += 1;
    this.contact = undefined;
    this.nextLink = undefined;
    this.failedStep = undefined;
    this.attributeReads.clear();
    this.attributeAnswers.clear();
  }

  private contactState(): ContactState | undefined {
    const state = this.store.get();
    return state.kind === "contact" ? state : undefined;
  }

  private patch(change: Partial<ContactState>): void {
    const state = this.contactState();
    if (state) this.store.set({ ...state, ...change });
  }

  /**
   * Runs one request, retrying while the service is busy; reports each wait through
   * `onRetrying`. Resolves undefined when the generation changed or the read failed (after
   * `onFailed`), so the caller only handles an answer.
   */
  private async request<T>(
    generation: number,
    run: () => Promise<T>,
    onRetrying: (attempt: number, seconds: number) => void,
    onFailed: (failure: ReadFailure) => void,
  ): Promise<T | undefined> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const answer = await run();
        return generation === this.generation ? answer : undefined;
      } catch (error) {
        if (generation !== this.generation) return undefined;
        const failure = classifyWebApiError(error);
        if (failure === "throttled" && attempt < busyRetries) {
          const milliseconds = retryAfterMs(error);
          onRetrying(attempt + 1, Math.ceil(milliseconds / 1000));
          await wait(milliseconds);
          if (generation !== this.generation) return undefined;
          continue;
        }
        onFailed(failureOf(failure, isMissingTableError(error), messageOf(error)));
        return undefined;
      }
    }
  }

  private readState(): (attempt: number, seconds: number) => void {
    return (attempt, seconds) => this.patch({ read: { kind: "retrying", attempt, of: busyRetries, seconds } });
  }

  private readFailed(step: () => void): (failure: ReadFailure) => void {
    return (failure) => {
      this.failedStep = canRetry(failure) ? step : undefined;
      this.patch({ read: { kind: "failed", failure } });
    };
  }

  private async readFirstPage(generation: number): Promise<void> {
    const contact = this.contact;
    if (!contact) return;
    const retry = (): void => {
      this.patch({ read: { kind: "reading" } });
      void this.readFirstPage(generation);
    };
    const page = await this.request(
      generation,
      () => firstDeliveryPage(this.client, contact, pageSize),
      this.readState(),
      this.readFailed(retry),
    );
    if (!page) return;
    this.addPage(page);
    const newest = this.contactState()?.items[0];
    if (newest) {
      this.patch({ selectedId: newest.id });
      void this.showAttributes(generation, newest.id);
    }
  }

  private async readNextPage(generation: number, nextLink: string): Promise<void> {
    this.patch({ read: { kind: "reading" } });
    const retry = (): void => void this.readNextPage(generation, nextLink);
    const page = await this.request(
      generation,
      () => nextDeliveryPage(this.client, nextLink, pageSize),
      this.readState(),
      this.readFailed(retry),
    );
    if (page) this.addPage(page);
  }

  private addPage(page: Page<DeliveryEntity>): void {
    const state = this.contactState();
    if (!state) return;
    const now = this.now();
    const known = new Set(state.items.map((item) => item.id));
    const added: DeliveryItem[] = [];
    for (const delivery of page.rows) {
      const facts = deliveryFactsOf(delivery);
      // A row the service returns again on a later page (a delivery written meanwhile) shows once.
      if (!facts.id || known.has(facts.id)) continue;
      known.add(facts.id);
      added.push(deliveryItemOf(facts, now));
    }
    this.nextLink = page.nextLink;
    const items = added.length > 0 ? [...state.items, ...added] : state.items;
    this.patch({
      items,
      // Each item's attention reasons were worked out once, when its page arrived.
      summary: summarizeKnown(items, Boolean(page.nextLink)),
      read: { kind: "idle" },
      hasMore: Boolean(page.nextLink),
    });
  }

  private async showAttributes(generation: number, deliveryId: string): Promise<void> {
    const known = this.attributeAnswers.get(deliveryId);
    if (known) {
      this.patch({ attributes: known });
      return;
    }
    this.patch({ attributes: { kind: "loading", deliveryId } });
    let read = this.attributeReads.get(deliveryId);
    if (!read) {
      read = this.readAttributes(generation, deliveryId);
      this.attributeReads.set(deliveryId, read);
    }
    const attributes = await read;
    if (generation !== this.generation) return;
    this.attributeReads.delete(deliveryId);
    // A failed read is not kept: choosing the delivery again, or Retry, asks again.
    if (attributes.kind === "ready") this.attributeAnswers.set(deliveryId, attributes);
    if (this.contactState()?.selectedId === deliveryId) this.patch({ attributes });
  }

  private async readAttributes(generation: number, deliveryId: string): Promise<AttributesState> {
    const rows: RawAttribute[] = [];
    let failed: ReadFailure | undefined;
    const onRetrying = (attempt: number, seconds: number): void => {
      if (this.contactState()?.selectedId === deliveryId) {
        this.patch({ attributes: { kind: "retrying", deliveryId, attempt, of: busyRetries, seconds } });
      }
    };
    const onFailed = (failure: ReadFailure): void => {
      failed = failure;
    };
    let page = await this.request(generation, () => deliveryAttributes(this.client, deliveryId), onRetrying, onFailed);
    // More than the 5,000 rows of one page is rare; the rest follow the service's next links.
    while (page) {
      for (const row of page.rows) rows.push(attributeOf(row));
      const link = page.nextLink;
      if (!link) break;
      page = await this.request(generation, () => nextAttributePage(this.client, link), onRetrying, onFailed);
    }
    if (failed) {
      const failure = failed;
      if (rows.length === 0) return { kind: "failed", deliveryId, failure };
      return { kind: "ready", deliveryId, model: buildAttributeViewModel(rows), partial: true };
    }
    return { kind: "ready", deliveryId, model: buildAttributeViewModel(rows), partial: false };
  }
}
