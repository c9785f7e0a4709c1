import { addCodes, compactDispositionCodes, parseDispositionCodes, removeCode } from "../../../domain/delivery";
import { DispositionCodesMaxLength } from "../../../domain/tables";

describe("addCodes", () => {
  it("adds a typed code and returns the canonical text", () => {
    expect(addCodes(["A"], "  B ")).toEqual({ ok: true, codes: ["A", "B"], text: '"A","B"', added: ["B"] });
  });

  it("adds several codes typed as a list, skipping ones already present", () => {
    expect(addCodes(["A"], 'A, "B", C')).toEqual({
      ok: true,
      codes: ["A", "B", "C"],
      text: '"A","B","C"',
      added: ["B", "C"],
    });
  });

  it("refuses empty input and codes already present", () => {
    expect(addCodes(["A"], "  ,, ")).toEqual({ ok: false, reason: "empty" });
    expect(addCodes(["A"], "A")).toEqual({ ok: false, reason: "alreadyPresent" });
  });

  it("refuses an addition that would pass the column limit, reporting the length", () => {
    const current = ["X".repeat(DispositionCodesMaxLength - 8)];
    expect(addCodes(current, "ABC")).toEqual({
      ok: true,
      codes: [...current, "ABC"],
      text: expect.any(String),
      added: ["ABC"],
    });
    const outcome = addCodes(current, "ABCD");
    expect(outcome).toEqual({
      ok: false,
      reason: "tooLong",
      length: DispositionCodesMaxLength + 1,
      limit: DispositionCodesMaxLength,
    });
  });

  it("accepts exactly the limit", () => {
    const outcome = addCodes([], "Y".repeat(DispositionCodesMaxLength - 2));
    expect(outcome.ok && outcome.text.length).toBe(DispositionCodesMaxLength);
  });

  it("honours a smaller limit from the column metadata", () => {
    expect(addCodes(["A"], "B", 6)).toEqual({ ok: false, reason: "tooLong", length: 7, limit: 6 });
  });
});

describe("removeCode", () => {
  it("removes one code and returns the canonical text", () => {
    expect(removeCode(["A", "B", "C"], "B")).toEqual({ codes: ["A", "C"], text: '"A","C"' });
  });

  it("returns empty text when the last code goes", () => {
    expect(removeCode(["A"], "A")).toEqual({ codes: [], text: "" });
  });

  it("never writes more than the column holds when the codes came from a stored text in another form", () => {
    // 200 unquoted codes in 999 characters; quoted, the 199 left would take 1,591.
    const codes = Array.from({ length: 200 }, (_, index) => `c${String(index).padStart(3, "0")}`);
    const stored = codes.join(",");
    expect(stored.length).toBe(999);
    const outcome = removeCode(parseDispositionCodes(stored).codes, "c100");
    expect(outcome.codes).toEqual(codes.filter((code) => code !== "c100"));
    expect(outcome.text).toBe(outcome.codes.join(","));
    expect(outcome.text.length).toBeLessThanOrEqual(DispositionCodesMaxLength);
    expect(parseDispositionCodes(outcome.text).codes).toEqual(outcome.codes);
  });

  it("writes the canonical text whenever it fits the limit", () => {
    expect(removeCode(["a,b", "x", "q"], "q", 12).text).toBe('"a,b","x"');
    // Quoted, "a,b","x","y" would take 13.
    expect(removeCode(["a,b", "x", "y", "q"], "q", 12).text).toBe('"a,b",x,y');
  });
});

describe("compactDispositionCodes", () => {
  it("quotes only codes with a comma or a leading quote, and escapes only what the parser would misread", () => {
    expect(compactDispositionCodes(["A", "b c", 'x"y', "a,b", '"q', "p\\q", "end\\", 'm\\"n'])).toBe(
      'A,b c,x"y,"a,b","\\"q",p\\q,end\\,m\\"n',
    );
    expect(compactDispositionCodes(["a,\\", "a,\\b", 'a,\\"'])).toBe('"a,\\\\","a,\\b","a,\\\\\\""');
  });
});
