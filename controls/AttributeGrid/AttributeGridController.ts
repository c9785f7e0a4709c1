import type { AttributeViewModel } from "../../domain/attributes";
import { loadStateOf, type LoadState } from "./loadState";
import { datasetToViewModel, emptyViewModel } from "./viewModel";

type DataSet = ComponentFramework.PropertyTypes.DataSet;

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
   * `changed`: the host reports a dataset change. The first call counts as one (a model-driven
   * app may list no updated properties then), and while the first load is incomplete every
   * call looks at the dataset, the reveal timer's render too.
   */
  update(dataset: DataSet, changed: boolean): void {
    if (!this.dataset || changed || (this.load.kind === "paging" && !this.complete)) {
      this.read(dataset);
    }
    this.dataset = dataset;
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
