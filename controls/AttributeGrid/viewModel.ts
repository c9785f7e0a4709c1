import { buildAttributeViewModel, type AttributeViewModel } from "../../domain/attributes";
import { readAttributes } from "./datasetRows";

type DataSet = ComponentFramework.PropertyTypes.DataSet;

/**
 * The one place the dataset becomes the view model; index.ts calls it only when the dataset
 * changed. The previous model hands over the rows that did not change (see buildAttributeViewModel).
 */
export function datasetToViewModel(dataset: DataSet, previous?: AttributeViewModel): AttributeViewModel {
  return buildAttributeViewModel(readAttributes(dataset), previous);
}

export const emptyViewModel: AttributeViewModel = { rows: [], totals: new Map() };
