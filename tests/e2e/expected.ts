/**
 * What a page should show, worked out in Node from the same sources the page uses: the sample
 * data (same seed and instant), the domain model, and the strings of the built controls.
 */
import fs from "node:fs";
import path from "node:path";
import { classifyStatus, parseDispositionCodes } from "../../domain/delivery";
import { AttributeNames as A, DeliveryNames as D } from "../../domain/tables";
import { generateSampleData, type CatalogueEntry, type Row, type SampleData } from "../../preview/data";

const entities: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** The strings of a built control (out/controls/<Name>/strings/<Name>.<lcid>.resx). */
export function controlStrings(root: string, control: string, languageId = 1033): Map<string, string> {
  const file = path.join(root, "out", "controls", control, "strings", `${control}.${languageId}.resx`);
  const xml = fs.readFileSync(file, "utf8");
  const strings = new Map<string, string>();
  const decode = (text: string): string =>
    text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, entity: string) => {
      if (entity[0] === "#") return String.fromCodePoint(entity[1].toLowerCase() === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
      return entities[entity.toLowerCase()] ?? whole;
    });
  for (const match of xml.matchAll(/<data\s+[^>]*?name="([^"]+)"[^>]*>[\s\S]*?<value>([\s\S]*?)<\/value>/g)) {
    strings.set(decode(match[1]), decode(match[2]));
  }
  return strings;
}

export function format(template: string | undefined, ...args: (string | number)[]): string {
  if (template === undefined) throw new Error("no such string");
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole));
}

export class Expectations {
  readonly data: SampleData;
  private readonly strings = new Map<string, Map<string, string>>();

  constructor(
    readonly root: string,
    now: string,
  ) {
    this.data = generateSampleData({ now });
  }

  text(control: string, key: string, languageId = 1033): string {
    const cacheKey = `${control}.${languageId}`;
    let strings = this.strings.get(cacheKey);
    if (!strings) {
      strings = controlStrings(this.root, control, languageId);
      this.strings.set(cacheKey, strings);
    }
    const value = strings.get(key);
    if (value === undefined) throw new Error(`${control} has no string ${key}`);
    return value;
  }

  entry(key: string): CatalogueEntry {
    const entry = [...this.data.featured, ...this.data.broken].find((candidate) => candidate.key === key);
    if (!entry) throw new Error(`no catalogue entry ${key}`);
    return entry;
  }

  delivery(key: string): Row {
    const id = this.entry(key).id;
    const row = this.data.deliveries.find((candidate) => candidate[D.id] === id);
    if (!row) throw new Error(`no delivery ${id}`);
    return row;
  }

  attributes(key: string): Row[] {
    const id = this.entry(key).id;
    return this.data.attributes.filter((row) => row[A.delivery] === id);
  }

  /** The status as the timeline words it. */
  statusText(key: string): string {
    const status = classifyStatus(this.delivery(key)[D.status] as string | null);
    if (status.kind === "empty") return this.text("DeliveryTimeline", "Value_Empty");
    if (status.kind === "unrecognised") return format(this.text("DeliveryTimeline", "Value_Unrecognised"), status.text);
    return this.text("DeliveryTimeline", `Status_${status.kind}`);
  }

  /** The distinct codes the chips should show. */
  codes(key: string): string[] {
    return parseDispositionCodes(this.delivery(key)[D.dispositionCodes] as string | null).codes;
  }
}
