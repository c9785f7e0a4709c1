import * as fs from "node:fs";
import * as path from "node:path";
import { attributeGridStringKeys } from "../../../controls/AttributeGrid/attributeGridStrings";
import { contactDeliveriesStringKeys } from "../../../controls/ContactDeliveries/contactDeliveriesStrings";
import { deliveryInsightsStringKeys } from "../../../controls/DeliveryInsights/deliveryInsightsStrings";
import { attributeListStringKeys } from "../../../controls/shared/attributeList/attributeListStrings";
import { deliveryTextStringKeys } from "../../../controls/shared/deliveryText/deliveryTextStrings";
import { deliveryTimelineStringKeys } from "../../../controls/DeliveryTimeline/deliveryTimelineStrings";
import { dispositionChipsStringKeys } from "../../../controls/DispositionChips/dispositionChipsStrings";
import { relatedRecordsStringKeys } from "../../../controls/RelatedRecords/relatedRecordsStrings";
import { loadResx } from "../../support/resx";
import { describeStringTables } from "../../support/stringTables";

const controls: [string, readonly string[]][] = [
  ["AttributeGrid", attributeGridStringKeys],
  ["ContactDeliveries", contactDeliveriesStringKeys],
  ["DeliveryInsights", deliveryInsightsStringKeys],
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

  describeStringTables(english, german, keys);

  it("defines every key the manifest refers to", () => {
    const missing = manifestKeys(controlName).filter((key) => !english.has(key) || !german.has(key));
    expect(missing).toEqual([]);
  });
});

// Shared views say the same thing in every control that shows them: one wording per language.
describe.each([
  ["attribute list", attributeListStringKeys, ["AttributeGrid", "ContactDeliveries"]],
  ["delivery words", deliveryTextStringKeys, ["DeliveryTimeline", "ContactDeliveries", "DeliveryInsights"]],
] as const)("the shared %s", (_, keys, controlNames) => {
  it.each([1033, 1031])("has the same texts in every control's resx (%i)", (languageId) => {
    const [first, ...others] = controlNames.map((name) => loadResx(name, languageId));
    for (const other of others) for (const key of keys) expect([key, other?.get(key)]).toEqual([key, first?.get(key)]);
  });
});
