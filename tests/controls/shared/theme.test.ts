import { contrastOf } from "../../../controls/shared/contrast";
import { createBaseTheme, createControlTheme, createThemeCache } from "../../../controls/shared/theme";
import { createMockContext, fluentDesign } from "../../support/pcfContext";

describe("createControlTheme", () => {
  it("is the base theme plus tone colours; the base theme alone carries none", () => {
    const design = fluentDesign("dark");
    const base = createBaseTheme(design, true);
    const full = createControlTheme(design, true);
    expect(base).not.toHaveProperty("tones");
    expect(base).not.toHaveProperty("focus");
    expect(full.mode).toBe(base.mode);
    expect(full.fluent.palette).toEqual(base.fluent.palette);
    expect(full.fluent.rtl).toBe(true);
    expect(full.tones.danger).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it("falls back to Fluent's light theme when the host sends no design state", () => {
    const theme = createControlTheme(undefined, false);
    expect(theme.mode).toBe("light");
    expect(theme.fluent.isInverted).toBe(false);
    expect(theme.fluent.palette.white.toLowerCase()).toBe("#ffffff");
  });

  it("maps v9 tokens and the brand ramp onto a dark v8 palette", () => {
    const theme = createControlTheme(fluentDesign("dark"), false);
    expect(theme.mode).toBe("dark");
    expect(theme.fluent.isInverted).toBe(true);
    expect(theme.fluent.palette.white).toBe("#292929");
    expect(theme.fluent.palette.neutralPrimary).toBe("#ffffff");
    expect(theme.fluent.palette.themePrimary).toBe("#115ea3");
    // The dark ramp is read from the light end: brand[20] for the lightest slot name.
    expect(theme.fluent.palette.themeLighterAlt).toBe(fluentDesign("dark").brand[20]);
  });

  it("colours links with the link foreground token, not the brand background", () => {
    const theme = createControlTheme(
      fluentDesign("dark", { colorBrandForegroundLink: "#479ef5", colorBrandForegroundLinkHover: "#62abf5" }),
      false,
    );
    expect(theme.fluent.palette.themePrimary).toBe("#115ea3");
    expect(theme.fluent.semanticColors.link).toBe("#479ef5");
    expect(theme.fluent.semanticColors.linkHovered).toBe("#62abf5");
    // Without tokens the dark neutrals go up to #333333, where #479ef5 is 4.4:1: it is lightened just enough.
    const untokened = createControlTheme({ isDarkTheme: true } as ComponentFramework.FluentDesignState, false);
    expect(untokened.fluent.semanticColors.link).toBe("#4ba0f5");
    expect(contrastOf(untokened.fluent.semanticColors.link, "#333333")).toBeGreaterThanOrEqual(4.5);
  });

  it("gives a dark theme readable neutrals even without tokens", () => {
    const theme = createControlTheme({ isDarkTheme: true } as ComponentFramework.FluentDesignState, false);
    expect(theme.fluent.palette.white).toBe("#1f1f1f");
    expect(theme.fluent.palette.neutralPrimary).toBe("#ffffff");
  });

  it("recognises a high contrast theme by its system colours and leaves tones to the system", () => {
    const theme = createControlTheme(fluentDesign("highContrast"), false);
    expect(theme.mode).toBe("highContrast");
    expect(theme.tones.danger).toBe("CanvasText");
  });

  it("takes status colours from the host's tokens when present, darker or lighter only as far as AA needs", () => {
    const theme = createControlTheme(fluentDesign("light", { colorStatusDangerForeground1: "#aa0000" }), false);
    expect(theme.tones.danger).toBe("#aa0000");
    // Fluent v9's own web dark danger foreground, #dc626d, is 4.16:1 on #292929.
    const dark = createControlTheme(fluentDesign("dark"), false);
    expect(contrastOf("#dc626d", "#292929")).toBeLessThan(4.5);
    expect(dark.tones.danger).not.toBe("#dc626d");
    expect(contrastOf(dark.tones.danger, "#292929")).toBeGreaterThanOrEqual(4.5);
    expect(contrastOf(dark.tones.danger, "#292929")).toBeLessThan(4.8);
  });

  it("draws text field borders with the accessible stroke and focus with the brand, never fainter", () => {
    const light = createBaseTheme(fluentDesign("light"), false).fluent.semanticColors;
    expect(light.inputBorder).toBe("#616161");
    expect(light.inputFocusBorderAlt).toBe("#115ea3");
    const dark = createBaseTheme(fluentDesign("dark"), false).fluent.semanticColors;
    expect(dark.inputBorder).toBe("#adadad");
    expect(dark.inputFocusBorderAlt).toBe("#77b7f7");
    const tokened = createBaseTheme(fluentDesign("dark", { colorNeutralStrokeAccessible: "#8f8f8f" }), false);
    expect(tokened.fluent.semanticColors.inputBorder).toBe("#8f8f8f");
    expect(tokened.fluent.semanticColors.inputFocusBorderAlt).toBe("#479ef5");
  });

  it("gives controls a two-tone focus ring: the host's stroke tokens, or the look's own pair", () => {
    expect(createControlTheme(fluentDesign("light"), false).focus).toEqual({ outer: "#000000", inner: "#ffffff" });
    expect(createControlTheme(fluentDesign("dark"), false).focus).toEqual({ outer: "#ffffff", inner: "#000000" });
    expect(createControlTheme(fluentDesign("highContrast"), false).focus).toEqual({
      outer: "Highlight",
      inner: "Canvas",
    });
    const tokens = { colorStrokeFocus2: "#101010", colorStrokeFocus1: "#f0f0f0" };
    expect(createControlTheme(fluentDesign("light", tokens), false).focus).toEqual({
      outer: "#101010",
      inner: "#f0f0f0",
    });
    // Two tones 1.1:1 apart are no two-tone ring.
    const faint = { colorStrokeFocus2: "#777777", colorStrokeFocus1: "#808080" };
    expect(createControlTheme(fluentDesign("light", faint), false).focus.outer).toBe("#000000");
  });

  it("sets Fluent's rtl flag for right-to-left users", () => {
    expect(createControlTheme(undefined, true).fluent.rtl).toBe(true);
    expect(createControlTheme(undefined, false).fluent.rtl).toBe(false);
  });
});

describe("createThemeCache", () => {
  it("reuses the theme until the design state or direction changes", () => {
    const themeFor = createThemeCache(createControlTheme);
    const context = createMockContext({
      controlName: "Probe",
      strings: {},
      fluentDesignLanguage: fluentDesign("light"),
    });
    const first = themeFor(context);
    expect(themeFor(context)).toBe(first);
    context.fluentDesignLanguage = fluentDesign("dark");
    expect(themeFor(context)).not.toBe(first);
    expect(themeFor(context).mode).toBe("dark");
  });
});
