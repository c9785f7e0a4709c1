import { csvField, toCsv } from "../../../domain/insights";
import { parseCsv } from "./rfc4180";

describe("CSV of a figure table", () => {
  it("writes a header row and CRLF-ended records", () => {
    expect(
      toCsv(
        ["Queue", "Total", "Success rate"],
        [
          ["Collections", 12, 0.5],
          ["Renewals", 0, undefined],
        ],
      ),
    ).toBe("Queue,Total,Success rate\r\nCollections,12,0.5\r\nRenewals,0,\r\n");
    expect(toCsv(["Only"], [])).toBe("Only\r\n");
  });

  it("quotes a field with a comma, quote, CR or LF, doubling the quotes (RFC 4180)", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField("plain text")).toBe("plain text");
    expect(csvField("")).toBe("");
    expect(csvField(null)).toBe("");
  });

  it("puts an apostrophe before text starting with = + - @ (or tab or CR), quoting after", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("+1 555")).toBe("'+1 555");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tTab")).toBe("'\tTab");
    expect(csvField("\r=x")).toBe('"\'\r=x"');
    expect(csvField("a=b")).toBe("a=b");
    expect(toCsv(["=Header"], [["=1+1"]])).toBe("'=Header\r\n'=1+1\r\n");
  });

  it("writes numbers as numbers, a negative one without an apostrophe, and no NaN", () => {
    expect(csvField(-2)).toBe("-2");
    expect(csvField(0.125)).toBe("0.125");
    expect(csvField(1e21)).toBe("1e+21");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(Number.POSITIVE_INFINITY)).toBe("");
  });

  it("round-trips through an RFC 4180 parser", () => {
    const header = ["code", "deliveries"];
    const rows = [
      ['"PromiseToPay","SpokeToAgent"', 3],
      ["line\r\nbreak", 1],
      ["plain", 0],
      ["", 2],
    ];
    expect(parseCsv(toCsv(header, rows))).toEqual([header, ...rows.map((row) => row.map(String))]);
  });
});
