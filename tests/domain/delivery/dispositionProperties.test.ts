import fc from "fast-check";
import { DispositionChipsController } from "../../../controls/DispositionChips/DispositionChipsController";
import {
  addCodes,
  checkDispositionText,
  compactDispositionCodes,
  parseDispositionCodes,
  removeCode,
  serializeDispositionCodes,
} from "../../../domain/delivery";
import { DispositionCodesMaxLength } from "../../../domain/tables/names";

/**
 * Properties of the disposition text: parsing never throws on any text, the canonical form
 * round-trips, and what the chips write never exceeds the column (1,000 characters).
 * Each property runs fast-check's default 100 cases unless it says otherwise.
 */

// The characters that matter to the parser, and text people and integrations really write:
// right-to-left letters and marks, emoji (surrogate pairs), lone surrogates, odd whitespace.
const tricky = fc.constantFrom(
  '"',
  "\\",
  ",",
  " ",
  "\t",
  "\n",
  "\r",
  "\u00a0",
  "\u2028",
  "\ufeff",
  "a",
  "Z",
  "7",
  "ש",
  "ع",
  "\u200f",
  "\u202e",
  "😀",
  "👩🏽‍💻",
  "\ud800",
  "\udfff",
);
const anyChar = fc.oneof(
  { weight: 3, arbitrary: tricky },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
);
const anyText = fc.string({ unit: anyChar, maxLength: 80 });
/** Texts as long as the column and longer. */
const longText = fc.string({ unit: anyChar, minLength: 900, maxLength: 1100 });

/** A code as the parser returns it: trimmed, not empty. */
const code = fc
  .string({ unit: anyChar, minLength: 1, maxLength: 12 })
  .map((text) => text.trim())
  .filter((text) => text !== "");
const distinctCodes = fc.uniqueArray(code, { maxLength: 12 });

/**
 * A stored text as the column may hold it (at most 1,000 characters) that is not in the
 * canonical form: short unquoted codes, which quoting makes longer, and quoted codes with
 * backslashes the canonical form escapes; sometimes cut anywhere, so it may be broken.
 */
const unquotedCode = fc.string({
  unit: fc.constantFrom("a", "b", "c", "1", "2", "ש", "😀"),
  minLength: 1,
  maxLength: 3,
});
const quotedCode = fc
  .string({ unit: fc.constantFrom("a", "b", ",", "\\", "x", "\\"), minLength: 1, maxLength: 6 })
  .map((text) => `"${text.replace(/"/g, '""')}"`);
const storedText = fc
  .tuple(
    fc.array(fc.oneof(unquotedCode, quotedCode), { minLength: 1, maxLength: 400, size: "max" }),
    fc.constantFrom(",", ", ", " ,"),
    fc.option(fc.nat(DispositionCodesMaxLength), { nil: undefined }),
  )
  .map(([entries, separator, cut]) => {
    let text = "";
    for (const entry of entries) {
      const next = text === "" ? entry : text + separator + entry;
      if (next.length > DispositionCodesMaxLength) break;
      text = next;
    }
    return cut === undefined ? text : text.slice(0, cut);
  });

function expectWellFormedParse(text: string, limit?: number): void {
  const parsed = parseDispositionCodes(text, limit);
  expect(new Set(parsed.codes).size).toBe(parsed.codes.length);
  for (const c of parsed.codes) {
    expect(c).not.toBe("");
    expect(c).toBe(c.trim());
  }
  for (const problem of parsed.problems) {
    if (problem.kind === "tooLong") expect(problem.length).toBe(text.length);
    else expect(problem.position).toBeGreaterThanOrEqual(1);
    if (problem.kind !== "tooLong") expect(problem.position).toBeLessThanOrEqual(text.length);
  }
  for (const duplicate of parsed.duplicates) expect(parsed.codes).toContain(duplicate);
  expect(parsed.emptyEntries).toBeGreaterThanOrEqual(0);
}

