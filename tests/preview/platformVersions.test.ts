import * as fs from "node:fs";
import * as path from "node:path";
import {
  compareVersions,
  resolvePlatformLibrary,
  type PlatformLibraryVersions,
} from "../../preview/host/platformVersions";

const versions = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../node_modules/pcf-scripts/PlatformLibraryVersions.json"), "utf8"),
) as PlatformLibraryVersions;

describe("platform library globals", () => {
  it("resolves the manifests' React and Fluent to the globals pcf-scripts compiles against", () => {
    expect(resolvePlatformLibrary(versions, "React", "16.14.0").libAlias).toBe("Reactv16");
    expect(resolvePlatformLibrary(versions, "Fluent", "8.121.1").libAlias).toBe("FluentUIReactv81211");
    expect(resolvePlatformLibrary(versions, "Fluent", "8.29.0").libAlias).toBe("FluentUIReactv8290");
  });

  it("refuses versions the platform does not provide", () => {
    expect(() => resolvePlatformLibrary(versions, "React", "17.0.2")).toThrow(/React 17.0.2/);
    expect(() => resolvePlatformLibrary(versions, "Angular", "1.0.0")).toThrow(/Angular/);
  });

  it("compares dotted versions numerically", () => {
    expect(compareVersions("8.121.1", "8.29.1")).toBe(1);
    expect(compareVersions("16.14", "16.14.0")).toBe(0);
    expect(compareVersions("9.0.0", "9.68.0")).toBe(-1);
  });
});
