/**
 * The languages the experience writes its own labels in (its forms' tabs, sections and cells,
 * and the display names of the columns those cells show). Adding a language is one entry here
 * and one entry in every label: the compiler then names each form label that lacks it
 * (FormLabels below), and the build and verify name anything it missed.
 */
export const FORM_LANGUAGES = [1033, 1031] as const;

export type FormLanguage = (typeof FORM_LANGUAGES)[number];

/** The base language: every label has it, and a label falls back to it. */
export const BASE_LABEL_LANGUAGE = 1033;

/** A label in the base language and any of the others (the tables solution's labels: 1033 only). */
export type Labels = { readonly 1033: string } & { readonly [L in FormLanguage]?: string };

/** A label of the experience's forms: one text per language of FORM_LANGUAGES. */
export type FormLabels = Readonly<Record<FormLanguage, string>>;

/** The label's text in a language, or the base language's where it has none. */
export function labelIn(labels: Labels, language: number): string {
  return (labels as Readonly<Record<number, string | undefined>>)[language] ?? labels[BASE_LABEL_LANGUAGE];
}

/** The label's languages, in FORM_LANGUAGES order (the order the solution XML writes them). */
export function labelLanguages(labels: Labels): FormLanguage[] {
  return FORM_LANGUAGES.filter((language) => labels[language] !== undefined);
}