describe("disposition text: properties", () => {
  it("parsing and checking never throw, on any text, and give well-formed results", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, longText, fc.string({ unit: "binary" })), (text) => {
        expectWellFormedParse(text);
        expectWellFormedParse(text, DispositionCodesMaxLength);
        const check = checkDispositionText(text);
        expect(typeof check.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("the canonical form of any text reads back as the same codes, cleanly, and is a fixed point", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, storedText), (text) => {
        const codes = parseDispositionCodes(text).codes;
        const canonical = serializeDispositionCodes(codes);
        const again = parseDispositionCodes(canonical);
        expect(again).toEqual({ codes, problems: [], duplicates: [], emptyEntries: 0 });
        // serialize ∘ parse is idempotent.
        expect(serializeDispositionCodes(again.codes)).toBe(canonical);
        // The form check accepts exactly what the chips write, when it fits.
        if (canonical.length <= DispositionCodesMaxLength)
          expect(checkDispositionText(canonical)).toEqual({ ok: true });
      }),
      { numRuns: 300 },
    );
  });

  it("any list of codes round-trips through the canonical form, in order", () => {
    fc.assert(
      fc.property(distinctCodes, (codes) => {
        expect(parseDispositionCodes(serializeDispositionCodes(codes)).codes).toEqual(codes);
      }),
    );
  });

  it("any list of codes round-trips through the compact form, in order", () => {
    fc.assert(
      fc.property(distinctCodes, (codes) => {
        expect(parseDispositionCodes(compactDispositionCodes(codes))).toEqual({
          codes,
          problems: [],
          duplicates: [],
          emptyEntries: 0,
        });
      }),
    );
  });

  it("the compact form is never longer than a text its codes were read from without problems", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, storedText), (text) => {
        const parsed = parseDispositionCodes(text);
        fc.pre(parsed.problems.length === 0);
        expect(compactDispositionCodes(parsed.codes).length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it("addCodes never returns a text over the limit, and what it returns reads back as its codes", () => {
    fc.assert(
      fc.property(
        distinctCodes,
        anyText,
        fc.integer({ min: 0, max: DispositionCodesMaxLength }),
        (current, typed, limit) => {
          const outcome = addCodes(current, typed, limit);
          if (!outcome.ok) return;
          expect(outcome.text.length).toBeLessThanOrEqual(limit);
          expect(parseDispositionCodes(outcome.text).codes).toEqual(outcome.codes);
          expect(outcome.codes).toEqual([...current, ...outcome.added]);
        },
      ),
    );
  });

  // A stored text with a quoting problem (an unclosed quote, text after a closing quote) can
  // hold codes in fewer characters than any well-formed text can: '"""' is the code "" (two
  // quotes), which takes six quoted. Removing from such a text near the limit can still need a
  // few characters more than the column; the properties below are about well-formed texts.
  const readsCleanly = (text: string): boolean => parseDispositionCodes(text).problems.length === 0;

  it("removeCode never returns a text over the column when the codes came from a well-formed text that fits", () => {
    fc.assert(
      fc.property(storedText, fc.nat(), (stored, pick) => {
        const { codes } = parseDispositionCodes(stored);
        fc.pre(codes.length > 0 && readsCleanly(stored));
        const removed = codes[pick % codes.length];
        const outcome = removeCode(codes, removed);
        expect(outcome.codes).toEqual(codes.filter((c) => c !== removed));
        expect(outcome.text.length).toBeLessThanOrEqual(DispositionCodesMaxLength);
        expect(parseDispositionCodes(outcome.text).codes).toEqual(outcome.codes);
      }),
    );
  });

  /** What the user does with the chips: type something to add, or remove a chip. */
  const action = fc.oneof(fc.record({ add: fc.oneof(anyText, code) }), fc.record({ remove: fc.nat() }));

  it("the chips control, from any well-formed stored text that fits the column, never writes more than 1,000 characters", () => {
    fc.assert(
      fc.property(fc.oneof(storedText, anyText), fc.array(action, { maxLength: 8 }), (stored, actions) => {
        fc.pre(stored.length <= DispositionCodesMaxLength && readsCleanly(stored));
        const written: string[] = [];
        const controller = new DispositionChipsController(() => {
          const text = controller.output();
          if (text !== undefined) written.push(text);
        }, DispositionCodesMaxLength);
        controller.load(stored, DispositionCodesMaxLength);
        for (const step of actions) {
          const codes = controller.store.get().codes;
          if ("add" in step) controller.add(step.add);
          else if (codes.length > 0) controller.remove(codes[step.remove % codes.length]);
          const text = written[written.length - 1];
          if (text !== undefined) {
            // What was written is what the chips show, read back as the next load would.
            expect(parseDispositionCodes(text).codes).toEqual(controller.store.get().codes);
          }
        }
        for (const text of written) expect(text.length).toBeLessThanOrEqual(DispositionCodesMaxLength);
      }),
      { numRuns: 200 },
    );
  });
});
