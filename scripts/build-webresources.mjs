// Bundles each form script library listed in webresources/libraries.ts into
// out/webresources/<file>.js: one IIFE per library, minified, for the browsers Unified
// Interface supports (es2017), with nothing from node_modules but what the code imports.
// Then checks every bundle the way the form would use it, and fails (exit 1) naming the file:
// - over the size budget (8 KB per web resource);
// - throws when loaded, or does not define each handler's function under its namespace when
//   loaded into a window where another library of the publisher already defined its own;
// - erases that other library's functions (libraries share the pdx_ProactiveDelivery global).
//
// Usage: node scripts/build-webresources.mjs
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import process from "node:process";
import vm from "node:vm";

const root = path.resolve(import.meta.dirname, "..");
/** The web resource budget, shared with npm run bench (tools/bundleBudget.json says why). */
const budgetBytes = JSON.parse(fs.readFileSync(path.join(root, "tools", "bundleBudget.json"), "utf8")).webResourceBytes;

/** libraries.ts is TypeScript: bundle it to a module in memory and import that. */
async function loadLibraries() {
  const result = await build({
    entryPoints: [path.join(root, "webresources", "libraries.ts")],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    logLevel: "error",
  });
  const source = Buffer.from(result.outputFiles[0].contents).toString("base64");
  const module = await import(`data:text/javascript;base64,${source}`);
  return module.webResourceLibraries;
}

async function bundle(library) {
  const outfile = path.join(root, library.file);
  await build({
    entryPoints: [path.join(root, library.entry)],
    outfile,
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    legalComments: "none",
    charset: "utf8",
    logLevel: "error",
  });
  return fs.readFileSync(outfile, "utf8");
}

function resolvePath(scope, dotted) {
  return dotted.split(".").reduce((value, key) => (value == null ? undefined : value[key]), scope);
}

/** Loads the bundle into a fake window that already holds another library's namespace. */
function loadProblems(library, code) {
  const neighbour = () => "neighbour";
  const [rootName] = library.namespace.split(".");
  const window = { [rootName]: { OtherLibrary: { run: neighbour } } };
  window.window = window;
  try {
    vm.runInNewContext(code, window, { filename: library.file });
  } catch (error) {
    return [`throws when loaded: ${error.message}`];
  }
  const problems = [];
  for (const handler of library.handlers) {
    if (typeof resolvePath(window, handler.functionName) !== "function") {
      problems.push(`does not define ${handler.functionName} as a function`);
    }
  }
  if (resolvePath(window, `${rootName}.OtherLibrary.run`) !== neighbour) {
    problems.push(`overwrites the ${rootName} global instead of adding to it`);
  }
  return problems;
}

const libraries = await loadLibraries();
let failed = false;
for (const library of libraries) {
  let code;
  try {
    code = await bundle(library);
  } catch (error) {
    console.error(`${library.file}: does not build: ${error.message}`);
    failed = true;
    continue;
  }
  const bytes = Buffer.byteLength(code, "utf8");
  const problems = loadProblems(library, code);
  if (bytes > budgetBytes) problems.push(`${bytes} bytes is over the ${budgetBytes}-byte budget`);
  console.log(`${library.file}  ${bytes} bytes (budget ${budgetBytes})  ${library.name}`);
  for (const problem of problems) console.error(`${library.file}: ${problem}`);
  failed ||= problems.length > 0;
}
process.exit(failed ? 1 : 0);
