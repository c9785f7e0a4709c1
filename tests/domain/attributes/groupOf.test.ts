import { AttributeTypeChoice } from "../../../domain/tables";
import { compareGroups, groupOf } from "../../../domain/attributes";

describe("groupOf", () => {
  it("maps the documented choice values, as numbers or numeric strings", () => {
    expect(groupOf(AttributeTypeChoice.input).kind).toBe("input");
    expect(groupOf(AttributeTypeChoice.result).kind).toBe("result");
    expect(groupOf(String(AttributeTypeChoice.input)).kind).toBe("input");
    expect(groupOf(` ${AttributeTypeChoice.result} `).kind).toBe("result");
  });

  it("keeps an unknown value visible under its raw text", () => {
    expect(groupOf(700610002)).toEqual({ key: "unknown:700610002", kind: "unknown", raw: "700610002" });
    expect(groupOf(-1)).toEqual({ key: "unknown:-1", kind: "unknown", raw: "-1" });
    expect(groupOf("Input")).toEqual({ key: "unknown:Input", kind: "unknown", raw: "Input" });
  });

  it.each([[null], [undefined], [""], ["  "]])("puts %j into the no-type group", (type) => {
    expect(groupOf(type)).toEqual({ key: "none", kind: "none", raw: "" });
  });

  it("orders input, result, unknown values (numerically), then no type", () => {
    const groups = [
      groupOf(null),
      groupOf(100),
      groupOf(20),
      groupOf(AttributeTypeChoice.result),
      groupOf(AttributeTypeChoice.input),
    ];
    expect(groups.sort(compareGroups).map((g) => g.key)).toEqual([
      "input",
      "result",
      "unknown:20",
      "unknown:100",
      "none",
    ]);
  });
});
