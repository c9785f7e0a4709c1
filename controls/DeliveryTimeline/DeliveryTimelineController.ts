import { classifyStatus } from "../../domain/delivery/status";
import { DeliveryNames } from "../../domain/tables/names";
import type { HostRecord } from "../shared/contextInfo";
import { createStore } from "../shared/useStore";
import { classifyWebApiError } from "../shared/webApiError";
import type { StatusState } from "./statusState";

/**
 * A save or refresh reaches updateView as several calls in a row, one per changed column or
 * a few together; waiting this long after the last one turns them into one request.
 */
export const statusRereadDelay = 300;

/**
 * One query for msdyn_status of one row, filtering on the primary key instead of a
 * retrieveRecord: an elastic row with a custom partitionid is not found by its id alone, and
 * the control cannot know the partition (see the data model's "Partition ids"). `id` comes
 * from hostRecordOf without braces, as a GUID literal in $filter must be.
 */
function statusQuery(id: string): string {
  return `?$select=${DeliveryNames.status}&$filter=${DeliveryNames.id} eq ${id}&$top=1`;
}

/**
 * The time line's asynchronous state: msdyn_status of the current row, read with one query
 * (statusQuery). The column is not valid for forms, so it cannot be a bound property. It reads at once when the row changes (a new
 * record gets its id on first save; another row's status would be wrong, so "Loading" shows),
 * again shortly after a bound column changes (the service changes the status as it writes
 * those, and a form save or refresh brings them in), and when the user retries a failure.
 */
export class DeliveryTimelineController {
  readonly store = createStore<StatusState>({ kind: "loading" });
  private requestedId: string | undefined;
  // Answers to an earlier request (another row, a newer read, a destroyed control) are ignored.
  private generation = 0;
  private timer: number | undefined;

  constructor(private readonly webAPI: ComponentFramework.WebApi) {}

  /** `changed`: a bound column changed since the last call, so the status may have too. */
  show(record: HostRecord, changed: boolean): void {
    if (record.entityTypeName && record.entityTypeName !== DeliveryNames.table) {
      this.forget({ kind: "wrongTable" });
    } else if (!record.entityId) {
      this.forget({ kind: "newRecord" });
    } else if (record.entityId !== this.requestedId) {
      void this.load(record.entityId, true);
    } else if (changed) {
      const id = record.entityId;
      window.clearTimeout(this.timer);
      // The last known status stays on screen while it is read again: no flash of "Loading".
      this.timer = window.setTimeout(() => void this.load(id, false), statusRereadDelay);
    }
  }

  readonly retry = (): void => {
    if (this.requestedId) {
      void this.load(this.requestedId, true);
    }
  };

  dispose(): void {
    window.clearTimeout(this.timer);
    this.generation += 1;
  }

  private async load(id: string, showLoading: boolean): Promise<void> {
    window.clearTimeout(this.timer);
    this.requestedId = id;
    const generation = ++this.generation;
    if (showLoading) {
      this.store.set({ kind: "loading" });
    }
    let next: StatusState;
    try {
      // Indexing, not destructuring: the ES5 output would bundle an iterator helper for it.
      const row = (await this.webAPI.retrieveMultipleRecords(DeliveryNames.table, statusQuery(id))).entities[0] as
        ComponentFramework.WebApi.Entity | undefined;
      // No row is what a retrieveRecord's 404 was: say so the same way.
      next = row
        ? { kind: "loaded", status: classifyStatus(row[DeliveryNames.status] as string | null | undefined) }
        : { kind: "failed", failure: "notFound" };
    } catch (error) {
      next = { kind: "failed", failure: classifyWebApiError(error) };
    }
    if (generation === this.generation) {
      this.store.set(next);
    }
  }

  private forget(state: StatusState): void {
    this.dispose();
    this.requestedId = undefined;
    if (this.store.get().kind !== state.kind) {
      this.store.set(state);
    }
  }
}
