/**
 * Dates that say their zone, in one format for the whole form. The delivery's Date and Time
 * columns are time zone independent and the proactive engagement service writes them in
 * UTC; the host hands them over with that time in the Date's UTC fields. So a date shows as
 * UTC, named as such, with the same instant in the user's own time zone beside it when that
 * zone is not UTC at the time. The format is the user's locale with a numeric date and
 * `hour: "numeric"`, as model-driven apps show a date and time ("2/12/2026, 4:16 AM").
 */
export interface ZonedDate {
  /** "2/12/2026, 4:16 AM UTC" */
  utc: string;
  /** "2/12/2026, 5:16 AM UTC+01:00": the user's time, absent when their zone is UTC then. */
  local?: string;
}

export type ZonedDateFormatter = (date: Date) => ZonedDate;

/** Minutes to add to UTC for the user's time at a date (Dataverse: UTC+01:00 is 60). */
export type OffsetOf = (date: Date) => number;

export const zonedDateOptions: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
};

/** A formatter of a date's UTC fields; an unknown locale tag falls back to the browser's. */
export function utcFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): (date: Date) => string {
  const all: Intl.DateTimeFormatOptions = { ...options, timeZone: "UTC" };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, all);
  } catch {
    format = new Intl.DateTimeFormat(undefined, all);
  }
  return (date) => format.format(date);
}

const twoDigits = (value: number): string => String(value).padStart(2, "0");

/** "UTC", "UTC+01:00", "UTC-03:30". */
export function offsetName(minutes: number): string {
  const size = Math.abs(minutes);
  return minutes ? `UTC${minutes < 0 ? "-" : "+"}${twoDigits(Math.floor(size / 60))}:${twoDigits(size % 60)}` : "UTC";
}

/**
 * The user's offset from the host: the user's Dataverse time zone
 * (`userSettings.getTimeZoneOffsetMinutes`), else the browser's.
 */
export function userOffsetOf(settings: ComponentFramework.UserSettings | undefined): OffsetOf {
  return (date) => {
    const minutes =
      settings && typeof settings.getTimeZoneOffsetMinutes === "function"
        ? settings.getTimeZoneOffsetMinutes(date)
        : -date.getTimezoneOffset();
    return Number.isFinite(minutes) ? minutes : 0;
  };
}

export function createZonedDateFormatter(locale: string | undefined, offsetOf: OffsetOf): ZonedDateFormatter {
  const format = utcFormat(locale, zonedDateOptions);
  return (date) => {
    const offset = offsetOf(date);
    const utc = `${format(date)} UTC`;
    return offset
      ? { utc, local: `${format(new Date(date.getTime() + offset * 60_000))} ${offsetName(offset)}` }
      : { utc };
  };
}
