import fs from "node:fs";
import path from "node:path";
import { repositoryRoot } from "../../tools/repositoryRoot";
import { verifyUnpackedSource } from "../verify/unpackedSource";
import { verifyZip } from "../verify/verifyZip";
import { schemaDir } from "../verify/xsd";
import { runCli } from "./runCli";

/** `npm run verify`: checks every zip in dist/ and the unpacked source beside them (build first). */
runCli("verify", async () => {
  const root = repositoryRoot();
  const dist = path.join(root, "dist");
  const zips = fs.existsSync(dist)
    ? fs
        .readdirSync(dist)
        .filter((f) => f.endsWith(".zip"))
        .sort()
    : [];
  if (zips.length === 0) {
    console.error(`verify: no zips in ${dist}; run \`npm run build\` first`);
    return false;
  }
  const schemas = schemaDir(root);
  if (!schemas && process.env.CI) {
    console.error("verify: no XSD folder in CI; set PDX_SCHEMA_DIR (XSD validation must not be skipped in CI)");
    return false;
  }
  let passed = 0;
  let failed = 0;
  let unvalidated = 0;
  for (const zip of zips) {
    const result = await verifyZip(zip, fs.readFileSync(path.join(dist, zip)), schemas);
    // A zip whose XSD check could not run is reported as such, never as fully passed.
    const status = result.problems.length ? "FAIL" : result.xsdSkipped ? "ok, XSD NOT CHECKED" : "ok";
    console.log(
      `${status}  ${zip}  (${result.entries} entries${result.xsdSkipped ? `; XSD skipped: ${result.xsdSkipped}` : "; XSD valid"})`,
    );
    for (const p of result.problems) console.log(`      ${p}`);
    if (result.problems.length) failed++;
    else if (result.xsdSkipped) unvalidated++;
    else passed++;
  }
  const sources = path.join(dist, "src");
  for (const name of fs.existsSync(sources) ? fs.readdirSync(sources).sort() : []) {
    const problems = verifyUnpackedSource(path.join(sources, name));
    console.log(`${problems.length ? "FAIL" : "ok"}  src/${name}  (unpacked source for pac solution pack)`);
    for (const p of problems) console.log(`      ${p}`);
    if (problems.length) failed++;
    else passed++;
  }
  console.log(
    `verify: ${passed} passed, ${failed} failed${unvalidated ? `, ${unvalidated} skipped (no XSD validation)` : ""}`,
  );
  return failed === 0;
});
