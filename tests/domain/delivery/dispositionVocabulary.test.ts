import { addCodeList, addCodes } from "../../../domain/delivery/dispositionEdit";
import {
  codesOutside,
  parseVocabulary,
  suggestCodes,
  vocabularyCode,
} from "../../../domain/delivery/dispositionVocabulary";

const vocabulary = ["DoNotCall", "PromiseToPay", "CallBackLater", "WrongNumber", "Busy"];

describe("parseVocabulary", () => {
  it("reads a JSON list of codes, trimmed, each once whatever its case", () => {
    expect(parseVocabulary('["DoNotCall", " Busy ", "donotcall", "Busy"]')).toEqual({ codes: ["DoNotCall", "Busy"] });
  });

  it("treats no value and an empty list as no list (any code may be added)", () => {
    expect(parseVocabulary(null)).toEqual({ codes: [] });
    expect(parseVocabulary("")).toEqual({ codes: [] });
    expect(parseVocabulary("  [ ] ")).toEqual({ codes: [] });
  });

  it("says why a value cannot be used, and uses what it can", () => {
    expect(parseVocabulary("DoNotCall, Busy")).toEqual({ codes: [], problem: "notJson" });
    expect(parseVocabulary('{"codes": ["A"]}')).toEqual({ codes: [], problem: "notList" });
    expect(parseVocabulary('"A"')).toEqual({ codes: [], problem: "notList" });
    expect(parseVocabulary('["A", 3, "", null, "B"]')).toEqual({ codes: ["A", "B"] });
  });
});

describe("matching the list", () => {
  it("finds the list's spelling of a code in any case", () => {
    expect(vocabularyCode(vocabulary, "donotcall")).toBe("DoNotCall");
    expect(vocabularyCode(vocabulary, " DONOTCALL ")).toBe("DoNotCall");
    expect(vocabularyCode(vocabulary, "DoNotCal")).toBeUndefined();
  });

  it("lists stored codes outside the list, in stored order, and none without a list", () => {
    expect(codesOutside(vocabulary, ["Busy", "Legacy1", "donotcall", "Other"])).toEqual(["Legacy1", "Other"]);
    expect(codesOutside([], ["Legacy1"])).toEqual([]);
  });

  it("suggests codes that start with the typed text first, then those that contain it, without present ones", () => {
    expect(suggestCodes(vocabulary, "ca", [], 8)).toEqual(["CallBackLater", "DoNotCall"]);
    expect(suggestCodes(vocabulary, "b", [], 8)).toEqual(["Busy", "CallBackLater", "WrongNumber"]);
    expect(suggestCodes(vocabulary, "N", ["wrongnumber"], 8)).toEqual(["DoNotCall"]);
    expect(suggestCodes(vocabulary, "  ", [], 8)).toEqual([]);
    expect(suggestCodes(vocabulary, "a", [], 2)).toHaveLength(2);
  });
});

describe("adding with a list", () => {
  it("adds the list's spelling: typing donotcall adds DoNotCall", () => {
    expect(addCodes(["Busy"], "donotcall", 1000, vocabulary)).toEqual({
      ok: true,
      codes: ["Busy", "DoNotCall"],
      text: '"Busy","DoNotCall"',
      added: ["DoNotCall"],
    });
  });

  it("refuses codes the list lacks, naming each, and adds none of what was typed", () => {
    expect(addCodes([], "Busy, Legacy1, Other", 1000, vocabulary)).toEqual({
      ok: false,
      reason: "notAllowed",
      codes: ["Legacy1", "Other"],
    });
  });

  it("never adds a code again in another case, with or without a list", () => {
    expect(addCodes(["DoNotCall"], "DONOTCALL", 1000, vocabulary)).toEqual({ ok: false, reason: "alreadyPresent" });
    expect(addCodes(["DoNotCall"], "donotcall")).toEqual({ ok: false, reason: "alreadyPresent" });
    expect(addCodes([], "a, A")).toEqual({ ok: true, codes: ["a"], text: '"a"', added: ["a"] });
  });

  it("takes a picked suggestion as it is, commas included", () => {
    expect(addCodeList([], ["Left message, no answer"], 1000, ["Left message, no answer"])).toEqual({
      ok: true,
      codes: ["Left message, no answer"],
      text: '"Left message, no answer"',
      added: ["Left message, no answer"],
    });
  });
});
