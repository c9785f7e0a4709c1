import * as React from "react";
import { defaultCollator } from "../../domain/attributes";
import { localeOf } from "../shared/locale";
import { createStrings } from "../shared/strings";
import { createBaseTheme, createThemeCache, type BaseTheme } from "../shared/theme";
import { AttributeGridController } from "./AttributeGridController";
import type { AttributeGridStringKey, AttributeGridStrings } from "./attributeGridStrings";
import { AttributeGridView } from "./AttributeGridView";
import { copyText } from "../shared/clipboard";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { createDateFormatter, type DateFormatter } from "../shared/attributeList/dateFormatter";

/** Large pages keep the number of round trips low; a delivery rarely has more attributes. */
const pageSize = 5000;

/**
 * PCF adapter for the attribute grid: hands the controller the dataset on every updateView (it
 * finds out itself whether the dataset changed, whatever updatedProperties lists), and hands
 * the view its model and load state with ready-made theme, strings and formatters. Read-only:
 * no outputs.
 */
export class AttributeGrid implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private controller!: AttributeGridController;
  private strings!: AttributeGridStrings;
  private themeOf!: (context: ComponentFramework.Context<unknown>) => BaseTheme;
  private collator!: Intl.Collator;
  private formatDate!: DateFormatter;

  init(context: ComponentFramework.Context<IInputs>): void {
    context.mode.trackContainerResize(true);
    context.parameters.attributes.paging.setPageSize(pageSize);
    this.controller = new AttributeGridController(context.factory);
    this.strings = createStrings<AttributeGridStringKey>(context.resources);
    this.themeOf = createThemeCache(createBaseTheme);
    const locale = localeOf(context.userSettings.languageId);
    this.collator = defaultCollator(locale);
    this.formatDate = createDateFormatter(locale);
  }

  updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    const controller = this.controller;
    const allocatedHeight = context.mode.allocatedHeight;
    controller.update(context.parameters.attributes);
    return React.createElement(AttributeGridView, {
      model: controller.model,
      load: controller.load,
      strings: this.strings,
      theme: this.themeOf(context as ComponentFramework.Context<unknown>),
      collator: this.collator,
      height: allocatedHeight > 0 ? allocatedHeight : undefined,
      formatDate: this.formatDate,
      onOpen: controller.open,
      copyText,
    });
  }

  getOutputs(): IOutputs {
    return {};
  }

  destroy(): void {
    this.controller.dispose();
  }
}
