import fs from "node:fs";
import path from "node:path";
import { verifyZip } from "./verify";
import { schemaDir } from "./xsd";

const ROOT = path.resolve(__dirname, "..", "..");

/** `npm run verify`: checks every zip in dist/ (build first with `npm run build`). */
async function main(): Promise<void> {
  const dist = path.join(ROOT, "dist");
  const zips = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => f.endsWith(".zip")).sort() : [];
  if (zips.length === 0) {
    console.error(`verify: no zips in ${dist}; run \`npm run build\` first`);
    process.exitCode = 1;
    return;
  }
  const schemas = schemaDir(ROOT);
  if (!schemas && process.env.CI) {
    console.error("verify: no XSD folder in CI; set PDX_SCHEMA_DIR (XSD validation must not be skipped in CI)");
    process.exitCode = 1;
    return;
  }
  let failed = 0;
  for (const zip of zips) {
    const result = await verifyZip(zip, fs.readFileSync(path.join(dist, zip)), schemas);
    const status = result.problems.length ? "FAIL" : "ok";
    console.log(`${status}  ${zip}  (${result.entries} entries${result.xsdSkipped ? `; XSD skipped: ${result.xsdSkipped}` : "; XSD valid"})`);
    for (const p of result.problems) console.log(`      ${p}`);
    if (result.problems.length) failed++;
  }
  console.log(`verify: ${zips.length - failed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}

void main();
