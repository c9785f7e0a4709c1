import { buildAttributeViewModel, type AttributeViewModel } from "../../domain/attributes";
import { readAttributes } from "./datasetRows";

type DataSet = ComponentFramework.PropertyTypes.DataSet;

export type DateFormatter = (date: Date, hasTime: boolean) => string;

/** Dates in the user's language and the browser's time zone, formatted once per row. */
export function createDateFormatter(locale: string | undefined): DateFormatter {
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (date, hasTime) => (hasTime ? dateTime : dateOnly).format(date);
}

/** The one place the dataset becomes the view model; index.ts calls it only when the dataset changed. */
export function datasetToViewModel(dataset: DataSet, formatDate: DateFormatter): AttributeViewModel {
  return buildAttributeViewModel(readAttributes(dataset), { formatDate });
}

export const emptyViewModel: AttributeViewModel = { rows: [], totals: new Map() };
