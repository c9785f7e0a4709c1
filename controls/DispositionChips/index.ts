import * as React from "react";
import { DispositionCodesMaxLength } from "../../domain/tables/names";
import { InputChangeTracker } from "../shared/inputChanges";
import { createStrings } from "../shared/strings";
import { createControlTheme, createThemeCache } from "../shared/theme";
import { inUpdateView } from "../shared/useStore";
import { DispositionChipsController } from "./DispositionChipsController";
import type { DispositionChipsStringKey, DispositionChipsStrings } from "./dispositionChipsStrings";
import { DispositionChipsView } from "./DispositionChipsView";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { readVocabulary } from "./vocabularySource";

/**
 * PCF adapter for the disposition chips: reads the bound text when it changes, hands the
 * view a store of codes, and writes the canonical text back through getOutputs. The
 * environment's list of allowed codes is read once per session through context.webAPI (the
 * manifest declares the WebAPI feature).
 */
export class DispositionChips implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  private controller: DispositionChipsController;
  private strings: DispositionChipsStrings;
  private readonly changes = new InputChangeTracker();
  private readonly themeFor = createThemeCache(createControlTheme);

  init(context: ComponentFramework.Context<IInputs>, notifyOutputChanged: () => void): void {
    this.strings = createStrings<DispositionChipsStringKey>(context.resources);
    this.controller = new DispositionChipsController(notifyOutputChanged, DispositionCodesMaxLength);
    this.controller.useVocabulary(readVocabulary(context.webAPI));
    // The number of chips before "+N" depends on the width.
    context.mode.trackContainerResize(true);
  }

  updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    // The codes the controller sets here reach the view through this render (see inUpdateView).
    return inUpdateView(() => {
      const property = context.parameters.codes;
      if (this.changes.changed(context, ["codes"])) {
        this.controller.load(property.raw, columnLimit(property));
      }
      return React.createElement(DispositionChipsView, {
        store: this.controller.store,
        strings: this.strings,
        theme: this.themeFor(context),
        editable: !context.mode.isControlDisabled && property.security?.editable !== false,
        readable: property.security?.readable !== false,
        availableWidth: context.mode.allocatedWidth,
        onAdd: this.controller.add,
        onPick: this.controller.pick,
        onRemove: this.controller.remove,
      });
    });
  }

  getOutputs(): IOutputs {
    const text = this.controller.output();
    if (text === undefined) {
      // Nothing changed here: write nothing rather than echo or clear the stored value.
      return {};
    }
    // An empty list is stored as no value; undefined clears the column.
    return { codes: text === "" ? undefined : text };
  }

  destroy(): void {
    // Nothing to release: the host unmounts the React tree.
  }
}

/** The column's own MaxLength when the host reports it, never more than the table allows. */
function columnLimit(property: ComponentFramework.PropertyTypes.StringProperty): number {
  const reported = property.attributes?.MaxLength;
  return typeof reported === "number" && reported > 0
    ? Math.min(reported, DispositionCodesMaxLength)
    : DispositionCodesMaxLength;
}
