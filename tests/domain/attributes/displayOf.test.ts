import { buildAttributeViewModel, classifyValue, displayOf } from "../../../domain/attributes";
import { input } from "./fixtures";

describe("displayOf", () => {
  it("classifies a row's value as classifyValue does", () => {
    const [row] = buildAttributeViewModel([input("Payload", '{"a":1}')]).rows;
    expect(displayOf(row)).toEqual(classifyValue('{"a":1}'));
  });

  it("classifies each row once, however often it is shown", () => {
    const [row] = buildAttributeViewModel([input("When", "2026-03-01")]).rows;
    expect(displayOf(row)).toBe(displayOf(row));
  });

  it("keeps the classification when a rebuilt model hands the row over", () => {
    const raw = [input("Site", "https://contoso.com")];
    const first = buildAttributeViewModel(raw);
    const before = displayOf(first.rows[0]);
    const next = buildAttributeViewModel([...raw, input("Other", "x")], first);
    expect(displayOf(next.rows[0])).toBe(before);
  });
});
