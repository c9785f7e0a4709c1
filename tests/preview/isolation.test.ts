import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(__dirname, "..", "..");

function sources(folder: string): string[] {
  const absolute = path.join(root, folder);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(ts|tsx|mjs|js)$/.test(file) && !file.includes("node_modules") && !file.includes("generated"))
    .map((file) => path.join(absolute, file));
}

describe("the preview stays a development tool", () => {
  it("nothing that ships (solution, controls, domain, web resources) imports from preview/", () => {
    const offenders = ["solution", "controls", "domain", "webresources"]
      .flatMap(sources)
      .filter((file) => /from\s+["'][^"']*\/preview\//.test(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });

  it("preview code builds DOM without innerHTML, dangerouslySetInnerHTML, eval or new Function", () => {
    const offenders = ["preview", "bench", "tests/e2e"]
      .flatMap(sources)
      // eval( as a call, not Playwright's page.$eval / $$eval, which run a function in the page.
      .filter((file) =>
        /innerHTML|dangerouslySetInnerHTML|(?<![\w$])eval\(|new Function/.test(fs.readFileSync(file, "utf8")),
      )
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });
});
