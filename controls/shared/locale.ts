/**
 * BCP 47 tag for the user's Dataverse language id, for Intl formatters. Only the languages
 * the solution is likely to meet are listed; anything else falls back to the browser's
 * default, which Intl picks when given undefined.
 */
const localeByLanguageId: Readonly<Record<number, string>> = {
  1025: "ar-SA",
  1028: "zh-TW",
  1029: "cs-CZ",
  1030: "da-DK",
  1031: "de-DE",
  1033: "en-US",
  1035: "fi-FI",
  1036: "fr-FR",
  1037: "he-IL",
  1040: "it-IT",
  1041: "ja-JP",
  1042: "ko-KR",
  1043: "nl-NL",
  1044: "nb-NO",
  1045: "pl-PL",
  1046: "pt-BR",
  1049: "ru-RU",
  1053: "sv-SE",
  1055: "tr-TR",
  2052: "zh-CN",
  2057: "en-GB",
  2070: "pt-PT",
  3082: "es-ES",
  3084: "fr-CA",
};

export function localeOf(languageId: number | undefined): string | undefined {
  return languageId === undefined ? undefined : localeByLanguageId[languageId];
}
