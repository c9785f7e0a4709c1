/** Which family of colours the host app uses; high contrast wins over dark. */
export type ThemeMode = "light" | "dark" | "highContrast";

type TokenBag = Readonly<Record<string, string | undefined>>;

// Fluent v9 high-contrast themes use CSS system colours rather than fixed hex values.
const systemColourKeywords = new Set(["canvas", "canvastext", "buttonface", "buttontext", "highlight", "linktext"]);

function usesSystemColours(tokens: TokenBag): boolean {
  return [tokens.colorNeutralBackground1, tokens.colorNeutralForeground1].some(
    (colour) => !!colour && systemColourKeywords.has(colour.toLowerCase()),
  );
}

function forcedColoursActive(): boolean {
  return typeof matchMedia === "function" && matchMedia("(forced-colors: active)").matches;
}

export function themeModeOf(design: ComponentFramework.FluentDesignState | undefined): ThemeMode {
  if (usesSystemColours(((design && design.tokenTheme) || {}) as TokenBag) || forcedColoursActive()) {
    return "highContrast";
  }
  return design && design.isDarkTheme ? "dark" : "light";
}
