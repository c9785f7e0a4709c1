import { createStrings, formatTemplate } from "../../../controls/shared/strings";

describe("formatTemplate", () => {
  it("fills numbered placeholders and leaves unknown ones visible", () => {
    expect(formatTemplate("{0} of {1} ({2})", ["3", 7])).toBe("3 of 7 ({2})");
  });

  it("inserts values literally, even ones that look like placeholders", () => {
    expect(formatTemplate("{0}-{1}", ["{1}", "x"])).toBe("{1}-x");
  });
});

describe("createStrings", () => {
  const resources = (table: Record<string, string>): ComponentFramework.Resources => ({
    getString: (key) => table[key] ?? "",
    getResource: jest.fn(),
  });

  it("returns the resource text", () => {
    expect(createStrings<"Hello">(resources({ Hello: "Hallo" })).get("Hello")).toBe("Hallo");
  });

  it("shows the key when the resource is missing, so gaps are visible", () => {
    expect(createStrings<"Missing">(resources({})).get("Missing")).toBe("Missing");
  });

  it("shows the key when the host throws", () => {
    const throwing: ComponentFramework.Resources = {
      getString: () => {
        throw new Error("no resources");
      },
      getResource: jest.fn(),
    };
    expect(createStrings<"Key">(throwing).get("Key")).toBe("Key");
  });

  it("formats a resource template", () => {
    expect(createStrings<"Left">(resources({ Left: "{0} left" })).format("Left", "5 min")).toBe("5 min left");
  });
});
