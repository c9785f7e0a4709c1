import { classifyStatus } from "../../domain/delivery/status";
import { DeliveryNames } from "../../domain/tables/names";
import type { HostRecord } from "../shared/contextInfo";
import { createStore } from "../shared/useStore";
import { classifyWebApiError, webApiErrorDetail } from "../shared/webApiError";
import type { StatusState } from "./statusState";

/**
 * Reads msdyn_status of the current row with one retrieveRecord. The column is not valid
 * for forms, so it cannot be a bound property. It asks again only when the row changes
 * (a new record gets its id on first save) or the user retries after a failure.
 */
export class StatusLoader {
  readonly store = createStore<StatusState>({ kind: "loading" });
  private requestedId: string | undefined;
  // Answers to an earlier request (another row, a retry, a destroyed control) are ignored.
  private generation = 0;

  constructor(private readonly webAPI: ComponentFramework.WebApi) {}

  show(record: HostRecord): void {
    if (record.entityTypeName && record.entityTypeName !== DeliveryNames.table) {
      this.requestedId = undefined;
      this.setIfChanged({ kind: "wrongTable" });
      return;
    }
    if (!record.entityId) {
      this.requestedId = undefined;
      this.setIfChanged({ kind: "newRecord" });
      return;
    }
    if (record.entityId !== this.requestedId) {
      void this.load(record.entityId);
    }
  }

  readonly retry = (): void => {
    if (this.requestedId) {
      void this.load(this.requestedId);
    }
  };

  dispose(): void {
    this.generation += 1;
  }

  private async load(id: string): Promise<void> {
    this.requestedId = id;
    this.generation += 1;
    const generation = this.generation;
    this.store.set({ kind: "loading" });
    let next: StatusState;
    try {
      const row = await this.webAPI.retrieveRecord(DeliveryNames.table, id, `?$select=${DeliveryNames.status}`);
      next = { kind: "loaded", status: classifyStatus(row[DeliveryNames.status] as string | null | undefined) };
    } catch (error) {
      next = { kind: "failed", failure: classifyWebApiError(error), detail: webApiErrorDetail(error) };
    }
    if (generation === this.generation) {
      this.store.set(next);
    }
  }

  private setIfChanged(state: StatusState): void {
    if (this.store.get().kind !== state.kind) {
      this.store.set(state);
    }
  }
}
