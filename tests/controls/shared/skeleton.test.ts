import * as fs from "node:fs";
import * as path from "node:path";

// controls/README.md describes one skeleton; this keeps a new or changed control to it.
const controlsDir = path.resolve(__dirname, "../../../controls");
const controlNames = fs
  .readdirSync(controlsDir)
  .filter((name) => fs.existsSync(path.join(controlsDir, name, "ControlManifest.Input.xml")));
const camel = (name: string): string => name[0].toLowerCase() + name.slice(1);
const read = (...parts: string[]): string => fs.readFileSync(path.join(controlsDir, ...parts), "utf8");
const sourceFiles = (folder: string): string[] =>
  fs.readdirSync(path.join(controlsDir, folder)).filter((file) => /\.tsx?$/.test(file));

describe.each(controlNames)("%s follows the control skeleton", (name) => {
  it("has the adapter, the controller, the view and the strings list under their names", () => {
    const files = fs.readdirSync(path.join(controlsDir, name));
    expect(files).toEqual(
      expect.arrayContaining([
        "index.ts",
        `${name}Controller.ts`,
        `${name}View.tsx`,
        `${camel(name)}Strings.ts`,
        "tsconfig.json",
      ]),
    );
    expect(read(name, `${name}Controller.ts`)).toMatch(new RegExp(`export class ${name}Controller\\b`));
    expect(read(name, `${camel(name)}Strings.ts`)).toMatch(new RegExp(`export const ${camel(name)}StringKeys\\b`));
  });

  it("types its inputs and outputs from the generated manifest types", () => {
    expect(read(name, "index.ts")).toMatch(/import type \{ IInputs, IOutputs \} from "\.\/generated\/ManifestTypes";/);
  });

  // controls/README.md, "No state update during the host's render".
  it("runs updateView inside inUpdateView when its controller keeps a store", () => {
    if (!read(name, `${name}Controller.ts`).includes("createStore")) return;
    expect(read(name, "index.ts")).toMatch(/updateView\([^)]*\)[^{]*\{\s*(\/\/[^\n]*\s*)*return inUpdateView\(/);
  });
});

const codeFolders = [...controlNames, "shared", "shared/attributeList", "shared/deliveryText"];
const tsxOf = (folder: string): string[] => sourceFiles(folder).filter((file) => file.endsWith(".tsx"));

// Folders of plain .ts modules (shared/deliveryText) have nothing for the pragma rule.
describe.each(codeFolders.filter((folder) => tsxOf(folder).length > 0))("%s JSX", (folder) => {
  it.each(tsxOf(folder))("%s uses the h JSX pragma", (file) => {
    const text = read(folder, file);
    expect(text.startsWith("/** @jsx h */")).toBe(true);
    expect(text).toMatch(/import \{ (Fragment, )?h \} from "\.\.?\/(shared\/)?jsx";/);
  });
});

describe.each(codeFolders)("%s code style", (folder) => {
  it("names module constants in camelCase", () => {
    const upperCase = sourceFiles(folder).flatMap((file) =>
      [...read(folder, file).matchAll(/^(?:export )?const ([A-Z][A-Z0-9_]+)\s*[:=]/gm)].map(
        (match) => `${file}: ${match[1]}`,
      ),
    );
    expect(upperCase).toEqual([]);
  });
});
