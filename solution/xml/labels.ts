import { el, type XmlElement } from "./node";

/** Solution metadata labels are English (1033), as in Microsoft's own tables. */
export const BASE_LANGUAGE = 1033;

export function displayNames(text: string): XmlElement {
  return el("displaynames", {}, el("displayname", { description: text, languagecode: BASE_LANGUAGE }));
}

export function descriptions(text: string): XmlElement {
  return el("Descriptions", {}, el("Description", { description: text, languagecode: BASE_LANGUAGE }));
}

export function labels(text: string): XmlElement {
  return el("labels", {}, el("label", { description: text, languagecode: BASE_LANGUAGE }));
}

export function localizedNames(text: string): XmlElement {
  return el("LocalizedNames", {}, el("LocalizedName", { description: text, languagecode: BASE_LANGUAGE }));
}
