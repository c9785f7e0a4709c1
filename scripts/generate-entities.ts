// Writes dataverse/generated/ (dataverse-gen's early-bound shapes) from the table descriptions in
// domain/tables. Run: node scripts/run-ts.mjs scripts/generate-entities.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateEntityFiles } from "../dataverse/codegen";
import { attributeTypeChoice, tables } from "../domain/tables";

// run-ts.mjs runs this bundled from out/.scripts/.
const root = path.resolve(__dirname, "..", "..");
const outDir = path.join(root, "dataverse", "generated");
rmSync(outDir, { recursive: true, force: true });
for (const file of generateEntityFiles(tables, [attributeTypeChoice])) {
  const target = path.join(outDir, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.text);
}
console.log(`wrote ${readdirSync(outDir, { recursive: true }).length} entries under ${path.relative(root, outDir)}`);
