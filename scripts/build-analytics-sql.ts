// Writes ProactiveDeliveryInsights.fabric.sql, the T-SQL views for a Fabric lakehouse's SQL
// analytics endpoint (domain/insights/sql), into a folder. `npm run build` writes it into dist/
// beside the zips (solution/cli/build.ts); on its own:
//   node scripts/run-ts.mjs scripts/build-analytics-sql.ts <folder>
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { renderFabricSqlFile } from "../domain/insights/sql";

export const analyticsSqlFileName = "ProactiveDeliveryInsights.fabric.sql";

/**
 * Writes the file (the same bytes on every build) into `folder`; when the folder holds a
 * SHA256SUMS, the file's line is added to it (or replaces the one there). Returns the name.
 */
export function writeAnalyticsSql(folder: string, text: string = renderFabricSqlFile()): string {
  const bytes = Buffer.from(text, "utf8");
  fs.writeFileSync(path.join(folder, analyticsSqlFileName), bytes);
  const sums = path.join(folder, "SHA256SUMS");
  if (fs.existsSync(sums)) {
    const others = fs
      .readFileSync(sums, "utf8")
      .split("\n")
      .filter((line) => line !== "" && !line.endsWith(`  ${analyticsSqlFileName}`));
    const line = `${createHash("sha256").update(bytes).digest("hex")}  ${analyticsSqlFileName}`;
    fs.writeFileSync(sums, [...others, line].join("\n") + "\n");
  }
  return analyticsSqlFileName;
}

// Run directly (run-ts.mjs bundles this file to build-analytics-sql.cjs), not when imported.
if (process.argv[1]?.endsWith("build-analytics-sql.cjs")) {
  const folder = process.argv[2];
  if (!folder) {
    console.error("usage: node scripts/run-ts.mjs scripts/build-analytics-sql.ts <folder>");
    process.exitCode = 2;
  } else {
    fs.mkdirSync(folder, { recursive: true });
    const name = writeAnalyticsSql(folder);
    console.log(`${path.join(folder, name)}  ${fs.statSync(path.join(folder, name)).size} bytes`);
  }
}
