import * as fs from "node:fs";
import * as path from "node:path";
import { attributeGridStringKeys } from "../../../controls/AttributeGrid/strings";
import { loadResx } from "../../support/resx";

const manifestPath = path.resolve(__dirname, "../../../controls/AttributeGrid/ControlManifest.Input.xml");
const manifest = fs.readFileSync(manifestPath, "utf8");
const english = loadResx("AttributeGrid", 1033);
const german = loadResx("AttributeGrid", 1031);

describe("AttributeGrid resources", () => {
  it("has an English and a German resx", () => {
    expect(english).toBeDefined();
    expect(german).toBeDefined();
  });

  it.each([["1033"], ["1031"]])("defines every view string in %s", (lcid) => {
    const strings = lcid === "1033" ? english : german;
    const missing = attributeGridStringKeys.filter((key) => !strings?.get(key));
    expect(missing).toEqual([]);
  });

  it("defines every key the manifest names, in both languages", () => {
    const keys = [...manifest.matchAll(/(?:display-name-key|description-key)="([^"]+)"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.filter((key) => !english?.get(key))).toEqual([]);
    expect(keys.filter((key) => !german?.get(key))).toEqual([]);
  });

  it("translates the German file rather than copying English", () => {
    const words = ["Grid_Label", "Filter_Placeholder", "Empty", "Copy_Label", "Show_All", "Group_Input"] as const;
    for (const key of words) {
      expect(german?.get(key)).not.toBe(english?.get(key));
    }
  });

  it("keeps the same placeholders in both languages", () => {
    const placeholders = (text: string | undefined) => (text?.match(/\{\d+\}/g) ?? []).sort();
    for (const key of english?.keys() ?? []) {
      expect([key, placeholders(german?.get(key))]).toEqual([key, placeholders(english?.get(key))]);
    }
  });

  it("declares the dataset and its property sets for the form to bind", () => {
    expect(manifest).toMatch(/<data-set name="attributes"/);
    for (const name of ["keyword", "value", "type"]) {
      expect(manifest).toMatch(new RegExp(`<property-set name="${name}"`));
    }
    expect(manifest).toMatch(/control-type="virtual"/);
    expect(manifest).toMatch(/<platform-library name="React" version="16.14.0"/);
    expect(manifest).toMatch(/<platform-library name="Fluent" version="8.121.1"/);
  });
});
