/**
 * context.userSettings for a user of a language. The .NET-style patterns in
 * dateFormattingInfo are read off Intl for the same locale the formatting API uses, so the
 * two never disagree about a language.
 */
import { formattingLocaleOf } from "./formatting";

export interface PlatformUser {
  /** A GUID; the platform hands it over upper case in braces. */
  id: string;
  name: string;
}

// 3 February 2001, 16:05:06: every field differs, so each part of a pattern can be told apart.
const sample = new Date(Date.UTC(2001, 1, 3, 16, 5, 6));

function patternToken(part: Intl.DateTimeFormatPart): string {
  switch (part.type) {
    case "year":
      return part.value.length === 2 ? "yy" : "yyyy";
    case "month":
      return /^\d+$/.test(part.value) ? (part.value.length === 2 ? "MM" : "M") : part.value.length > 3 ? "MMMM" : "MMM";
    case "day":
      return part.value.length === 2 ? "dd" : "d";
    case "weekday":
      return "dddd";
    case "hour":
      return part.value === "16" ? "HH" : part.value.length === 2 ? "hh" : "h";
    case "minute":
      return "mm";
    case "second":
      return "ss";
    case "dayPeriod":
      return "tt";
    default:
      return part.value;
  }
}

function patternOf(locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options })
    .formatToParts(sample)
    .map(patternToken)
    .join("");
}

function separatorOf(parts: Intl.NumberFormatPart[], type: "group" | "decimal", fallback: string): string {
  return parts.find((part) => part.type === type)?.value ?? fallback;
}

/**
 * Languages written right to left. The platform sets userSettings.isRTL (and the page's dir) from
 * the user's UI language: Arabic, Hebrew, Persian, Urdu, Yiddish.
 */
const rightToLeftLanguageIds: ReadonlySet<number> = new Set([1025, 1037, 1056, 1065, 1085]);

/** Whether the platform shows a user of this language right to left. */
export function isRightToLeftLanguage(languageId: number): boolean {
  return rightToLeftLanguageIds.has(languageId);
}

export function createUserSettings(
  languageId: number,
  isRTL: boolean,
  user: PlatformUser,
): ComponentFramework.UserSettings {
  const locale = formattingLocaleOf(languageId);
  const shortDatePattern = patternOf(locale, { dateStyle: "short" });
  const numberParts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    languageId,
    isRTL,
    userId: `{${user.id.replace(/[{}]/g, "").toUpperCase()}}`,
    userName: user.name,
    securityRoles: [],
    getTimeZoneOffsetMinutes: () => 0,
    dateFormattingInfo: {
      shortDatePattern,
      longDatePattern: patternOf(locale, { dateStyle: "full" }),
      shortTimePattern: patternOf(locale, { timeStyle: "short" }),
      longTimePattern: patternOf(locale, { timeStyle: "medium" }),
      dateSeparator: /[^dMy]/.exec(shortDatePattern)?.[0] ?? "/",
      timeSeparator: ":",
    } as unknown as ComponentFramework.UserSettingApi.DateFormattingInfo,
    numberFormattingInfo: {
      numberDecimalSeparator: separatorOf(numberParts, "decimal", "."),
      numberGroupSeparator: separatorOf(numberParts, "group", ","),
    } as unknown as ComponentFramework.UserSettingApi.NumberFormattingInfo,
  };
}
