import { labelLanguages, type Labels } from "../../domain/languages";
import { BASE_LANGUAGE } from "../definitions/release";
import { el, type XmlElement } from "./node";

/**
 * The one label helper: solution XML writes every label as a list of
 * `<item description="..." languagecode="..." />`, one per language, as exports of an
 * environment with several languages do. A plain text is the base language's (English, 1033,
 * as Microsoft's own tables); a label per language writes each of its languages in
 * FORM_LANGUAGES order (domain/languages.ts), the base language first.
 */
export function labelled(
  list: string,
  item: string,
  text: string | Labels,
  language: number = BASE_LANGUAGE,
): XmlElement {
  if (typeof text === "string") return el(list, {}, el(item, { description: text, languagecode: language }));
  return el(
    list,
    {},
    labelLanguages(text).map((code) => el(item, { description: text[code], languagecode: code })),
  );
}

export const displayNames = (text: string): XmlElement => labelled("displaynames", "displayname", text);
export const descriptions = (text: string): XmlElement => labelled("Descriptions", "Description", text);
export const labels = (text: string | Labels): XmlElement => labelled("labels", "label", text);
export const localizedNames = (text: string): XmlElement => labelled("LocalizedNames", "LocalizedName", text);
