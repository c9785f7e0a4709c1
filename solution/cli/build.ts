import fs from "node:fs";
import path from "node:path";
import { renderFabricSqlFile } from "../../domain/insights/sql";
import { writeAnalyticsSql } from "../../scripts/build-analytics-sql";
import { repositoryRoot } from "../../tools/repositoryRoot";
import { buildTo, solutionsToBuild } from "../pack/build";
import { runCli } from "./runCli";

/** `npm run build:solution` (and the end of `npm run build`): every zip and the unpacked source into dist/. */
runCli("build (dist/ removed)", async () => {
  const started = Date.now();
  const dist = path.join(repositoryRoot(), "dist");
  // Rendered before dist/ is replaced, so a definition error leaves no dist/ half written.
  const analyticsSql = renderFabricSqlFile();
  const written = await buildTo(dist, solutionsToBuild());
  const beside = writeAnalyticsSql(dist, analyticsSql);
  for (const name of [...written, beside])
    console.log(`  dist/${name}  ${fs.statSync(path.join(dist, name)).size} bytes`);
  console.log(`packaged ${written.length} zips in ${Date.now() - started} ms`);
  return true;
});
