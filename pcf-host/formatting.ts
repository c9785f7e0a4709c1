/**
 * The formatting API of a user, as Dataverse answers it: the user's locale (from their
 * language, through the one map in controls/shared/locale.ts) and the user's time zone, UTC
 * here, so a time zone independent column shows the wall-clock time that was stored.
 */
import { localeOf } from "../controls/shared/locale";

/** The locale Intl formats with; a language outside the map formats as the base language does. */
export function formattingLocaleOf(languageId: number): string {
  return localeOf(languageId) ?? "en-US";
}

const formattingByLanguage = new Map<number, ComponentFramework.Formatting>();

/**
 * One formatting object per language for the whole page or test run: an app has its
 * formatting ready before any control starts, and building the first Intl formatter costs
 * 20–30 ms in a fresh browser page.
 */
export function formattingFor(languageId: number): ComponentFramework.Formatting {
  let formatting = formattingByLanguage.get(languageId);
  if (!formatting) {
    formatting = createFormatting(languageId);
    formattingByLanguage.set(languageId, formatting);
  }
  return formatting;
}

function createFormatting(languageId: number): ComponentFramework.Formatting {
  const locale = formattingLocaleOf(languageId);
  const date = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
    new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options });
  const number = (minimum: number | undefined, maximum: number | undefined): Intl.NumberFormat =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: minimum, maximumFractionDigits: maximum });
  const short = date({ dateStyle: "short" });
  const shortWithTime = date({ dateStyle: "short", timeStyle: "short" });
  // Dataverse's formatDateLong is the user's long date pattern, which names the weekday
  // ("dddd, MMMM d, yyyy"): Intl's "full" style, not its "long" one.
  const long = date({ dateStyle: "full" });
  const medium = date({ dateStyle: "medium" });
  const time = date({ timeStyle: "short" });
  const yearMonth = date({ year: "numeric", month: "long" });
  let languageNames: Intl.DisplayNames | undefined;
  return {
    formatCurrency: (value, precision = 2, symbol = "$") => `${symbol}${number(precision, precision).format(value)}`,
    formatDecimal: (value, precision) => number(precision, precision ?? 2).format(value),
    formatDateAsFilterStringInUTC: (value, includeTime) =>
      includeTime ? value.toISOString() : value.toISOString().slice(0, 10),
    formatDateLong: (value) => long.format(value),
    formatDateLongAbbreviated: (value) => medium.format(value),
    formatDateShort: (value, includeTime) => (includeTime ? shortWithTime : short).format(value),
    formatDateYearMonth: (value) => yearMonth.format(value),
    formatInteger: (value) => number(0, 0).format(value),
    formatLanguage: (value) => {
      const tag = localeOf(value);
      languageNames ??= new Intl.DisplayNames([locale], { type: "language" });
      return (tag && languageNames.of(tag)) ?? String(value);
    },
    formatTime: (value) => time.format(value),
    getWeekOfYear: (value) => {
      const start = Date.UTC(value.getUTCFullYear(), 0, 1);
      return Math.floor((value.getTime() - start) / (7 * 86_400_000)) + 1;
    },
  };
}
