import * as fs from "node:fs";
import * as path from "node:path";
import { deliveryFormStringKeys } from "../../webresources/deliveryForm/deliveryFormStrings";
import { createResourceStrings } from "../../webresources/shared/resourceStrings";
import { webResourceLibraries } from "../../webresources/libraries";
import { describeStringTables } from "../support/stringTables";
import { createDeliveryForm, english, loadFormStrings } from "./deliveryFormHarness";

const german = loadFormStrings(1031);
const keys: readonly string[] = deliveryFormStringKeys;

describe("delivery form strings", () => {
  // Every string of the script is translated: no share may stay English.
  describeStringTables(english, german, keys, 0);

  it("lists resx files that exist under the names the script reads", () => {
    for (const library of webResourceLibraries) {
      for (const strings of library.strings) {
        expect(fs.existsSync(path.resolve(__dirname, "../..", strings.file))).toBe(true);
        expect(strings.name).toBe(`pdx_/strings/deliveryForm.${strings.languageCode}.resx`);
      }
    }
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
