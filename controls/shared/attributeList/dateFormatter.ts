/**
 * How the attribute list writes dates and counts, in the user's locale. One date format for
 * the whole form, as model-driven apps write a date and time: numeric day, month and year, the
 * hour as the locale has it (12 or 24 h) and the minute.
 *
 * An instant (a value with a time) is shown in UTC and says so ("6/9/2025, 10:15 AM UTC"), as
 * the stored columns are written; the user's own time, with its zone ("12:15 PM GMT+2"), is
 * its title. A calendar date ("2026-03-01") names a day, not an instant: it is shown as the
 * day, with no zone.
 *
 * Both AttributeGrid and ContactDeliveries make one per control in init.
 */
export interface DateFormatter {
  /** An instant in UTC, with the zone's name. */
  utc: Intl.DateTimeFormat;
  /** The same instant in the user's time zone, with its name: the title beside the UTC text. */
  local: Intl.DateTimeFormat;
  /** A calendar date (held as local midnight, see classifyValue). */
  day: Intl.DateTimeFormat;
  /** A count with the locale's digit grouping: "10,000", "10.000". */
  count: (value: number) => string;
}

/** `timeZone` is the user's zone for the title; the browser's when not given (tests name one). */
export function createDateFormatter(locale: string | undefined, timeZone?: string): DateFormatter {
  const dateTime = (zone: string | undefined): Intl.DateTimeFormat =>
    new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZone: zone,
      timeZoneName: "short",
    });
  const counts = new Intl.NumberFormat(locale);
  return {
    utc: dateTime("UTC"),
    local: dateTime(timeZone),
    day: new Intl.DateTimeFormat(locale),
    count: (value) => counts.format(value),
  };
}
