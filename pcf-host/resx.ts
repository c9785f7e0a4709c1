/**
 * The one reader of resx files, for the jest tests (from disk), the preview (fetched from the
 * built control) and the browser tests' expectations alike. Plain text matching rather than
 * an XML parser, so it runs in Node and the browser without either's XML API.
 */
const namedEntities: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, entity: string) => {
    if (entity[0] === "#") {
      const hex = entity[1] === "x" || entity[1] === "X";
      return String.fromCodePoint(parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return namedEntities[entity.toLowerCase()] ?? whole;
  });
}

/** The name/value pairs of a resx file; only <data> entries with a <value> count. */
export function parseResx(xml: string): Map<string, string> {
  const strings = new Map<string, string>();
  for (const match of xml.matchAll(/<data\s+[^>]*?name="([^"]+)"[^>]*>([\s\S]*?)<\/data>/g)) {
    const value = /<value>([\s\S]*?)<\/value>/.exec(match[2]);
    if (value) strings.set(decodeXml(match[1]), decodeXml(value[1]));
  }
  return strings;
}
