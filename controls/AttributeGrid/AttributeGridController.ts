import type { AttributeViewModel } from "../../domain/attributes";
import { loadStateOf, type LoadState } from "./loadState";
import { datasetToViewModel, emptyViewModel } from "./viewModel";

type DataSet = ComponentFramework.PropertyTypes.DataSet;

/** The same ids in the same order (the host hands a new array for each updateView). */
function sameIds(ids: string[], previous: string[]): boolean {
  return ids.length === previous.length && ids.every((id, index) => id === previous[index]);
}

/**
 * How long the rows of an unfinished first load may stay hidden. A first load that completes
 * quickly is rendered once, when its last page arrives: showing each page would sort and
 * render the growing list again for nothing. A slower one shows what has arrived once it has
 * taken this long (the controller asks the host for a render then if no page arrives), and
 * from then on every page as it comes.
 */
export const revealAfterMs = 250;

/**
 * The grid's paged state: pages the dataset to the end and keeps the view model, rebuilt only
 * when the dataset changed. The first load shows its rows when the last page arrives, or
 * earlier when it takes long (revealAfterMs). Once the set has been complete, a reload keeps
 * showing it until the reload is complete too, instead of shrinking to the first page and back.
 */
export class AttributeGridController {
  model: AttributeViewModel = emptyViewModel;
  load: LoadState = { kind: "loading" };
  /** Undefined until the first update. */
  private dataset: DataSet | undefined;
  /** What the last update saw of the dataset (see update); undefined before the first. */
  private seen: unknown[] | undefined;
  /** When the first load began; the rows it brings stay hidden at most revealAfterMs after that. */
  private readonly startedAt = Date.now();
  private revealTimer: number | undefined;
  /** The reveal timer has fired (timers may fire a little before the clock says so). */
  private revealDue = false;
  /** The model holds a complete load of the dataset (not just its first pages). */
  private complete = false;
  /** Record count at the last loadNextPage call, so one page is never requested twice. */
  private requestedAt = -1;

  /** The host's factory, for the render that reveals a slow first load. */
  constructor(private readonly factory: Pick<ComponentFramework.Factory, "requestRender">) {}

  /**
   * Reads the dataset when it changed since the last call, found from the dataset itself:
   * updatedProperties may list nothing (the first calls in a model-driven app, Microsoft's test
   * harness after loading the records), everything, or the same change twice. A change is new
   * sortedRecordIds (compared element by element only when the array is another one), another
   * records object, or paging state (hasNextPage, loading, error) that differs; the reveal
   * timer's render counts as one too. A call that changes nothing reads nothing.
   */
  update(dataset: DataSet): void {
    const ids = dataset.sortedRecordIds;
    const seen = this.seen;
    const now = (this.seen = [
      ids,
      dataset.records,
      dataset.paging.hasNextPage,
      dataset.loading,
      dataset.error,
      this.revealDue,
    ]);
    this.dataset = dataset;
    if (
      !seen ||
      now.some((value, index) => value !== seen[index] && (index > 0 || !sameIds(ids, seen[0] as string[])))
    ) {
      this.read(dataset);
    }
  }

  readonly open = (id: string): void => {
    const dataset = this.dataset;
    const record = dataset && dataset.records[id];
    if (record) dataset.openDatasetItem(record.getNamedReference());
  };

  dispose(): void {
    window.clearTimeout(this.revealTimer);
  }

  private read(dataset: DataSet): void {
    const load = (this.load = loadStateOf(dataset));
    if (load.kind === "paging") {
      if (!dataset.loading && this.requestedAt !== load.loaded) {
        this.requestedAt = load.loaded;
        dataset.paging.loadNextPage();
      }
      if (this.complete) return;
      const wait = this.startedAt + revealAfterMs - Date.now();
      if (wait > 0 && !this.revealDue) {
        this.revealTimer =
          this.revealTimer ||
          window.setTimeout(() => {
            this.revealDue = true;
            this.factory.requestRender();
          }, wait);
        return;
      }
    } else if (load.kind === "ready") {
      this.requestedAt = -1;
      this.complete = true;
    } else {
      return;
    }
    window.clearTimeout(this.revealTimer);
    this.model = datasetToViewModel(dataset, this.model);
  }
}
