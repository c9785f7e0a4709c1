import * as fs from "node:fs";
import * as path from "node:path";
import { deliveryFormStringKeys } from "../../webresources/deliveryForm/deliveryFormStrings";
import { createResourceStrings } from "../../webresources/shared/resourceStrings";
import { webResourceLibraries } from "../../webresources/libraries";
import { keysUsedIn } from "../support/codeStrings";
import { describeStringTables, shippedLanguageIds } from "../support/stringTables";
import { createDeliveryForm, english, loadFormStrings } from "./deliveryFormHarness";

const german = loadFormStrings(1031);
const keys: readonly string[] = deliveryFormStringKeys;
const translations = new Map(
  shippedLanguageIds
    .filter((languageId) => languageId !== 1033)
    .map((languageId) => [languageId, loadFormStrings(languageId)]),
);

describe("delivery form strings", () => {
  // Every string of the script is translated: no share may stay English.
  describeStringTables(english, translations, keys, 0);

  it("ships every language as a RESX web resource of the script, and only those", () => {
    const scriptDir = path.resolve(__dirname, "../../webresources/deliveryForm");
    for (const library of webResourceLibraries) {
      expect(library.strings.map((strings) => strings.languageCode).sort()).toEqual([...shippedLanguageIds].sort());
    }
    expect(fs.readdirSync(path.join(scriptDir, "strings")).sort()).toEqual(
      shippedLanguageIds.map((languageId) => `deliveryForm.${languageId}.resx`).sort(),
    );
  });

  it("lists every key the script asks for, so each is in every language's resx", () => {
    const root = path.resolve(__dirname, "../../webresources");
    const files = fs
      .readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts") && !file.endsWith("Strings.ts"))
      .map((file) => path.join(root, file));
    const used = keysUsedIn(files);
    expect(used.keys.filter((key) => !keys.includes(key))).toEqual([]);
    expect(used.prefixes.length).toBeGreaterThan(0);
    expect(used.prefixes.filter((prefix) => !keys.some((key) => key.startsWith(prefix)))).toEqual([]);
  });

  it("lists resx files that exist under the names the script reads", () => {
    for (const library of webResourceLibraries) {
      for (const strings of library.strings) {
        expect(fs.existsSync(path.resolve(__dirname, "../..", strings.file))).toBe(true);
        expect(strings.name).toBe(`pdx_/strings/deliveryForm.${strings.languageCode}.resx`);
      }
    }
  });

  it("isolates inserted text in Arabic, so a +number, a quoted list or an English detail keeps its own order", () => {
    const arabic = translations.get(1025) ?? new Map<string, string>();
    const inserted = [
      "Routing_SectionLabel",
      "Disposition_notCanonical",
      "Disposition_duplicate",
      "Outcome_unknownStatus",
      "Outcome_unknownResult",
      "StatusRead_other",
      "Script_Failed",
    ];
    expect(inserted.filter((key) => !arabic.get(key)?.includes("\u2068{0}\u2069"))).toEqual([]);
  });

  it("hard-codes no prose in the scripts: every sentence comes from the resx", () => {
    const root = path.resolve(__dirname, "../../webresources");
    const sources = fs
      .readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts") && !file.endsWith("libraries.ts"));
    const prose: string[] = [];
    for (const file of sources) {
      const code = fs
        .readFileSync(path.join(root, file), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      for (const match of code.matchAll(/(["'`])((?:\\.|(?!\1).)*)\1/g)) {
        if (/[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}/.test(match[2])) prose.push(`${file}: ${match[0]}`);
      }
    }
    expect(prose).toEqual([]);
  });

  it("asks getResourceString for the resx by its name without language, in the user's language", () => {
    const form = createDeliveryForm({});
    form.getResourceString.mockImplementation((_resource: string, key: string) => german.get(key) ?? null);
    const strings = createResourceStrings<string>("pdx_/strings/deliveryForm");
    expect(strings.format("Outcome_unknownStatus", "Paused")).toBe(
      "Der Status 'Paused' ist diesem Formular nicht bekannt.",
    );
    expect(form.getResourceString).toHaveBeenCalledWith("pdx_/strings/deliveryForm", "Outcome_unknownStatus");
  });

  it.each([
    ["returns nothing", () => null],
    ["returns an empty string", () => ""],
    [
      "throws (no resx for the user's language)",
      () => {
        throw new Error("pdx_/strings/deliveryForm does not exist.");
      },
    ],
  ])("shows the key when getResourceString %s", (_name, implementation) => {
    const form = createDeliveryForm({});
    form.getResourceString.mockImplementation(implementation);
    const strings = createResourceStrings<string>("pdx_/strings/deliveryForm");
    expect(strings.get("Outcome_statusError")).toBe("Outcome_statusError");
    expect(strings.format("StatusRead_other", "x")).toBe("StatusRead_other");
  });
});
