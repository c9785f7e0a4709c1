import { BASE_LANGUAGE } from "../definitions/release";
import { el, type XmlElement } from "./node";

/**
 * The one label helper: solution XML writes every label as a list of
 * `<item description="..." languagecode="..." />`, one per language. Ours are written in the
 * solution's base language only (English, 1033, as Microsoft's own tables).
 */
export function labelled(list: string, item: string, text: string, language: number = BASE_LANGUAGE): XmlElement {
  return el(list, {}, el(item, { description: text, languagecode: language }));
}

export const displayNames = (text: string): XmlElement => labelled("displaynames", "displayname", text);
export const descriptions = (text: string): XmlElement => labelled("Descriptions", "Description", text);
export const labels = (text: string): XmlElement => labelled("labels", "label", text);
export const localizedNames = (text: string): XmlElement => labelled("LocalizedNames", "LocalizedName", text);
