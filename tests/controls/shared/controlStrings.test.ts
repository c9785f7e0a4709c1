import * as fs from "node:fs";
import * as path from "node:path";
import { attributeGridStringKeys } from "../../../controls/AttributeGrid/attributeGridStrings";
import { deliveryTimelineStringKeys } from "../../../controls/DeliveryTimeline/deliveryTimelineStrings";
import { dispositionChipsStringKeys } from "../../../controls/DispositionChips/dispositionChipsStrings";
import { relatedRecordsStringKeys } from "../../../controls/RelatedRecords/relatedRecordsStrings";
import { loadResx } from "../../support/resx";

const controls: [string, readonly string[]][] = [
  ["AttributeGrid", attributeGridStringKeys],
  ["DeliveryTimeline", deliveryTimelineStringKeys],
  ["DispositionChips", dispositionChipsStringKeys],
  ["RelatedRecords", relatedRecordsStringKeys],
];

/** Keys the manifest refers to: display names and descriptions of the control and its properties. */
function manifestKeys(controlName: string): string[] {
  const manifest = fs.readFileSync(
    path.resolve(__dirname, "../../../controls", controlName, "ControlManifest.Input.xml"),
    "utf8",
  );
  return [...manifest.matchAll(/(?:display-name-key|description-key)="([^"]+)"/g)].map((match) => match[1]);
}

describe.each(controls)("%s strings", (controlName, keys) => {
  const english = loadResx(controlName, 1033) ?? new Map<string, string>();
  const german = loadResx(controlName, 1031) ?? new Map<string, string>();

  it("has both resx files with exactly the keys the code uses", () => {
    expect([...english.keys()].sort()).toEqual([...keys].sort());
    expect([...german.keys()].sort()).toEqual([...keys].sort());
  });

  it("defines every key the manifest refers to", () => {
    const missing = manifestKeys(controlName).filter((key) => !english.has(key) || !german.has(key));
    expect(missing).toEqual([]);
  });

  it("has no empty strings and keeps the same placeholders in German", () => {
    const placeholders = (text: string): string[] => (text.match(/\{\d+\}/g) ?? []).sort();
    for (const key of keys) {
      expect(english.get(key)?.trim()).toBeTruthy();
      expect(german.get(key)?.trim()).toBeTruthy();
      expect({ key, placeholders: placeholders(german.get(key) ?? "") }).toEqual({
        key,
        placeholders: placeholders(english.get(key) ?? ""),
      });
    }
  });

  it("is really translated: most German strings differ from the English ones", () => {
    const same = keys.filter((key) => english.get(key) === german.get(key));
    expect(same.length).toBeLessThan(keys.length * 0.1);
  });
});
