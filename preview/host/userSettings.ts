/**
 * The preview user's settings and the formatting API that follows them. The user's time zone
 * is UTC, so a time zone independent column (every date column of these tables) shows the
 * same wall-clock time the service wrote.
 */
export interface PreviewLanguage {
  id: number;
  locale: string;
  name: string;
}

export const previewLanguages: readonly PreviewLanguage[] = [
  { id: 1033, locale: "en-US", name: "English" },
  { id: 1031, locale: "de-DE", name: "Deutsch" },
];

export function localeFor(languageId: number): string {
  return previewLanguages.find((language) => language.id === languageId)?.locale ?? "en-US";
}

export const previewUser = { id: "{6F3C2D1E-0000-4000-8000-00000000A11C}", name: "Preview Supervisor" };

const formattingByLanguage = new Map<number, ComponentFramework.Formatting>();

/**
 * The formatting API of the page's user in a language, made once per page: an app has its
 * formatting (and the browser its locale data) ready before any control starts, and building
 * it costs 20–30 ms in a fresh page, almost all of it the first Intl formatter.
 */
export function formattingFor(languageId: number): ComponentFramework.Formatting {
  let formatting = formattingByLanguage.get(languageId);
  if (!formatting) {
    formatting = createFormatting(languageId);
    formattingByLanguage.set(languageId, formatting);
  }
  return formatting;
}

export function createFormatting(languageId: number): ComponentFramework.Formatting {
  const locale = localeFor(languageId);
  const date = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options });
  const number = (minimum: number | undefined, maximum: number | undefined): Intl.NumberFormat =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: minimum, maximumFractionDigits: maximum });
  const short = date({ dateStyle: "short" });
  const shortWithTime = date({ dateStyle: "short", timeStyle: "short" });
  const long = date({ dateStyle: "full" });
  const medium = date({ dateStyle: "medium" });
  const time = date({ timeStyle: "short" });
  const yearMonth = date({ year: "numeric", month: "long" });
  return {
    formatCurrency: (value, precision = 2, symbol = "$") => `${symbol}${number(precision, precision).format(value)}`,
    formatDecimal: (value, precision) => number(precision, precision ?? 2).format(value),
    formatDateAsFilterStringInUTC: (value, includeTime) => (includeTime ? value.toISOString() : value.toISOString().slice(0, 10)),
    formatDateLong: (value) => long.format(value),
    formatDateLongAbbreviated: (value) => medium.format(value),
    formatDateShort: (value, includeTime) => (includeTime ? shortWithTime : short).format(value),
    formatDateYearMonth: (value) => yearMonth.format(value),
    formatInteger: (value) => number(0, 0).format(value),
    formatLanguage: (value) => previewLanguages.find((language) => language.id === value)?.name ?? String(value),
    formatTime: (value) => time.format(value),
    getWeekOfYear: (value) => {
      const start = Date.UTC(value.getUTCFullYear(), 0, 1);
      return Math.floor((value.getTime() - start) / (7 * 86_400_000)) + 1;
    },
  };
}

export function createUserSettings(languageId: number, isRTL: boolean): ComponentFramework.UserSettings {
  const locale = localeFor(languageId);
  const german = locale.startsWith("de");
  return {
    languageId,
    isRTL,
    userId: previewUser.id,
    userName: previewUser.name,
    securityRoles: [],
    getTimeZoneOffsetMinutes: () => 0,
    dateFormattingInfo: {
      shortDatePattern: german ? "dd.MM.yyyy" : "M/d/yyyy",
      longDatePattern: german ? "dddd, d. MMMM yyyy" : "dddd, MMMM d, yyyy",
      shortTimePattern: german ? "HH:mm" : "h:mm tt",
      longTimePattern: german ? "HH:mm:ss" : "h:mm:ss tt",
      dateSeparator: german ? "." : "/",
      timeSeparator: ":",
      firstDayOfWeek: german ? 1 : 0,
    } as unknown as ComponentFramework.UserSettingApi.DateFormattingInfo,
    numberFormattingInfo: {
      numberDecimalSeparator: german ? "," : ".",
      numberGroupSeparator: german ? "." : ",",
      currencySymbol: german ? "€" : "$",
    } as unknown as ComponentFramework.UserSettingApi.NumberFormattingInfo,
  };
}
