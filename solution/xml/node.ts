/**
 * A tiny XML tree and a deterministic serializer: attributes keep their insertion order,
 * text is always escaped, and the output never depends on the machine or the clock.
 */
export interface XmlElement {
  name: string;
  attributes: [string, string][];
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;
export type AttributeInput = Record<string, string | number | boolean | undefined>;

export function el(
  name: string,
  attributes: AttributeInput = {},
  ...children: (XmlNode | XmlNode[] | undefined | false)[]
): XmlElement {
  const attrs: [string, string][] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) attrs.push([key, String(value)]);
  }
  const flat: XmlNode[] = [];
  for (const child of children) {
    if (child === undefined || child === false) continue;
    if (Array.isArray(child)) flat.push(...child);
    else flat.push(child);
  }
  return { name, attributes: attrs, children: flat };
}

/** An element holding only text, the most common shape in solution XML. */
export function leaf(name: string, value: string | number | boolean, attributes: AttributeInput = {}): XmlElement {
  return el(name, attributes, String(value));
}

export function escapeText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#xD;")
    .replace(/\n/g, "&#xA;")
    .replace(/\t/g, "&#x9;");
}

function serializeInto(node: XmlNode, indent: string, out: string[]): void {
  if (typeof node === "string") {
    out.push(indent + escapeText(node));
    return;
  }
  const attrs = node.attributes.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join("");
  if (node.children.length === 0) {
    out.push(`${indent}<${node.name}${attrs} />`);
  } else if (node.children.every((c) => typeof c === "string")) {
    out.push(`${indent}<${node.name}${attrs}>${node.children.map(escapeText).join("")}</${node.name}>`);
  } else {
    out.push(`${indent}<${node.name}${attrs}>`);
    for (const child of node.children) serializeInto(child, indent + "  ", out);
    out.push(`${indent}</${node.name}>`);
  }
}

/** Serializes with an XML declaration, two-space indentation and CRLF-free line ends. */
export function toXmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  serializeInto(root, "", out);
  return out.join("\n") + "\n";
}

/** Serializes a fragment (no declaration), e.g. form XML or fetch XML embedded in another document. */
export function toXmlFragment(root: XmlElement): string {
  const out: string[] = [];
  serializeInto(root, "", out);
  return out.join("\n");
}
