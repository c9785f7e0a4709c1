import * as React from "react";
import { hostRecordOf } from "../shared/contextInfo";
import { InputChangeTracker } from "../shared/inputChanges";
import { localeOf } from "../shared/locale";
import { createStoredDateFormatter, type StoredDateFormatter } from "../shared/storedDate";
import { createStrings } from "../shared/strings";
import { createControlTheme, createThemeCache } from "../shared/theme";
import { inUpdateView } from "../shared/useStore";
import { DeliveryTimelineView } from "./DeliveryTimelineView";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { DeliveryTimelineController } from "./DeliveryTimelineController";
import { readTimelineInputs, timelinePropertyNames, type TimelineInputs } from "./timelineInputs";
import type { DeliveryTimelineStringKey, DeliveryTimelineStrings } from "./deliveryTimelineStrings";

/** Below this width the date list uses one column. */
const compactWidth = 420;

/**
 * PCF adapter for the delivery time line: reads the bound dates and texts when they change,
 * tells the controller which row is shown and whether a bound column changed (it reads
 * msdyn_status), and hands the inputs and the controller's store to the view. Read-only.
 */
export class DeliveryTimeline implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private strings: DeliveryTimelineStrings;
  private formatDate: StoredDateFormatter;
  private controller: DeliveryTimelineController;
  private inputs: TimelineInputs;
  private readonly changes = new InputChangeTracker();
  private readonly themeFor = createThemeCache(createControlTheme);

  init(context: ComponentFramework.Context<IInputs>): void {
    this.strings = createStrings<DeliveryTimelineStringKey>(context.resources);
    this.formatDate = createStoredDateFormatter(localeOf(context.userSettings?.languageId));
    this.controller = new DeliveryTimelineController(context.webAPI);
    // The layout switches between one and two columns with the width.
    context.mode.trackContainerResize(true);
  }

  updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    // The status the controller sets here reaches the view through this render (see inUpdateView).
    return inUpdateView(() => {
      const changed = this.changes.changed(context, timelinePropertyNames);
      if (changed) {
        this.inputs = readTimelineInputs(context.parameters);
      }
      this.controller.show(hostRecordOf(context), changed);
      const width = context.mode.allocatedWidth;
      return React.createElement(DeliveryTimelineView, {
        inputs: this.inputs,
        statusStore: this.controller.store,
        onRetry: this.controller.retry,
        strings: this.strings,
        theme: this.themeFor(context),
        formatDate: this.formatDate,
        compact: width > 0 && width < compactWidth,
      });
    });
  }

  getOutputs(): IOutputs {
    // Read-only control: it never changes the bound columns.
    return {};
  }

  destroy(): void {
    this.controller.dispose();
  }
}
