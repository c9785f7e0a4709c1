import * as React from "react";
import { hostRecordOf } from "../shared/contextInfo";
import { InputChangeTracker } from "../shared/inputChanges";
import { localeOf } from "../shared/locale";
import { createStoredDateFormatter, type StoredDateFormatter } from "../shared/storedDate";
import { createStrings } from "../shared/strings";
import { createControlTheme, createThemeCache } from "../shared/theme";
import { DeliveryTimelineView } from "./DeliveryTimelineView";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { StatusLoader } from "./StatusLoader";
import { readTimelineInputs, timelinePropertyNames, type TimelineInputs } from "./timelineInputs";
import type { TimelineStringKey, TimelineStrings } from "./timelineStrings";

/** Below this width the date list uses one column. */
const compactWidth = 420;

/**
 * PCF adapter for the delivery time line: reads the bound dates and texts when they change,
 * reads msdyn_status through the Web API (again when the row or a bound column changes), and
 * hands both to the view.
 */
export class DeliveryTimeline implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private strings: TimelineStrings;
  private formatDate: StoredDateFormatter;
  private statusLoader: StatusLoader;
  private inputs: TimelineInputs;
  private readonly changes = new InputChangeTracker();
  private readonly themeFor = createThemeCache(createControlTheme);

  init(context: ComponentFramework.Context<IInputs>): void {
    this.strings = createStrings<TimelineStringKey>(context.resources);
    this.formatDate = createStoredDateFormatter(localeOf(context.userSettings?.languageId));
    this.statusLoader = new StatusLoader(context.webAPI);
    // The layout switches between one and two columns with the width.
    context.mode.trackContainerResize(true);
  }

  updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    const changed = this.changes.changed(context, timelinePropertyNames);
    if (changed) {
      this.inputs = readTimelineInputs(context.parameters);
    }
    this.statusLoader.show(hostRecordOf(context), changed);
    const width = context.mode.allocatedWidth;
    return React.createElement(DeliveryTimelineView, {
      inputs: this.inputs,
      statusStore: this.statusLoader.store,
      onRetry: this.statusLoader.retry,
      strings: this.strings,
      theme: this.themeFor(context),
      formatDate: this.formatDate,
      compact: width > 0 && width < compactWidth,
    });
  }

  getOutputs(): IOutputs {
    // Read-only control: it never changes the bound columns.
    return {};
  }

  destroy(): void {
    this.statusLoader.dispose();
  }
}
