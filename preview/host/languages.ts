import { isRightToLeftLanguage } from "../../pcf-host/userSettings";

export interface PreviewLanguage {
  id: number;
  /** The language's own name, as a language picker names it. */
  name: string;
  /** Written right to left: the platform sets context.userSettings.isRTL for its users by itself. */
  rtl: boolean;
}

/** The languages the preview offers: those our controls have resx files for. */
export const previewLanguages: readonly PreviewLanguage[] = [
  { id: 1033, name: "English" },
  { id: 1031, name: "Deutsch" },
  { id: 1025, name: "العربية" },
].map((language) => ({ ...language, rtl: isRightToLeftLanguage(language.id) }));
