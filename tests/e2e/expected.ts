/**
 * What a page should show, worked out in Node from the same sources the page uses: the sample
 * data (same seed and instant), the domain model, and the strings of the built controls.
 */
import fs from "node:fs";
import path from "node:path";
import { classifyStatus, parseDispositionCodes } from "../../domain/delivery";
import { AttributeNames as A, DeliveryNames as D } from "../../domain/tables";
import { formatTemplate } from "../../controls/shared/strings";
import { parseResx } from "../../pcf-host/resx";
import { generateSampleData, type CatalogueEntry, type Row, type SampleData } from "../../preview/data";

/** The strings of a built control (out/controls/<Name>/strings/<Name>.<lcid>.resx), read as the preview reads them. */
export function controlStrings(root: string, control: string, languageId = 1033): Map<string, string> {
  return parseResx(
    fs.readFileSync(path.join(root, "out", "controls", control, "strings", `${control}.${languageId}.resx`), "utf8"),
  );
}

/** A resx template with its {n} placeholders filled, by the formatter the controls use. */
export function format(template: string | undefined, ...args: (string | number)[]): string {
  if (template === undefined) throw new Error("no such string");
  return formatTemplate(template, args);
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
