/** Which family of colours the host app uses; high contrast wins over dark. */
export type ThemeMode = "light" | "dark" | "highContrast";

type TokenBag = Readonly<Record<string, string | undefined>>;

// Fluent v9 high-contrast themes use CSS system colours rather than fixed hex values.
const systemColourKeywords = new Set(["canvas", "canvastext", "buttonface", "buttontext", "highlight", "linktext"]);

function usesSystemColours(tokens: TokenBag | undefined): boolean {
  const background = tokens?.colorNeutralBackground1?.toLowerCase();
  const foreground = tokens?.colorNeutralForeground1?.toLowerCase();
  return (
    (!!background && systemColourKeywords.has(background)) || (!!foreground && systemColourKeywords.has(foreground))
  );
}

function forcedColoursActive(): boolean {
  return (
    typeof window !== "undefined" &&
    typeof window.matchMedia === "function" &&
    window.matchMedia("(forced-colors: active)").matches
  );
}

export function themeModeOf(design: ComponentFramework.FluentDesignState | undefined): ThemeMode {
  const tokens = design?.tokenTheme as TokenBag | undefined;
  if (usesSystemColours(tokens) || forcedColoursActive()) {
    return "highContrast";
  }
  return design?.isDarkTheme ? "dark" : "light";
}
