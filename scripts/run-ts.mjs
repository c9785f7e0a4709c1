// Runs a TypeScript entry point under Node: esbuild bundles it (npm packages stay external)
// into out/.scripts/ and the result is executed in this process with the remaining args.
import { build } from "esbuild";
import { createRequire } from "node:module";
import path from "node:path";
import process from "node:process";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run-ts.mjs <entry.ts> [args...]");
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, "..");
const outfile = path.join(root, "out", ".scripts", path.basename(entry).replace(/\.tsx?$/, ".cjs"));
await build({
  entryPoints: [path.resolve(root, entry)],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: "inline",
  logLevel: "error",
});
process.argv = [process.argv[0], outfile, ...args];
createRequire(import.meta.url)(outfile);
