/**
 * The part of a form definition a browser page lays out and a form script reaches through
 * formContext.ui: tabs, sections and their cells, with their labels in every language the
 * solution writes them in. The server derives it from solution/definitions/forms.ts (which the
 * page cannot bundle: cell ids hash with node:crypto) and hands it to the page as JSON.
 */
import { labelIn, type Labels } from "../../domain/languages";

export type { Labels } from "../../domain/languages";

interface LayoutCellBase {
  /** The cell's label per language: the column's display names, or the list's label. */
  label: Labels;
  /** The form's showlabel: false when the control says what it is itself. */
  showLabel: boolean;
  /** The code component on the cell (its constructor name, e.g. "DispositionChips"), if any. */
  control?: string;
}

export interface LayoutFieldCell extends LayoutCellBase {
  kind: "field";
  column: string;
}

export interface LayoutSubgridCell extends LayoutCellBase {
  kind: "subgrid";
  name: string;
}

export type LayoutCell = LayoutFieldCell | LayoutSubgridCell;

export interface LayoutSection {
  name: string;
  label: Labels;
  showLabel: boolean;
  /** Cells a row holds (the section's columns attribute "1", "11", "111": its length). */
  columns: number;
  cells: LayoutCell[];
}

export interface LayoutTab {
  name: string;
  label: Labels;
  sections: LayoutSection[];
}

export interface FormLayout {
  table: string;
  tabs: LayoutTab[];
}

/** A label in the user's language, the base language's where it has none. */
export const layoutLabel = (labels: Labels, languageId: number): string => labelIn(labels, languageId);

/** The element id the server puts the layouts in, keyed by table. */
export const formLayoutsElementId = "preview-form-layouts";

export type FormLayouts = Readonly<Record<string, FormLayout>>;

/** Reads the layouts the server embedded in the page; none outside it (Jest). */
export function readEmbeddedFormLayouts(): FormLayouts {
  const element = typeof document === "undefined" ? null : document.getElementById(formLayoutsElementId);
  return element?.textContent ? (JSON.parse(element.textContent) as FormLayouts) : {};
}
