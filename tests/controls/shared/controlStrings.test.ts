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
import { keysUsedIn, userVisibleLiterals } from "../../support/codeStrings";
import { loadResx } from "../../support/resx";
import { describeStringTables, shippedLanguageIds } from "../../support/stringTables";

const controlsDir = path.resolve(__dirname, "../../../controls");

const controls: [string, readonly string[]][] = [
  ["AttributeGrid", attributeGridStringKeys],
  ["ContactDeliveries", contactDeliveriesStringKeys],
  ["DeliveryInsights", deliveryInsightsStringKeys],
  ["DeliveryTimeline", deliveryTimelineStringKeys],
  ["DispositionChips", dispositionChipsStringKeys],
  ["RelatedRecords", relatedRecordsStringKeys],
];

/** The views shared by several controls, with the key lists every control that shows them holds. */
const sharedFolders: [string, readonly string[], string[]][] = [
  ["shared/attributeList", attributeListStringKeys, ["AttributeGrid", "ContactDeliveries"]],
  ["shared/deliveryText", deliveryTextStringKeys, ["DeliveryTimeline", "ContactDeliveries", "DeliveryInsights"]],
];

const readManifest = (controlName: string): string =>
  fs.readFileSync(path.join(controlsDir, controlName, "ControlManifest.Input.xml"), "utf8");

/** Keys the manifest refers to: display names and descriptions of the control and its properties. */
function manifestKeys(controlName: string): string[] {
  return [...readManifest(controlName).matchAll(/(?:display-name-key|description-key)="([^"]+)"/g)].map(
    (match) => match[1],
  );
}

/** The languages a control ships: the resx files its manifest lists. */
function manifestLanguages(controlName: string): number[] {
  return [...readManifest(controlName).matchAll(/<resx path="strings\/([A-Za-z]+)\.(\d+)\.resx"/g)].map((match) => {
    expect(match[1]).toBe(controlName);
    return Number(match[2]);
  });
}

/** A folder's code: its .ts and .tsx files, without the generated types and the key list itself. */
function codeFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(controlsDir, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts") && !/Strings\.ts$/.test(file))
    .filter((file) => !file.startsWith("generated"))
    .map((file) => path.join(controlsDir, folder, file));
}

const controlFolderFiles = (controlName: string): string[] => codeFiles(controlName);

describe.each(controls)("%s strings", (controlName, keys) => {
  const english = loadResx(controlName, 1033) ?? new Map<string, string>();
  const translations = new Map(
    shippedLanguageIds
      .filter((languageId) => languageId !== 1033)
      .map((languageId) => [languageId, loadResx(controlName, languageId) ?? new Map<string, string>()]),
  );

  describeStringTables(english, translations, keys);

  it("ships every language, and the manifest lists exactly the resx files in strings/", () => {
    expect(manifestLanguages(controlName).sort()).toEqual([...shippedLanguageIds].sort());
    const files = fs.readdirSync(path.join(controlsDir, controlName, "strings")).sort();
    expect(files).toEqual(shippedLanguageIds.map((languageId) => `${controlName}.${languageId}.resx`).sort());
  });

  it("defines every key the manifest refers to, in every language", () => {
    for (const languageId of shippedLanguageIds) {
      const table = loadResx(controlName, languageId) ?? new Map<string, string>();
      expect({ languageId, missing: manifestKeys(controlName).filter((key) => !table.has(key)) }).toEqual({
        languageId,
        missing: [],
      });
    }
  });

  it("lists every key its code asks for, so each is in every language's resx", () => {
    const used = keysUsedIn(controlFolderFiles(controlName));
    expect(used.keys.length).toBeGreaterThan(5);
    expect(used.keys.filter((key) => !keys.includes(key))).toEqual([]);
    // A key built from a prefix (`Failure_${kind}`) needs at least one key with that prefix.
    expect(used.prefixes.filter((prefix) => !keys.some((key) => key.startsWith(prefix)))).toEqual([]);
  });
});

describe.each(sharedFolders)("the shared %s", (folder, keys, controlNames) => {
  // Shared views say the same thing in every control that shows them: one wording per language.
  it.each(shippedLanguageIds)("has the same texts in every control's resx (%i)", (languageId) => {
    const [first, ...others] = controlNames.map((name) => loadResx(name, languageId));
    for (const other of others) for (const key of keys) expect([key, other?.get(key)]).toEqual([key, first?.get(key)]);
  });

  it("asks only for keys of its own list", () => {
    const used = keysUsedIn(codeFiles(folder));
    expect(used.keys.filter((key) => !keys.includes(key))).toEqual([]);
    expect(used.prefixes.filter((prefix) => !keys.some((key) => key.startsWith(prefix)))).toEqual([]);
  });

  it.each(controlNames)("is listed by %s, which shows it", (controlName) => {
    const own = controls.find((control) => control[0] === controlName)?.[1] ?? [];
    expect(keys.filter((key) => !own.includes(key))).toEqual([]);
  });
});

// Every word a view shows comes from the resx: no text between JSX tags, no label or title
// written into the code. Symbols and punctuation without letters (·, +, …) may stay.
const viewFolders = [...controls.map((control) => control[0]), "shared"];
describe.each(viewFolders)("%s views", (folder) => {
  const views = codeFiles(folder).filter((file) => file.endsWith(".tsx"));

  it("exist", () => {
    expect(views.length).toBeGreaterThan(0);
  });

  it("leave no user-visible literal in the markup", () => {
    expect(views.flatMap((file) => userVisibleLiterals(file).map((text) => `${path.basename(file)}: ${text}`))).toEqual(
      [],
    );
  });
});
