import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import {
  createZonedDateFormatter,
  offsetName,
  userOffsetOf,
  utcFormat,
  zonedDateOptions,
} from "../../../controls/shared/zonedDate";

const source = path.resolve(__dirname, "../../../controls/shared/zonedDate.ts");
const utcOnly = () => 0;

/**
 * The real formatter in a fresh Node process with the given TZ (a test process cannot change
 * its own zone), with the user's Dataverse offset fixed at +60 minutes.
 */
function formatInZone(zone: string, iso: string): { utc: string; local?: string } {
  const compiled = ts.transpileModule(fs.readFileSync(source, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  const script = `
    const module = { exports: {} };
    (function (module, exports) { ${compiled} })(module, module.exports);
    const format = module.exports.createZonedDateFormatter("en-US", () => 60);
    process.stdout.write(JSON.stringify(format(new Date(${JSON.stringify(iso)}))));
  `;
  const output = execFileSync(process.execPath, ["-e", script], {
    env: { ...process.env, TZ: zone },
    encoding: "utf8",
  });
  return JSON.parse(output) as { utc: string; local?: string };
}

describe("createZonedDateFormatter", () => {
  const date = new Date("2026-02-12T04:16:00Z");

  it("names UTC on the stored time, in the user's locale with a numeric date and hour", () => {
    expect(createZonedDateFormatter("en-US", utcOnly)(date)).toEqual({ utc: "2/12/2026, 4:16 AM UTC" });
    expect(createZonedDateFormatter("de-DE", utcOnly)(date)).toEqual({ utc: "12.2.2026, 4:16 UTC" });
    expect(createZonedDateFormatter("en-GB", utcOnly)(date)).toEqual({ utc: "12/02/2026, 4:16 UTC" });
    expect(zonedDateOptions).toMatchObject({ hour: "numeric", minute: "2-digit" });
  });

  it("adds the user's own time with its offset when their zone is not UTC then", () => {
    expect(createZonedDateFormatter("en-US", () => 60)(date)).toEqual({
      utc: "2/12/2026, 4:16 AM UTC",
      local: "2/12/2026, 5:16 AM UTC+01:00",
    });
    // Across midnight, and half-hour zones either side of UTC.
    expect(createZonedDateFormatter("en-US", () => -300)(date).local).toBe("2/11/2026, 11:16 PM UTC-05:00");
    expect(createZonedDateFormatter("de-DE", () => 330)(date).local).toBe("12.2.2026, 9:46 UTC+05:30");
  });

  it("asks the offset for each date, so summer time shifts only the dates it applies to", () => {
    const berlin = (at: Date) => (at.getUTCMonth() >= 3 && at.getUTCMonth() <= 9 ? 120 : 60);
    const format = createZonedDateFormatter("de-DE", berlin);
    expect(format(new Date("2026-01-15T12:00:00Z")).local).toBe("15.1.2026, 13:00 UTC+01:00");
    expect(format(new Date("2026-07-15T12:00:00Z")).local).toBe("15.7.2026, 14:00 UTC+02:00");
  });

  it("shows the same text whatever the browser's time zone is", () => {
    const results = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"].map((zone) =>
      formatInZone(zone, "2025-03-05T23:30:00Z"),
    );
    expect(results).toEqual(Array(3).fill({ utc: "3/5/2025, 11:30 PM UTC", local: "3/6/2025, 12:30 AM UTC+01:00" }));
  });

  it("falls back to the default locale for a tag Intl rejects", () => {
    expect(() => createZonedDateFormatter("not a locale!", utcOnly)(date)).not.toThrow();
    expect(utcFormat("not a locale!", { hour: "numeric" })(date)).toMatch(/4/);
  });
});

describe("offsetName and userOffsetOf", () => {
  it("writes offsets as UTC±hh:mm, and UTC itself as UTC", () => {
    expect([0, 60, -60, 330, -210, 840].map(offsetName)).toEqual([
      "UTC",
      "UTC+01:00",
      "UTC-01:00",
      "UTC+05:30",
      "UTC-03:30",
      "UTC+14:00",
    ]);
  });

  it("takes the user's Dataverse time zone from the host, per date", () => {
    const asked: Date[] = [];
    const settings = {
      getTimeZoneOffsetMinutes: (at?: Date) => {
        if (at) asked.push(at);
        return 120;
      },
    } as unknown as ComponentFramework.UserSettings;
    const date = new Date("2026-07-01T00:00:00Z");
    expect(userOffsetOf(settings)(date)).toBe(120);
    expect(asked).toEqual([date]);
  });

  it("uses the browser's offset where the host has none, and UTC for an answer that is no number", () => {
    const date = new Date("2026-07-01T00:00:00Z");
    expect(userOffsetOf(undefined)(date)).toBe(-date.getTimezoneOffset());
    const broken = { getTimeZoneOffsetMinutes: () => Number.NaN } as unknown as ComponentFramework.UserSettings;
    expect(userOffsetOf(broken)(date)).toBe(0);
  });
});
