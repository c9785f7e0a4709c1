import * as React from "react";
import { copyText } from "../shared/clipboard";
import { localeOf } from "../shared/locale";
import { createStrings } from "../shared/strings";
import { createControlTheme, createThemeCache, type ControlTheme } from "../shared/theme";
import { inUpdateView } from "../shared/useStore";
import { DeliveryInsightsController } from "./DeliveryInsightsController";
import type { DeliveryInsightsStringKey, DeliveryInsightsStrings } from "./deliveryInsightsStrings";
import { DeliveryInsightsView, type InsightsFormat } from "./DeliveryInsightsView";
import { downloadText } from "./download";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { createInsightsFormat } from "./insightsFormat";

/**
 * PCF adapter for the delivery insights on a dashboard. The subgrid's dataset only places the
 * control (its rows are one page of a view, not the period's figures); the controller reads
 * the figures through the Web API. updateView hands it the row cap, which starts the first
 * read once and costs nothing after unless the cap changed.
 */
export class DeliveryInsights implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private controller!: DeliveryInsightsController;
  private strings!: DeliveryInsightsStrings;
  private format!: InsightsFormat;
  private readonly themeOf = createThemeCache<ControlTheme>(createControlTheme);

  init(context: ComponentFramework.Context<IInputs>): void {
    context.mode.trackContainerResize(true);
    this.strings = createStrings<DeliveryInsightsStringKey>(context.resources);
    this.format = createInsightsFormat(localeOf(context.userSettings.languageId));
    this.controller = new DeliveryInsightsController(context.webAPI, context.navigation);
  }

  updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    // A first read the controller starts here reaches the view after the host's render.
    return inUpdateView(() => {
      this.controller.show(context.parameters.rowCap?.raw);
      const controller = this.controller;
      const width = context.mode.allocatedWidth;
      return React.createElement(DeliveryInsightsView, {
        store: controller.store,
        strings: this.strings,
        theme: this.themeOf(context as ComponentFramework.Context<unknown>),
        width: width > 0 ? width : undefined,
        format: this.format,
        copyText,
        download: downloadText,
        onPreset: controller.choosePreset,
        onDays: controller.chooseDays,
        onFilter: controller.chooseFilter,
        onClearFilters: controller.clearFilters,
        onRetry: controller.retry,
        onOpenView: controller.openView,
      });
    });
  }

  getOutputs(): IOutputs {
    // Read-only: the control writes nothing.
    return {};
  }

  destroy(): void {
    this.controller.dispose();
  }
}
