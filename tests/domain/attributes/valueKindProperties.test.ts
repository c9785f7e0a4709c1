import fc from "fast-check";
import {
  classifyValue,
  displayOf,
  LONG_VALUE_LENGTH,
  type AttributeRow,
  type ValueKind,
} from "../../../domain/attributes";

/**
 * Properties of how an attribute value is classified and previewed, over JSON, URLs,
 * numbers, dates and text of up to 4,000 characters of any Unicode (right-to-left letters
 * and marks, emoji, lone surrogates, line breaks), each padded with whitespace at random.
 * Each property runs 300 cases.
 */
const runs = { numRuns: 300 };
const kinds: readonly ValueKind[] = ["empty", "json", "url", "number", "date", "text"];
const ELLIPSIS = "\u2026";
/** The documented preview: the first line cut to LONG_VALUE_LENGTH, and an ellipsis when anything was left out. */
const previewMax = LONG_VALUE_LENGTH + ELLIPSIS.length;

const unicodeChar = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom("ש", "ا", "ع", "\u200f", "\u202b", "\u202e", "😀", "👩🏽‍💻", "🇩🇪", "\ud83d", "\ude00"),
  },
  { weight: 1, arbitrary: fc.constantFrom("\n", "\r", "\r\n", " ", "\t", "\u00a0", "{", "}", "[", "]", '"', ":") },
);
const text = fc.oneof(
  fc.string({ unit: unicodeChar, maxLength: 300 }),
  fc.string({ unit: unicodeChar, maxLength: 4000, size: "max" }),
);
const json = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.jsonValue().map((value) => JSON.stringify(value, null, 2)),
  fc.tuple(fc.constantFrom("{", "["), text, fc.constantFrom("}", "]")).map((parts) => parts.join("")),
);
const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.constantFrom(
        "http://",
        "HTTPS://",
        "https://",
        "javascript:",
        "data:",
        "mailto:",
        "tel:",
        "ftp://",
        "file://",
        "vbscript:",
        "http:/",
        "https:",
      ),
      fc.string({ unit: unicodeChar, maxLength: 40 }),
    )
    .map(([scheme, rest]) => scheme + rest),
);
const number = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom("1e400", "-.5", "1.", ".", "-", "0x10", "1_000", "٣", "Infinity", "NaN", "+1"),
);
const date = fc.oneof(
  fc.date({ noInvalidDate: true }).map((value) => value.toISOString()),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc.constantFrom("2026-02-30", "2026-03-10 25:00", "2026-03-10T12:00:00+0100", "2026-03-10T23:59:60Z"),
);
const padding = fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\u00a0", "\u3000"), maxLength: 3 });
const value = fc
  .tuple(padding, fc.oneof(text, json, url, number, date), padding)
  .map(([before, core, after]) => before + core + after);

/** Well-formed text whose length puts emoji where the preview cuts it. */
const emojiAroundTheCut = fc.string({
  unit: fc.constantFrom("a", "ש", "ع", "😀", "👩🏽‍💻", "🇩🇪", " "),
  minLength: LONG_VALUE_LENGTH - 10,
  maxLength: LONG_VALUE_LENGTH + 60,
});

/** No lone surrogate: what a well-formed string (any real text) consists of. */
const wellFormed = (s: string): boolean =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

function jsonObjectOf(trimmed: string): object | undefined {
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return typeof parsed === "object" && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

describe("attribute value kinds: properties", () => {
  it("never throws; the kind is a documented one; the preview is the documented single-line prefix", () => {
    fc.assert(
      fc.property(value, (raw) => {
        const shown = classifyValue(raw);
        expect(kinds).toContain(shown.kind);
        expect(shown.preview.length).toBeLessThanOrEqual(previewMax);
        expect(shown.preview).not.toMatch(/[\r\n]/);
        if (shown.kind === "empty") expect(shown.preview).toBe("");
        else if (shown.preview !== raw) {
          // A part of the first line, then the ellipsis.
          expect(shown.preview.endsWith(ELLIPSIS)).toBe(true);
          const kept = shown.preview.slice(0, -ELLIPSIS.length);
          expect(kept.length).toBeLessThan(raw.length);
          expect(raw.startsWith(kept)).toBe(true);
        }
        expect(shown.isLong).toBe(shown.kind !== "empty" && (raw.length > LONG_VALUE_LENGTH || /[\r\n]/.test(raw)));
        expect(shown.kind === "empty").toBe(raw.trim() === "");
      }),
      runs,
    );
  });

  it("a preview of well-formed text is well-formed: the cut never splits an emoji's surrogate pair", () => {
    fc.assert(
      fc.property(fc.oneof(value, emojiAroundTheCut), (raw) => {
        fc.pre(wellFormed(raw));
        expect(wellFormed(classifyValue(raw).preview)).toBe(true);
      }),
      runs,
    );
  });

  it("is JSON exactly when JSON.parse reads the trimmed value as an object or array", () => {
    fc.assert(
      fc.property(value, (raw) => {
        const shown = classifyValue(raw);
        const parsed = jsonObjectOf(raw.trim());
        expect(shown.kind === "json").toBe(parsed !== undefined);
        if (shown.kind === "json") expect(shown.prettyJson).toBe(JSON.stringify(parsed, null, 2));
        else expect(shown.prettyJson).toBeUndefined();
      }),
      runs,
    );
  });

  it("gives a link only for an http or https URL with a host, and never another scheme", () => {
    fc.assert(
      fc.property(value, (raw) => {
        const shown = classifyValue(raw);
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw.trim())?.[1].toLowerCase();
        if (shown.href !== undefined) {
          expect(shown.kind).toBe("url");
          expect(scheme === "http" || scheme === "https").toBe(true);
          const parsed = new URL(shown.href);
          expect(["http:", "https:"]).toContain(parsed.protocol);
          expect(parsed.hostname).not.toBe("");
        }
        if (scheme !== "http" && scheme !== "https") expect(shown.href).toBeUndefined();
        // Without an href a URL is one of the schemes shown as text only (mailto:, tel:, ftp: ...).
        if (shown.kind === "url" && shown.href === undefined)
          expect(["ftp", "ftps", "mailto", "tel", "sip", "sips"]).toContain(scheme);
      }),
      runs,
    );
  });

  it("is a number only when it reads as a finite number, and a date only with a real instant", () => {
    fc.assert(
      fc.property(value, (raw) => {
        const shown = classifyValue(raw);
        if (shown.kind === "number") expect(Number.isFinite(Number(raw.trim()))).toBe(true);
        if (shown.kind === "date") expect(Number.isFinite(shown.date?.time)).toBe(true);
        else expect(shown.date).toBeUndefined();
      }),
      runs,
    );
  });

  it("displayOf shows a row as classifyValue classifies its value, once per row", () => {
    fc.assert(
      fc.property(value, (raw) => {
        const row: AttributeRow = {
          id: "a",
          order: 0,
          keyword: "k",
          value: raw,
          group: { key: "input", kind: "input", raw: "700610000" },
          searchKeyword: undefined,
          searchValue: undefined,
        };
        const first = displayOf(row);
        expect(first).toEqual(classifyValue(raw));
        expect(displayOf(row)).toBe(first);
      }),
      runs,
    );
  });
});
