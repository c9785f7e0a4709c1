export type DateFormatter = (date: Date, hasTime: boolean) => string;

/** Dates in the user's language and the browser's time zone, formatted when a row is shown. */
export function createDateFormatter(locale: string | undefined): DateFormatter {
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (date, hasTime) => (hasTime ? dateTime : dateOnly).format(date);
}
