import { DOMParser, type Element } from "@xmldom/xmldom";

/** Reading solution XML back: what verify and the tests use to check a package. */
export const parseXml = (xml: string, file: string): Element => {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void (level !== "warning" && errors.push(message)),
  }).parseFromString(xml, "text/xml");
  if (errors.length || !doc.documentElement) throw new Error(`${file}: not well-formed XML: ${errors.join("; ")}`);
  return doc.documentElement;
};

export const all = (root: Element, tag: string): Element[] => Array.from(root.getElementsByTagName(tag));

export const text = (root: Element, tag: string): string | undefined =>
  all(root, tag)[0]?.textContent?.trim() ?? undefined;

export const directChildren = (parent: Element | undefined | null, tag: string): Element[] =>
  parent
    ? Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === tag)
    : [];

export const childText = (parent: Element, tag: string): string | undefined =>
  directChildren(parent, tag)[0]?.textContent?.trim();
