import * as React from "react";
import { defaultCollator } from "../../domain/attributes/sortByKeyword";
import { createDateFormatter, type DateFormatter } from "../shared/attributeList/dateFormatter";
import { copyText } from "../shared/clipboard";
import { hostRecordOf } from "../shared/contextInfo";
import { localeOf } from "../shared/locale";
import { createStoredDateFormatter, type StoredDateFormatter } from "../shared/storedDate";
import { createStrings } from "../shared/strings";
import { createControlTheme, createThemeCache, type ControlTheme } from "../shared/theme";
import { inUpdateView } from "../shared/useStore";
import { ContactDeliveriesController } from "./ContactDeliveriesController";
import type { ContactDeliveriesStringKey, ContactDeliveriesStrings } from "./contactDeliveriesStrings";
import { ContactDeliveriesView } from "./ContactDeliveriesView";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";

/**
 * PCF adapter for a contact's deliveries: hands the controller the form's contact id on every
 * updateView (the controller does nothing when it did not change), and gives the view the
 * controller's store with ready-made strings, theme and formatters. Read-only: it never
 * writes the bound full name.
 */
export class ContactDeliveries implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private controller!: ContactDeliveriesController;
  private strings!: ContactDeliveriesStrings;
  private readonly themeOf = createThemeCache<ControlTheme>(createControlTheme);
  private collator!: Intl.Collator;
  private formatStoredDate!: StoredDateFormatter;
  private formatDate!: DateFormatter;
  private formatCount!: (count: number) => string;

  init(context: ComponentFramework.Context<IInputs>): void {
    context.mode.trackContainerResize(true);
    this.controller = new ContactDeliveriesController(context.webAPI, context.navigation);
    this.strings = createStrings<ContactDeliveriesStringKey>(context.resources);
    const locale = localeOf(context.userSettings.languageId);
    this.collator = defaultCollator(locale);
    this.formatStoredDate = createStoredDateFormatter(locale);
    this.formatDate = createDateFormatter(locale);
    const counts = new Intl.NumberFormat(locale);
    this.formatCount = (count) => counts.format(count);
  }

  updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    // The contact the controller sets here reaches the view through this render (see inUpdateView).
    return inUpdateView(() => {
      // The id is read every time: cheap, and a host that lists nothing still gets it right.
      const record = hostRecordOf(context);
      this.controller.show(record.entityId, record.entityTypeName);
      const allocatedHeight = context.mode.allocatedHeight;
      const controller = this.controller;
      return React.createElement(ContactDeliveriesView, {
        store: controller.store,
        contactName: context.parameters.contactName.raw ?? "",
        height: allocatedHeight > 0 ? allocatedHeight : undefined,
        strings: this.strings,
        theme: this.themeOf(context as ComponentFramework.Context<unknown>),
        collator: this.collator,
        formatStoredDate: this.formatStoredDate,
        formatDate: this.formatDate,
        formatCount: this.formatCount,
        onSelect: controller.select,
        onOpen: controller.open,
        onOpenAttribute: controller.openAttribute,
        onLoadMore: controller.loadMore,
        onRetry: controller.retry,
        onRetryAttributes: controller.retryAttributes,
        copyText,
      });
    });
  }

  getOutputs(): IOutputs {
    // Read-only control: it never changes the bound column.
    return {};
  }

  destroy(): void {
    this.controller.dispose();
  }
}
