import { matchContactId } from "../../../domain/deliveries";

const lower = "7d4c1a52-3b7e-4f0a-9c11-2f5e8d6a0b01";
const upper = lower.toUpperCase();

describe("matchContactId", () => {
  it("normalizes the form context's id ({UPPER}) and lists the four stored spellings", () => {
    expect(matchContactId(`{${upper}}`)).toEqual({
      kind: "valid",
      id: lower,
      storedForms: [lower, upper, `{${lower}}`, `{${upper}}`],
    });
  });

  it("gives the same match for every spelling, blanks around it included", () => {
    const forms = [lower, upper, `{${lower}}`, `{${upper}}`, `  ${lower} `, "7D4C1a52-3b7e-4F0A-9c11-2f5e8d6a0b01"];
    for (const form of forms) expect(matchContactId(form)).toEqual(matchContactId(lower));
  });

  it("rejects no id with a reason", () => {
    for (const value of [undefined, null, "", "   "]) {
      expect(matchContactId(value)).toEqual({
        kind: "invalid",
        reason: "empty",
        text: "",
        message: "No contact id: the contact is not saved yet.",
      });
    }
  });

  it("rejects a non-GUID, a lone brace and a GUID with a quote in it, naming the text", () => {
    for (const text of ["contact-42", `{${lower}`, `${lower}}`, `${lower.slice(0, -1)}'`, `${lower}x`]) {
      const match = matchContactId(text);
      expect(match).toMatchObject({ kind: "invalid", reason: "malformed", text });
      expect(match.kind === "invalid" && match.message).toContain(`"${text}" is not a contact id`);
    }
  });
});
