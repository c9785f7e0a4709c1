import { classifyValue, LONG_VALUE_LENGTH } from "../../../domain/attributes";

describe("classifyValue", () => {
  describe("empty values", () => {
    it.each([[""], ["   "], ["\n\t"]])("labels %j as empty", (value) => {
      expect(classifyValue(value)).toMatchObject({ kind: "empty", isLong: false });
    });
  });

  describe("JSON", () => {
    it("pretty-prints an object", () => {
      const result = classifyValue('{"a":1,"b":[true,null]}');
      expect(result.kind).toBe("json");
      expect(result.prettyJson).toBe('{\n  "a": 1,\n  "b": [\n    true,\n    null\n  ]\n}');
    });

    it("accepts an array with surrounding whitespace", () => {
      expect(classifyValue('  [1, "two"]  ')).toMatchObject({ kind: "json", prettyJson: '[\n  1,\n  "two"\n]' });
    });

    it.each([['{"a":1,}'], ["{not json}"], ["[1, 2"], ["{'single':'quotes'}"]])(
      "treats %j, which only looks like JSON, as text",
      (value) => {
        const result = classifyValue(value);
        expect(result.kind).toBe("text");
        expect(result.prettyJson).toBeUndefined();
      },
    );

    it("does not call JSON scalars JSON", () => {
      expect(classifyValue("true").kind).toBe("text");
      expect(classifyValue('"quoted"').kind).toBe("text");
    });
  });

  describe("URLs", () => {
    it("gives http and https URLs a link target", () => {
      expect(classifyValue("https://contoso.com/a?b=1")).toMatchObject({
        kind: "url",
        href: "https://contoso.com/a?b=1",
      });
      expect(classifyValue("HTTP://contoso.com").href).toBe("http://contoso.com/");
    });

    it.each([["mailto:someone@contoso.com"], ["tel:+14255550100"], ["ftp://files.contoso.com/x"]])(
      "labels %s as a URL without a link",
      (value) => {
        const result = classifyValue(value);
        expect(result.kind).toBe("url");
        expect(result.href).toBeUndefined();
      },
    );

    it.each([
      ["javascript:alert(1)"],
      ["JavaScript:alert(document.cookie)"],
      ["data:text/html,<script>x</script>"],
      ["vbscript:msgbox"],
    ])("never treats %s as a URL", (value) => {
      const result = classifyValue(value);
      expect(result.kind).toBe("text");
      expect(result.href).toBeUndefined();
    });

    it("keeps text with spaces or without a host as text", () => {
      expect(classifyValue("Note: call back").kind).toBe("text");
      expect(classifyValue("https://").kind).toBe("text");
      expect(classifyValue("www.contoso.com").kind).toBe("text");
    });
  });

  describe("numbers", () => {
    it.each([["42"], ["-3.5"], ["0.25"], [".5"], ["1e6"]])("labels %s as a number", (value) => {
      expect(classifyValue(value).kind).toBe("number");
    });

    it.each([["+14255550100"], ["1,234"], ["12abc"], ["Infinity"], ["NaN"]])("keeps %s as text", (value) => {
      expect(classifyValue(value).kind).toBe("text");
    });
  });

  describe("dates", () => {
    it("reads a UTC timestamp as an instant", () => {
      const result = classifyValue("2026-03-01T08:30:00.000Z");
      expect(result.kind).toBe("date");
      expect(result.date).toEqual({ time: Date.UTC(2026, 2, 1, 8, 30), hasTime: true });
    });

    it("reads a zone offset without a colon", () => {
      expect(classifyValue("2026-03-01T10:30:00+0200").date).toEqual({
        time: Date.UTC(2026, 2, 1, 8, 30),
        hasTime: true,
      });
    });

    it("keeps a calendar date on its day in local time", () => {
      const result = classifyValue("2026-12-31");
      expect(result.kind).toBe("date");
      expect(result.date).toEqual({ time: new Date(2026, 11, 31).getTime(), hasTime: false });
    });

    it.each([["2026-02-30"], ["2026-13-01"], ["2026-01-01T24:00"], ["31/12/2026"]])("rejects %s as a date", (value) => {
      expect(classifyValue(value).kind).toBe("text");
    });
  });

  describe("long values", () => {
    it("is not long at the limit", () => {
      const value = "x".repeat(LONG_VALUE_LENGTH);
      expect(classifyValue(value)).toMatchObject({ isLong: false, preview: value });
    });

    it("previews a 4,000-character value with an ellipsis", () => {
      const value = "y".repeat(4000);
      const result = classifyValue(value);
      expect(result.isLong).toBe(true);
      expect(result.preview).toBe("y".repeat(LONG_VALUE_LENGTH) + "\u2026");
    });

    it("never cuts an emoji in half at the preview's limit", () => {
      // The 200th UTF-16 unit is the first half of 😀: the preview stops before the emoji.
      const value = "x".repeat(LONG_VALUE_LENGTH - 1) + "😀" + "z";
      expect(classifyValue(value).preview).toBe("x".repeat(LONG_VALUE_LENGTH - 1) + "\u2026");
      // An emoji that ends exactly at the limit stays whole.
      const whole = "x".repeat(LONG_VALUE_LENGTH - 2) + "😀" + "z";
      expect(classifyValue(whole).preview).toBe(whole.slice(0, LONG_VALUE_LENGTH) + "\u2026");
    });

    it("previews the first line of a multi-line value", () => {
      const result = classifyValue("first line\nsecond line");
      expect(result).toMatchObject({ kind: "text", isLong: true, preview: "first line\u2026" });
    });

    it("flags long JSON as long and still pretty-prints it", () => {
      const value = JSON.stringify({ items: Array.from({ length: 60 }, (_, i) => `item-${i}`) });
      const result = classifyValue(value);
      expect(result).toMatchObject({ kind: "json", isLong: true });
      expect(result.prettyJson).toContain('\n    "item-59"\n');
    });
  });

  it("keeps hostile markup as plain text", () => {
    const value = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    expect(classifyValue(value)).toEqual({ kind: "text", isLong: false, preview: value });
  });
});
