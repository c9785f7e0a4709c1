import * as React from "react";
import { defaultCollator, type AttributeViewModel } from "../../domain/attributes";
import { localeOf } from "../shared/locale";
import { createStrings } from "../shared/strings";
import { createThemeCache, type ControlTheme } from "../shared/theme";
import { AttributeGridView, type AttributeGridProps } from "./AttributeGrid";
import { copyText } from "./clipboard";
import type { IInputs, IOutputs } from "./inputs";
import { loadStateOf, type LoadState } from "./loadState";
import type { AttributeGridStringKey, AttributeGridStrings } from "./strings";
import { createDateFormatter, datasetToViewModel, emptyViewModel, type DateFormatter } from "./viewModel";

const datasetName = "attributes";

/** Large pages keep the number of round trips low; a delivery rarely has more attributes. */
const pageSize = 5000;

/**
 * Thin adapter between the host and the view: it pages the dataset to the end, rebuilds the
 * view model only when the host reports a dataset change, and hands everything else
 * (theme, strings, direction) to the view as ready-made values.
 */
export class AttributeGrid implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private dataset: ComponentFramework.PropertyTypes.DataSet | undefined;
  private strings!: AttributeGridStrings;
  private themeOf!: (context: ComponentFramework.Context<unknown>) => ControlTheme;
  private collator!: Intl.Collator;
  private formatDate!: DateFormatter;
  private model: AttributeViewModel = emptyViewModel;
  private load: LoadState = { kind: "loading" };
  private seenFirstUpdate = false;
  /** Record count at the last loadNextPage call, so one page is never requested twice. */
  private requestedAt = -1;

  init(context: ComponentFramework.Context<IInputs>): void {
    context.mode.trackContainerResize(true);
    context.parameters.attributes.paging?.setPageSize?.(pageSize);
    this.strings = createStrings<AttributeGridStringKey>(context.resources);
    this.themeOf = createThemeCache();
    const locale = localeOf(context.userSettings?.languageId);
    this.collator = defaultCollator(locale);
    this.formatDate = createDateFormatter(locale);
  }

  updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    this.dataset = context.parameters.attributes;
    // The first call in a model-driven app may list no updated properties at all.
    if (!this.seenFirstUpdate || datasetChanged(context.updatedProperties)) {
      this.seenFirstUpdate = true;
      this.onDatasetChanged(this.dataset);
    }
    const props: AttributeGridProps = {
      model: this.model,
      load: this.load,
      strings: this.strings,
      theme: this.themeOf(context as ComponentFramework.Context<unknown>),
      collator: this.collator,
      height: context.mode.allocatedHeight > 0 ? context.mode.allocatedHeight : undefined,
      onOpen: this.open,
      copyText,
    };
    return React.createElement(AttributeGridView, props);
  }

  getOutputs(): IOutputs {
    return {};
  }

  destroy(): void {
    this.dataset = undefined;
  }

  private onDatasetChanged(dataset: ComponentFramework.PropertyTypes.DataSet): void {
    this.load = loadStateOf(dataset);
    if (this.load.kind === "paging" && !dataset.loading && this.requestedAt !== this.load.loaded) {
      this.requestedAt = this.load.loaded;
      dataset.paging.loadNextPage();
    } else if (this.load.kind === "ready") {
      this.requestedAt = -1;
      this.model = datasetToViewModel(dataset, this.formatDate);
    }
  }

  private readonly open = (id: string): void => {
    const record = this.dataset?.records[id];
    if (record) this.dataset?.openDatasetItem(record.getNamedReference());
  };
}

function datasetChanged(updatedProperties: string[] | undefined): boolean {
  return (updatedProperties ?? []).some((name) => name === "dataset" || name === datasetName);
}
