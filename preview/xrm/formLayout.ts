/**
 * The part of a form definition a browser page lays out and a form script reaches through
 * formContext.ui: tabs, sections and their cells. The server derives it from
 * solution/definitions/forms.ts (which the page cannot bundle: cell ids hash with node:crypto)
 * and hands it to the page as JSON.
 */
export interface LayoutFieldCell {
  kind: "field";
  column: string;
  /** The code component on the cell (its constructor name, e.g. "DispositionChips"), if any. */
  control?: string;
}

export interface LayoutSubgridCell {
  kind: "subgrid";
  name: string;
  control?: string;
}

export type LayoutCell = LayoutFieldCell | LayoutSubgridCell;

export interface LayoutSection {
  name: string;
  label: string;
  cells: LayoutCell[];
}

export interface LayoutTab {
  name: string;
  label: string;
  sections: LayoutSection[];
}

export interface FormLayout {
  table: string;
  tabs: LayoutTab[];
}

/** The element id the server puts the layouts in, keyed by table. */
export const formLayoutsElementId = "preview-form-layouts";

export type FormLayouts = Readonly<Record<string, FormLayout>>;

/** Reads the layouts the server embedded in the page; none outside it (Jest). */
export function readEmbeddedFormLayouts(): FormLayouts {
  const element = typeof document === "undefined" ? null : document.getElementById(formLayoutsElementId);
  return element?.textContent ? (JSON.parse(element.textContent) as FormLayouts) : {};
}
