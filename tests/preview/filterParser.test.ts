import { parseFilter, QuerySyntaxError, UnsupportedQueryError } from "../../preview/data";

describe("$filter parser", () => {
  it("binds and tighter than or, and not tighter than both", () => {
    expect(parseFilter("a eq 1 or b eq 2 and not c eq 3")).toEqual({
      type: "or",
      left: { type: "compare", operator: "eq", property: "a", literal: { kind: "number", value: 1 } },
      right: {
        type: "and",
        left: { type: "compare", operator: "eq", property: "b", literal: { kind: "number", value: 2 } },
        right: {
          type: "not",
          operand: { type: "compare", operator: "eq", property: "c", literal: { kind: "number", value: 3 } },
        },
      },
    });
  });

  it("reads every literal kind and flips a literal written on the left", () => {
    expect(parseFilter("'it''s' eq name")).toEqual({
      type: "compare",
      operator: "eq",
      property: "name",
      literal: { kind: "string", value: "it's" },
    });
    expect(parseFilter("5 lt size")).toMatchObject({ operator: "gt", property: "size" });
    expect(parseFilter("x eq true")).toMatchObject({ literal: { kind: "boolean", value: true } });
    expect(parseFilter("x eq -2.5")).toMatchObject({ literal: { kind: "number", value: -2.5 } });
    expect(parseFilter("x eq 7D4C1A52-3B7E-4F0A-9C11-2F5E8D6A0B01")).toMatchObject({
      literal: { kind: "guid", value: "7d4c1a52-3b7e-4f0a-9c11-2f5e8d6a0b01" },
    });
    expect(parseFilter("x gt 2025-01-02")).toMatchObject({
      literal: { kind: "datetime", value: Date.UTC(2025, 0, 2) },
    });
    expect(parseFilter("x gt 2025-01-02T03:04:05+02:00")).toMatchObject({
      literal: { kind: "datetime", value: Date.UTC(2025, 0, 2, 1, 4, 5) },
    });
    expect(parseFilter("x eq null")).toMatchObject({ literal: { kind: "null" } });
  });

  it("reads Dataverse's In, NotIn, Null and NotNull functions", () => {
    expect(parseFilter("Microsoft.Dynamics.CRM.NotIn(PropertyName='s',PropertyValues=['a','b'])")).toEqual({
      type: "in",
      negated: true,
      property: "s",
      values: ["a", "b"],
    });
    expect(parseFilter("Microsoft.Dynamics.CRM.Null(PropertyName='s')")).toEqual({
      type: "isNull",
      negated: false,
      property: "s",
    });
  });

  it.each([
    ["x/any(a:a/b eq 1)", UnsupportedQueryError, /lambda operator any/],
    ["x/all(a:a/b eq 1)", UnsupportedQueryError, /lambda operator all/],
    ["parent/name eq 'x'", UnsupportedQueryError, /related table/],
    ["year(d) eq 2024", UnsupportedQueryError, /function year\(\)/],
    ["x has 'y'", UnsupportedQueryError, /has operator/],
    ["", QuerySyntaxError, /empty/],
    ["x eq", QuerySyntaxError, /ends unexpectedly/],
    ["(x eq 1", QuerySyntaxError, /ends unexpectedly/],
    ["x eq 1)", QuerySyntaxError, /unexpected '\)'/],
    ["x ~ 1", QuerySyntaxError, /unexpected character '~'/],
    ["x gt 2025-02-30", QuerySyntaxError, /not a valid date/],
  ])("refuses %p", (text, kind, message) => {
    expect(() => parseFilter(text)).toThrow(kind);
    expect(() => parseFilter(text)).toThrow(message);
  });
});
