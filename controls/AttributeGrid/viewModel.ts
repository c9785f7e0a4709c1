import { buildAttributeViewModel, type AttributeViewModel } from "../../domain/attributes";
import { readAttributes } from "./datasetRows";

type DataSet = ComponentFramework.PropertyTypes.DataSet;

export type DateFormatter = (date: Date, hasTime: boolean) => string;

/** Dates in the user's language and the browser's time zone, formatted when a row is shown. */
export function createDateFormatter(locale: string | undefined): DateFormatter {
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (date, hasTime) => (hasTime ? dateTime : dateOnly).format(date);
}

/**
 * The one place the dataset becomes the view model; index.ts calls it only when the dataset
 * changed. The previous model hands over the rows that did not change (see buildAttributeViewModel).
 */
export function datasetToViewModel(dataset: DataSet, previous?: AttributeViewModel): AttributeViewModel {
  return buildAttributeViewModel(readAttributes(dataset), previous);
}

export const emptyViewModel: AttributeViewModel = { rows: [], totals: new Map() };
