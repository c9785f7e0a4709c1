import { parseDispositionCodes, serializeDispositionCodes } from "../../../domain/delivery";
import { DispositionCodesMaxLength } from "../../../domain/tables";

const codesOf = (text: string | null | undefined): string[] => parseDispositionCodes(text).codes;

describe("parseDispositionCodes", () => {
  it("reads the documented form", () => {
    expect(parseDispositionCodes('"PromiseToPay","SpokeToAgent"')).toEqual({
      codes: ["PromiseToPay", "SpokeToAgent"],
      problems: [],
      duplicates: [],
      emptyEntries: 0,
    });
  });

  it("reads nothing from empty, blank and missing text", () => {
    expect(codesOf("")).toEqual([]);
    expect(codesOf("   ")).toEqual([]);
    expect(codesOf(null)).toEqual([]);
    expect(codesOf(undefined)).toEqual([]);
  });

  it("accepts unquoted and mixed entries with spaces", () => {
    expect(codesOf("A, B ,C")).toEqual(["A", "B", "C"]);
    expect(codesOf(' "A" ,B,  "C"  ')).toEqual(["A", "B", "C"]);
    expect(codesOf('" Spaced Code "')).toEqual(["Spaced Code"]);
  });

  it("skips and counts empty entries and a trailing comma", () => {
    const parsed = parseDispositionCodes('"A",,"", ,"B",');
    expect(parsed.codes).toEqual(["A", "B"]);
    expect(parsed.emptyEntries).toBe(4);
    expect(parsed.problems).toEqual([]);
  });

  it("drops duplicates, keeping the first, and reports them", () => {
    const parsed = parseDispositionCodes('"A","B","A",A');
    expect(parsed.codes).toEqual(["A", "B"]);
    expect(parsed.duplicates).toEqual(["A", "A"]);
  });

  it("treats codes differing only in case as different codes", () => {
    expect(codesOf("Busy,busy")).toEqual(["Busy", "busy"]);
  });

  it("decodes backslash-escaped quotes and backslashes", () => {
    expect(codesOf('"Say \\"hi\\"","C:\\\\temp"')).toEqual(['Say "hi"', "C:\\temp"]);
  });

  it("decodes doubled quotes", () => {
    expect(codesOf('"Say ""hi""","B"')).toEqual(['Say "hi"', "B"]);
  });

  it("keeps a lone backslash that escapes nothing", () => {
    expect(codesOf('"C:\\temp"')).toEqual(["C:\\temp"]);
  });

  it("keeps commas inside quotes", () => {
    expect(codesOf('"Call back, later","B"')).toEqual(["Call back, later", "B"]);
  });

  it("keeps quotes inside unquoted entries literally", () => {
    expect(codesOf('Size 5" screen,B')).toEqual(['Size 5" screen', "B"]);
  });

  it("reports an unterminated quote with its 1-based position and still reads the rest", () => {
    const text = '"PromiseToPay","SpokeToAgent,Callback';
    const parsed = parseDispositionCodes(text);
    expect(parsed.problems).toEqual([{ kind: "unterminatedQuote", position: 16 }]);
    expect(text[15]).toBe('"');
    expect(parsed.codes).toEqual(["PromiseToPay", "SpokeToAgent", "Callback"]);
  });

  it("reports text after a closing quote and keeps it with its code", () => {
    const parsed = parseDispositionCodes('"Promise"ToPay,"B"');
    expect(parsed.problems).toEqual([{ kind: "textAfterQuote", position: 10 }]);
    expect(parsed.codes).toEqual(["PromiseToPay", "B"]);
  });

  it("reports text stored beyond the column limit but still reads it", () => {
    const text = serializeDispositionCodes(Array.from({ length: 120 }, (_, index) => `Code${index}`));
    expect(text.length).toBeGreaterThan(DispositionCodesMaxLength);
    const parsed = parseDispositionCodes(text, DispositionCodesMaxLength);
    expect(parsed.problems).toEqual([{ kind: "tooLong", length: text.length, limit: DispositionCodesMaxLength }]);
    expect(parsed.codes).toHaveLength(120);
  });

  it("reads a full 1,000-character value without complaint", () => {
    const code = "X".repeat(DispositionCodesMaxLength - 2);
    const text = serializeDispositionCodes([code]);
    expect(text).toHaveLength(DispositionCodesMaxLength);
    expect(parseDispositionCodes(text, DispositionCodesMaxLength)).toEqual({
      codes: [code],
      problems: [],
      duplicates: [],
      emptyEntries: 0,
    });
  });

  it("never throws on arbitrary text", () => {
    const alphabet = ['"', "\\", ",", " ", "a", "B", "\t", "'"];
    let seed = 7;
    for (let round = 0; round < 500; round += 1) {
      let text = "";
      const length = round % 40;
      for (let index = 0; index < length; index += 1) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += alphabet[seed % alphabet.length];
      }
      const parsed = parseDispositionCodes(text);
      expect(parsed.codes.every((code) => code.length > 0 && code === code.trim())).toBe(true);
      expect(new Set(parsed.codes).size).toBe(parsed.codes.length);
    }
  });
});

describe("serializeDispositionCodes", () => {
  it("writes the canonical quoted, comma separated form", () => {
    expect(serializeDispositionCodes(["PromiseToPay", "SpokeToAgent"])).toBe('"PromiseToPay","SpokeToAgent"');
    expect(serializeDispositionCodes([])).toBe("");
  });

  it("escapes quotes and backslashes so the text is a JSON array body", () => {
    const codes = ['Say "hi"', "C:\\temp", "a,b"];
    const text = serializeDispositionCodes(codes);
    expect(text).toBe('"Say \\"hi\\"","C:\\\\temp","a,b"');
    expect(JSON.parse(`[${text}]`)).toEqual(codes);
  });

  it("round-trips through the parser for awkward codes", () => {
    const codes = ['"', "\\", '\\"', '""', "a,b", "x\\", "Ünïcødé ✓", "tab\tinside", "'single'"];
    expect(parseDispositionCodes(serializeDispositionCodes(codes))).toEqual({
      codes,
      problems: [],
      duplicates: [],
      emptyEntries: 0,
    });
  });

  it("is stable: parsing and writing canonical text changes nothing", () => {
    const canonical = serializeDispositionCodes(codesOf(' A ,"B",, "A", "C\\"D" ,'));
    expect(canonical).toBe('"A","B","C\\"D"');
    expect(serializeDispositionCodes(codesOf(canonical))).toBe(canonical);
  });
});
