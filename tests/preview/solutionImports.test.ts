import * as fs from "node:fs";
import * as path from "node:path";
import { build } from "esbuild";

const root = path.resolve(__dirname, "..", "..");

/** Every solution module the preview app imports, as an absolute path. */
function solutionModulesImportedByThePreview(): string[] {
  const folder = path.join(root, "preview", "app");
  const modules = fs
    .readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .flatMap((file) => {
      const absolute = path.join(folder, file);
      const specifiers = [...fs.readFileSync(absolute, "utf8").matchAll(/from\s+"([^"]*\/solution\/[^"]+)"/g)].map(
        (match) => match[1],
      );
      return specifiers.map((specifier) => `${path.resolve(path.dirname(absolute), specifier)}.ts`);
    });
  return [...new Set(modules)].sort();
}

// Only `npm run test:e2e` bundles the preview app; a solution module that reaches node:crypto
// (ids.ts does, for cell ids) would otherwise pass every check here and break the page.
describe("solution modules the preview imports", () => {
  const modules = solutionModulesImportedByThePreview();

  it("include the control bindings", () => {
    expect(modules.map((file) => path.relative(root, file))).toContain(
      path.join("solution", "definitions", "controlBindings.ts"),
    );
  });

  it.each(modules.map((file) => [path.relative(root, file), file]))(
    "%s bundles for the browser",
    async (_name, file) => {
      const result = await build({
        entryPoints: [file],
        bundle: true,
        write: false,
        platform: "browser",
        format: "esm",
        logLevel: "silent",
      });
      expect(result.errors).toEqual([]);
    },
  );
});
