import * as React from "react";
import { hostRecordOf } from "../shared/contextInfo";
import { InputChangeTracker } from "../shared/inputChanges";
import { localeOf } from "../shared/locale";
import { createStrings } from "../shared/strings";
import { createControlTheme, createThemeCache } from "../shared/theme";
import { inUpdateView } from "../shared/useStore";
import { userOffsetOf } from "../shared/zonedDate";
import { DeliveryTimelineView } from "./DeliveryTimelineView";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { DeliveryTimelineController } from "./DeliveryTimelineController";
import { createTimelineFormat, type TimelineFormat } from "./timelineFormat";
import { readTimelineInputs, timelinePropertyNames, type TimelineInputs } from "./timelineInputs";
import type { DeliveryTimelineStringKey, DeliveryTimelineStrings } from "./deliveryTimelineStrings";

/**
 * PCF adapter for the delivery time line: reads the bound dates and texts when they change,
 * tells the controller which row is shown and whether a bound column changed (it reads
 * msdyn_status), and hands the inputs and the controller's store to the view. Read-only.
 */
export class DeliveryTimeline implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private strings: DeliveryTimelineStrings;
  private format: TimelineFormat;
  private controller: DeliveryTimelineController;
  private inputs: TimelineInputs;
  private readonly changes = new InputChangeTracker();
  private readonly themeFor = createThemeCache(createControlTheme);

  init(context: ComponentFramework.Context<IInputs>): void {
    this.strings = createStrings<DeliveryTimelineStringKey>(context.resources);
    this.format = createTimelineFormat(localeOf(context.userSettings?.languageId), userOffsetOf(context.userSettings));
    this.controller = new DeliveryTimelineController(context.webAPI);
    // The date list's columns and the axis's ticks follow the width.
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
      return React.createElement(DeliveryTimelineView, {
        inputs: this.inputs,
        statusStore: this.controller.store,
        onRetry: this.controller.retry,
        strings: this.strings,
        theme: this.themeFor(context),
        format: this.format,
        width: context.mode.allocatedWidth,
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
