import { readState, writeState } from "../../preview/app/urlState";
import { previewLanguages } from "../../preview/host/languages";
import { isRightToLeftLanguage } from "../../pcf-host/userSettings";
import { loadResx } from "../support/resx";
import { shippedLanguageIds } from "../support/stringTables";

describe("the preview's languages", () => {
  it("offers every language the controls ship, Arabic right to left", () => {
    expect(previewLanguages.map((language) => language.id).sort()).toEqual([...shippedLanguageIds].sort());
    expect(previewLanguages.filter((language) => language.rtl).map((language) => language.id)).toEqual([1025]);
    for (const language of previewLanguages) expect(loadResx("DeliveryTimeline", language.id)).toBeDefined();
  });

  it("reads Arabic right to left from the language alone, as the platform sets isRTL", () => {
    expect(readState("?lang=1025")).toMatchObject({ languageId: 1025, isRTL: true });
    expect(readState("?lang=1031")).toMatchObject({ languageId: 1031, isRTL: false });
    expect(readState("?lang=1031&rtl=1")).toMatchObject({ languageId: 1031, isRTL: true });
    // An explicit direction still wins, so a left-to-right Arabic page can be looked at.
    expect(readState("?lang=1025&rtl=0")).toMatchObject({ languageId: 1025, isRTL: false });
    // A language the preview does not offer falls back to English, left to right.
    expect(readState("?lang=1037")).toMatchObject({ languageId: 1033, isRTL: false });
  });

  it("writes the direction only where it differs from the language's own, and reads back what it wrote", () => {
    const arabic = readState("?page=delivery&lang=1025");
    expect(new URLSearchParams(writeState(arabic)).has("rtl")).toBe(false);
    for (const search of ["?lang=1025", "?lang=1025&rtl=0", "?lang=1031&rtl=1", "?lang=1033"]) {
      const state = readState(search);
      expect(readState(writeState(state))).toEqual(state);
    }
    expect(new URLSearchParams(writeState(readState("?lang=1025&rtl=0"))).get("rtl")).toBe("0");
  });

  it("knows the platform's right-to-left languages", () => {
    expect([1025, 1037, 1033, 1031].map(isRightToLeftLanguage)).toEqual([true, true, false, false]);
  });
});
