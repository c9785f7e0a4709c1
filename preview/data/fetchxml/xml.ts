/**
 * A small XML reader for FetchXML: elements, attributes (single or double quoted), text,
 * the five named entities and numeric character references, comments and the XML
 * declaration. No DTDs, CDATA or namespaces beyond taking `xmlns:*` as plain attributes:
 * FetchXML needs none of them. Pure TypeScript (no DOMParser), so the browser preview and
 * the Node tests read a query the same way.
 */
import { QuerySyntaxError } from "../odata/errors";

export interface XmlElement {
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), entities decoded, trimmed. */
  text: string;
}

const namedEntities: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    const named = namedEntities[body];
    if (named === undefined) throw new QuerySyntaxError(`fetchXml: unknown XML entity ${whole}`);
    return named;
  });
}

const namePattern = /[A-Za-z_][\w.:-]*/y;
const attributePattern = /\s*([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

export function parseXml(source: string): XmlElement {
  let index = 0;
  const fail = (what: string): never => {
    throw new QuerySyntaxError(`fetchXml is not well-formed XML: ${what} at position ${index + 1}`);
  };
  const skipMisc = (): void => {
    for (;;) {
      while (index < source.length && /\s/.test(source[index])) index += 1;
      if (source.startsWith("<?", index)) {
        const end = source.indexOf("?>", index);
        if (end < 0) fail("unterminated processing instruction");
        index = end + 2;
      } else if (source.startsWith("<!--", index)) {
        const end = source.indexOf("-->", index);
        if (end < 0) fail("unterminated comment");
        index = end + 3;
      } else return;
    }
  };
  const readName = (): string => {
    namePattern.lastIndex = index;
    const match = namePattern.exec(source);
    if (!match) return fail("expected a name");
    index = namePattern.lastIndex;
    return match[0];
  };
  const readElement = (): XmlElement => {
    if (source[index] !== "<") fail("expected an element");
    index += 1;
    const name = readName();
    const attributes = new Map<string, string>();
    for (;;) {
      attributePattern.lastIndex = index;
      const match = attributePattern.exec(source);
      if (!match) break;
      if (attributes.has(match[1])) fail(`attribute ${match[1]} given twice`);
      attributes.set(match[1], decodeEntities(match[2] ?? match[3]));
      index = attributePattern.lastIndex;
    }
    while (index < source.length && /\s/.test(source[index])) index += 1;
    const element: XmlElement = { name, attributes, children: [], text: "" };
    if (source.startsWith("/>", index)) {
      index += 2;
      return element;
    }
    if (source[index] !== ">") fail(`unexpected character in <${name}>`);
    index += 1;
    let text = "";
    for (;;) {
      if (index >= source.length) fail(`<${name}> is not closed`);
      if (source.startsWith("<!--", index)) {
        const end = source.indexOf("-->", index);
        if (end < 0) fail("unterminated comment");
        index = end + 3;
      } else if (source.startsWith("</", index)) {
        index += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        while (index < source.length && /\s/.test(source[index])) index += 1;
        if (source[index] !== ">") fail(`unexpected character in </${name}>`);
        index += 1;
        element.text = decodeEntities(text).trim();
        return element;
      } else if (source[index] === "<") {
        element.children.push(readElement());
      } else {
        const next = source.indexOf("<", index);
        const end = next < 0 ? source.length : next;
        text += source.slice(index, end);
        index = end;
      }
    }
  };
  skipMisc();
  const root = readElement();
  skipMisc();
  if (index < source.length) fail("content after the root element");
  return root;
}
