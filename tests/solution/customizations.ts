import { DOMParser, type Element } from "@xmldom/xmldom";
import { customizationsXml } from "../../solution/xml/customizations";
import type { SolutionDefinition } from "../../solution/model";
import { toXmlDocument } from "../../solution/xml/node";

/** Parses the customizations.xml a solution definition generates, for tests to read back. */
export function generatedCustomizations(solution: SolutionDefinition): Element {
  return new DOMParser().parseFromString(toXmlDocument(customizationsXml(solution)), "text/xml")
    .documentElement as Element;
}

export const all = (root: Element, tag: string): Element[] => Array.from(root.getElementsByTagName(tag));
export const childText = (root: Element, tag: string): string | undefined => {
  const child = Array.from(root.childNodes).find((n) => n.nodeType === 1 && (n as Element).tagName === tag);
  return child?.textContent?.trim();
};

export function attributeOf(root: Element, table: string, column: string): Element {
  const entity = all(root, "entity").find((e) => e.getAttribute("Name") === table);
  const attribute = entity && all(entity, "attribute").find((a) => a.getAttribute("PhysicalName") === column);
  if (!attribute) throw new Error(`no attribute ${table}.${column} in generated XML`);
  return attribute;
}
