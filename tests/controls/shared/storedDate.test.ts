import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { createStoredDateFormatter } from "../../../controls/shared/storedDate";

const source = path.resolve(__dirname, "../../../controls/shared/storedDate.ts");

/**
 * Runs the real formatter in a fresh Node process with the given TZ (a test process cannot
 * change its own zone) and returns what it printed for the date, plus the local day of
 * month as a check that the zone really applied.
 */
function formatInZone(zone: string, iso: string, locale: string): { text: string; localDay: number } {
  const compiled = ts.transpileModule(fs.readFileSync(source, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  const script = `
    const module = { exports: {} };
    (function (module, exports) { ${compiled} })(module, module.exports);
    const date = new Date(${JSON.stringify(iso)});
    const text = module.exports.createStoredDateFormatter(${JSON.stringify(locale)})(date);
    process.stdout.write(JSON.stringify({ text, localDay: date.getDate() }));
  `;
  const output = execFileSync(process.execPath, ["-e", script], {
    env: { ...process.env, TZ: zone },
    encoding: "utf8",
  });
  return JSON.parse(output) as { text: string; localDay: number };
}

describe("createStoredDateFormatter", () => {
  it("shows the stored value unshifted whatever the user's time zone", () => {
    const results = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"].map((zone) =>
      formatInZone(zone, "2025-03-05T23:30:00Z", "de-DE"),
    );
    expect(results.map((result) => result.text)).toEqual([
      "05.03.2025, 23:30",
      "05.03.2025, 23:30",
      "05.03.2025, 23:30",
    ]);
    // The zones did apply: local getters would have said the 5th, the 6th and the 5th.
    expect(results.map((result) => result.localDay)).toEqual([5, 6, 5]);
  });

  it("follows the locale's order and clock", () => {
    const date = new Date("2025-03-05T14:05:00Z");
    expect(createStoredDateFormatter("en-US")(date)).toBe("03/05/2025, 02:05 PM");
    expect(createStoredDateFormatter("de-DE")(date)).toBe("05.03.2025, 14:05");
    expect(createStoredDateFormatter("en-GB")(date)).toBe("05/03/2025, 14:05");
  });

  it("falls back to the default locale for a tag Intl rejects", () => {
    expect(() => createStoredDateFormatter("not a locale!")(new Date(0))).not.toThrow();
  });
});
