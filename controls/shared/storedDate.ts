/**
 * Formats Date and Time columns with "time zone independent" behaviour (code 3) exactly as
 * stored. The host hands such a value over with the stored wall-clock time in the Date's
 * UTC fields, so formatting in UTC shows what was stored; formatting in the browser's zone
 * would shift it by the user's offset. Numeric parts keep the output stable across ICU
 * versions while following the user's locale (order, separators, 12/24 h).
 */
export type StoredDateFormatter = (date: Date) => string;

export function createStoredDateFormatter(locale: string | undefined): StoredDateFormatter {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, storedDateOptions);
  } catch {
    // An unknown locale tag must not break the control; fall back to the browser's locale.
    format = new Intl.DateTimeFormat(undefined, storedDateOptions);
  }
  return (date) => format.format(date);
}

const storedDateOptions: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
};
