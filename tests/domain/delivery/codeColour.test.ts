import { codeColour, contrastRatio, hashCode, hslToHex } from "../../../domain/delivery";

const sampleCodes = [
  "PromiseToPay",
  "SpokeToAgent",
  "Callback",
  "NoAnswer",
  "Busy1",
  "Busy2",
  "a",
  "Ünïcødé",
  ...Array.from({ length: 200 }, (_, index) => `Code${index}`),
];

describe("hslToHex and contrastRatio", () => {
  it("converts the primaries and greys", () => {
    expect(hslToHex(0, 100, 50)).toBe("#ff0000");
    expect(hslToHex(120, 100, 50)).toBe("#00ff00");
    expect(hslToHex(240, 100, 50)).toBe("#0000ff");
    expect(hslToHex(0, 0, 100)).toBe("#ffffff");
    expect(hslToHex(0, 0, 0)).toBe("#000000");
  });

  it("gives the WCAG contrast of black on white as 21", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777777")).toBeCloseTo(1, 5);
  });
});

describe("codeColour", () => {
  it("gives a code the same colour every time", () => {
    expect(codeColour("PromiseToPay")).toEqual(codeColour("PromiseToPay"));
    expect(hashCode("PromiseToPay")).toBe(hashCode("PromiseToPay"));
  });

  it("matches a known value, so the colour cannot drift between releases unnoticed", () => {
    expect(hashCode("")).toBe(0x811c9dc5);
    expect(hashCode("a")).toBe(0xe40c292c);
  });

  it("spreads similar codes over different colours", () => {
    const backgrounds = new Set(sampleCodes.map((code) => codeColour(code).background));
    expect(backgrounds.size).toBeGreaterThan(sampleCodes.length * 0.8);
    expect(codeColour("Busy1").background).not.toBe(codeColour("Busy2").background);
  });

  it.each([false, true])("reaches 4.5:1 contrast for every sample code (dark theme: %s)", (dark) => {
    for (const code of sampleCodes) {
      const colour = codeColour(code, dark);
      expect(contrastRatio(colour.background, colour.foreground)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
