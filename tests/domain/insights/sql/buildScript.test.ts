import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderFabricSqlFile } from "../../../../domain/insights/sql";
import { analyticsSqlFileName, writeAnalyticsSql } from "../../../../scripts/build-analytics-sql";

/** The build step that puts the T-SQL file beside the zips in dist/ and lists it in SHA256SUMS. */
let folder: string;

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "pdx-analytics-sql-"));
});

afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

const sha256 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

describe("writeAnalyticsSql", () => {
  it("writes the rendered file, the same bytes every time", () => {
    expect(writeAnalyticsSql(folder)).toBe("ProactiveDeliveryInsights.fabric.sql");
    const first = fs.readFileSync(path.join(folder, analyticsSqlFileName));
    writeAnalyticsSql(folder);
    expect(fs.readFileSync(path.join(folder, analyticsSqlFileName)).equals(first)).toBe(true);
    expect(first.toString("utf8")).toBe(renderFabricSqlFile());
  });

  it("adds its checksum line to SHA256SUMS once, after the zips' lines", () => {
    const zipLine = `${"0".repeat(64)}  Some_1_0_0_0.zip`;
    fs.writeFileSync(path.join(folder, "SHA256SUMS"), `${zipLine}\n`);
    writeAnalyticsSql(folder);
    writeAnalyticsSql(folder);
    const bytes = fs.readFileSync(path.join(folder, analyticsSqlFileName));
    expect(fs.readFileSync(path.join(folder, "SHA256SUMS"), "utf8")).toBe(
      `${zipLine}\n${sha256(bytes)}  ${analyticsSqlFileName}\n`,
    );
  });

  it("writes no SHA256SUMS where there was none", () => {
    writeAnalyticsSql(folder);
    expect(fs.readdirSync(folder)).toEqual([analyticsSqlFileName]);
  });
});
