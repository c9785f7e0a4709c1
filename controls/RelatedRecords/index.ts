import * as React from "react";
import { copyText } from "../shared/clipboard";
import { InputChangeTracker } from "../shared/inputChanges";
import { createStrings } from "../shared/strings";
import { createControlTheme, createThemeCache } from "../shared/theme";
import { inUpdateView } from "../shared/useStore";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { readRelatedIds, relatedPropertyNames } from "./relatedInputs";
import { RelatedRecordsController } from "./RelatedRecordsController";
import type { RelatedRecordsStringKey, RelatedRecordsStrings } from "./relatedRecordsStrings";
import { RelatedRecordsView } from "./RelatedRecordsView";

/**
 * PCF adapter for the delivery's related rows: when a bound id changes it hands the ids to
 * the controller (which reads the names), and gives the view the controller's store.
 * Read-only: it never writes msdyn_contact_id or the other ids.
 */
export class RelatedRecords implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private strings: RelatedRecordsStrings;
  private controller: RelatedRecordsController;
  private readonly changes = new InputChangeTracker();
  private readonly themeFor = createThemeCache(createControlTheme);

  init(context: ComponentFramework.Context<IInputs>): void {
    this.strings = createStrings<RelatedRecordsStringKey>(context.resources);
    this.controller = new RelatedRecordsController(context.webAPI, context.navigation);
  }

  updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    // The ids the controller sets here reach the view through this render (see inUpdateView).
    return inUpdateView(() => {
      if (this.changes.changed(context, relatedPropertyNames)) {
        this.controller.show(readRelatedIds(context.parameters));
      }
      return React.createElement(RelatedRecordsView, {
        store: this.controller.store,
        onOpen: this.controller.open,
        copyText,
        strings: this.strings,
        theme: this.themeFor(context),
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
