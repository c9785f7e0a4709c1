import * as fs from "node:fs";
import * as path from "node:path";

// The form binds the subgrid through these names; the strings are checked with every
// control's in tests/controls/shared/controlStrings.test.ts.
const manifest = fs.readFileSync(
  path.resolve(__dirname, "../../../controls/AttributeGrid/ControlManifest.Input.xml"),
  "utf8",
);

describe("AttributeGrid manifest", () => {
  it("declares the dataset and its property sets for the form to bind", () => {
    expect(manifest).toMatch(/<data-set name="attributes"/);
    for (const name of ["keyword", "value", "type"]) {
      expect(manifest).toMatch(new RegExp(`<property-set name="${name}"`));
    }
    expect(manifest).toMatch(/control-type="virtual"/);
    expect(manifest).toMatch(/<platform-library name="React" version="16.14.0"/);
    expect(manifest).toMatch(/<platform-library name="Fluent" version="8.121.1"/);
  });
});
