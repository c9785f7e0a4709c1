import * as React from "react";
import { defaultCollator, type AttributeViewModel } from "../../domain/attributes";
import { localeOf } from "../shared/locale";
import { createStrings } from "../shared/strings";
import { createBaseTheme, createThemeCache, type BaseTheme } from "../shared/theme";
import { AttributeGridView } from "./AttributeGrid";
import { copyText } from "./clipboard";
import type { IInputs, IOutputs } from "./inputs";
import { loadStateOf, type LoadState } from "./loadState";
import { revealAfterMs } from "./revealTimer";
import type { AttributeGridStringKey, AttributeGridStrings } from "./strings";
import { createDateFormatter, datasetToViewModel, emptyViewModel, type DateFormatter } from "./viewModel";

type DataSet = ComponentFramework.PropertyTypes.DataSet;

/** Large pages keep the number of round trips low; a delivery rarely has more attributes. */
const pageSize = 5000;

/**
 * Thin adapter between the host and the view: it pages the dataset to the end, rebuilds the
 * view model only when the host reports a dataset change, and hands everything else
 * (theme, strings, direction) to the view as ready-made values.
 *
 * The first load shows its rows when the last page arrives, or earlier when it takes long
 * (revealAfterMs). Once the set has been complete, a reload keeps showing it until the
 * reload is complete too, instead of shrinking to the first page and back.
 */
export class AttributeGrid implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private dataset!: DataSet;
  private strings!: AttributeGridStrings;
  private themeOf!: (context: ComponentFramework.Context<unknown>) => BaseTheme;
  private collator!: Intl.Collator;
  private formatDate!: DateFormatter;
  private requestRender!: () => void;
  /** When the first load began; the rows it brings stay hidden at most revealAfterMs after that. */
  private readonly startedAt = Date.now();
  private revealTimer: number | undefined;
  /** The reveal timer has fired (timers may fire a little before the clock says so). */
  private revealDue = false;
  private model: AttributeViewModel = emptyViewModel;
  private load: LoadState = { kind: "loading" };
  /** The model holds a complete load of the dataset (not just its first pages). */
  private complete = false;
  private seenFirstUpdate = false;
  /** Record count at the last loadNextPage call, so one page is never requested twice. */
  private requestedAt = -1;

  init(context: ComponentFramework.Context<IInputs>): void {
    context.mode.trackContainerResize(true);
    context.parameters.attributes.paging.setPageSize(pageSize);
    this.strings = createStrings<AttributeGridStringKey>(context.resources);
    this.themeOf = createThemeCache(createBaseTheme);
    const locale = localeOf(context.userSettings.languageId);
    this.collator = defaultCollator(locale);
    this.formatDate = createDateFormatter(locale);
    this.requestRender = () => context.factory.requestRender();
  }

  updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    const mode = context.mode;
    this.dataset = context.parameters.attributes;
    // The first call in a model-driven app may list no updated properties at all. While the
    // first load is incomplete every call looks at the dataset, the reveal timer's render too.
    const changed = (context.updatedProperties || []).some((name) => name === "dataset" || name === "attributes");
    if (!this.seenFirstUpdate || changed || (this.load.kind === "paging" && !this.complete)) {
      this.seenFirstUpdate = true;
      this.onDatasetChanged(this.dataset);
    }
    return React.createElement(AttributeGridView, {
      model: this.model,
      load: this.load,
      strings: this.strings,
      theme: this.themeOf(context as ComponentFramework.Context<unknown>),
      collator: this.collator,
      height: mode.allocatedHeight > 0 ? mode.allocatedHeight : undefined,
      formatDate: this.formatDate,
      onOpen: this.open,
      copyText,
    });
  }

  getOutputs(): IOutputs {
    return {};
  }

  destroy(): void {
    window.clearTimeout(this.revealTimer);
  }

  private onDatasetChanged(dataset: DataSet): void {
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
            this.requestRender();
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

  private readonly open = (id: string): void => {
    const record = this.dataset.records[id];
    if (record) this.dataset.openDatasetItem(record.getNamedReference());
  };
}
