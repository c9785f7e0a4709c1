import * as fs from "node:fs";
import * as path from "node:path";

/** Where a control keeps its resx files: controls/<Name>/strings/<Name>.<lcid>.resx. */
export function resxPath(controlName: string, languageId: number): string {
  return path.resolve(__dirname, "..", "..", "controls", controlName, "strings", `${controlName}.${languageId}.resx`);
}

const entities: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X")) {
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    }
    if (entity.startsWith("#")) {
      return String.fromCodePoint(parseInt(entity.slice(1), 10));
    }
    return entities[entity.toLowerCase()] ?? whole;
  });
}

/** The name/value pairs of a resx file. Only <data> entries with a <value> count. */
export function parseResx(xml: string): Map<string, string> {
  const strings = new Map<string, string>();
  const dataPattern = /<data\s+[^>]*?name="([^"]+)"[^>]*>([\s\S]*?)<\/data>/g;
  for (const match of xml.matchAll(dataPattern)) {
    const value = /<value>([\s\S]*?)<\/value>/.exec(match[2]);
    if (value) {
      strings.set(decodeXml(match[1]), decodeXml(value[1]));
    }
  }
  return strings;
}

/** Reads a control's strings for a language, or undefined when there is no such file. */
export function loadResx(controlName: string, languageId: number): Map<string, string> | undefined {
  const file = resxPath(controlName, languageId);
  return fs.existsSync(file) ? parseResx(fs.readFileSync(file, "utf8")) : undefined;
}
