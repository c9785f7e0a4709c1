import * as React from "react";
import { createStrings } from "../shared/strings";
import { createControlTheme, createThemeCache, type ControlTheme } from "../shared/theme";
import type { DeliveryInsightsStringKey, DeliveryInsightsStrings } from "./deliveryInsightsStrings";
import { DeliveryInsightsView } from "./DeliveryInsightsView";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";

/**
 * PCF adapter for the delivery insights on a dashboard. The subgrid's dataset only places the
 * control; the controller reads the figures through the Web API for the period and filters
 * the user picks.
 */
export class DeliveryInsights implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private strings!: DeliveryInsightsStrings;
  private readonly themeOf = createThemeCache<ControlTheme>(createControlTheme);

  init(context: ComponentFramework.Context<IInputs>): void {
    context.mode.trackContainerResize(true);
    this.strings = createStrings<DeliveryInsightsStringKey>(context.resources);
  }

  updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    return React.createElement(DeliveryInsightsView, {
      strings: this.strings,
      theme: this.themeOf(context as ComponentFramework.Context<unknown>),
    });
  }

  getOutputs(): IOutputs {
    return {};
  }

  destroy(): void {
    // Nothing to release yet.
  }
}
