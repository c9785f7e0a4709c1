/** Reading direction of the user's language, as the root element's dir attribute wants it. */
export type TextDirection = "ltr" | "rtl";

export function directionOf(userSettings: Pick<ComponentFramework.UserSettings, "isRTL"> | undefined): TextDirection {
  return userSettings?.isRTL ? "rtl" : "ltr";
}
