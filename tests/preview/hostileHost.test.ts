import { hostileHostCss } from "../../preview/app/hostileHost";
import { readState, writeState } from "../../preview/app/urlState";

describe("preview: the hostile host page (&host=hostile)", () => {
  it("reads the host from the address, ignores an unknown one, and keeps it when the address is written again", () => {
    expect(readState("?page=contact&host=hostile").host).toBe("hostile");
    expect(readState("?page=contact&host=friendly").host).toBeUndefined();
    expect(readState("?page=contact").host).toBeUndefined();
    const state = readState("?page=delivery&record=long-values&host=hostile");
    expect(new URLSearchParams(writeState(state)).get("host")).toBe("hostile");
    expect(new URLSearchParams(writeState({ ...state, host: undefined })).has("host")).toBe(false);
  });

  it("centres text on body and divs, sets a larger serif font, double line height and content-box sizing", () => {
    const css = hostileHostCss.replace(/\s+/g, " ");
    expect(css).toContain("body, div { text-align: center; }");
    expect(css).toMatch(
      /body, \.slot-control \{ font-family: Georgia[^}]*font-size: 20px; line-height: 2; letter-spacing: [^}]+\}/,
    );
    expect(css).toContain("*, *::before, *::after { box-sizing: content-box; }");
  });
});
