import { checkDispositionText } from "../../../domain/delivery/dispositionCheck";
import { serializeDispositionCodes } from "../../../domain/delivery/dispositionSerialize";
import { DispositionCodesMaxLength } from "../../../domain/tables/names";

describe("checkDispositionText", () => {
  it.each([null, undefined, "", '"A"', '"PromiseToPay","SpokeToAgent"', '"Say \\"hi\\"","C:\\\\x"'])(
    "accepts %p",
    (text) => {
      expect(checkDispositionText(text)).toEqual({ ok: true });
    },
  );

  it("accepts exactly the column's length and refuses one character more", () => {
    const codes = Array.from({ length: 200 }, (_, index) => `C${index}`);
    let text = serializeDispositionCodes(codes);
    text = text.slice(0, text.lastIndexOf(",", DispositionCodesMaxLength - 3));
    const padded = `${text},"${"x".repeat(DispositionCodesMaxLength - text.length - 3)}"`;
    expect(padded).toHaveLength(DispositionCodesMaxLength);
    expect(checkDispositionText(padded)).toEqual({ ok: true });
    expect(checkDispositionText(`${padded} `)).toEqual({
      ok: false,
      problem: { kind: "tooLong", length: DispositionCodesMaxLength + 1, limit: DispositionCodesMaxLength },
    });
  });

  it("reports a text that only quoting makes too long", () => {
    const letter = (index: number) => String.fromCharCode(65 + index);
    const text = Array.from(
      { length: 300 },
      (_, index) => `${letter(index % 26)}${letter(Math.floor(index / 26))}`,
    ).join(",");
    expect(text.length).toBeLessThanOrEqual(DispositionCodesMaxLength);
    expect(checkDispositionText(text)).toMatchObject({ ok: false, problem: { kind: "tooLong" } });
  });

  it.each([
    ['"A,B', { kind: "unterminatedQuote", position: 1 }],
    ['"A"x,"B"', { kind: "textAfterQuote", position: 4 }],
    ['"A","B","A"', { kind: "duplicate", code: "A" }],
    ['"A",,"B"', { kind: "emptyEntry" }],
    ['"A",', { kind: "emptyEntry" }],
    ["A, B, C", { kind: "notCanonical", example: '"A","B"' }],
    ['"A", "B"', { kind: "notCanonical", example: '"A","B"' }],
    ['"A"""', { kind: "notCanonical", example: '"A\\""' }],
  ])("refuses %p", (text, problem) => {
    expect(checkDispositionText(text)).toEqual({ ok: false, problem });
  });
});
