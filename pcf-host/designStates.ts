/**
 * The Fluent v9 design state a model-driven app hands controls in
 * context.fluentDesignLanguage, for its three looks. The values are those of Fluent v9's web
 * light, web dark and high contrast themes for the tokens our controls read, plus the default
 * brand ramp.
 */
export type FluentThemeName = "light" | "dark" | "highContrast";

/** The default brand ramp (10 darkest .. 160 lightest). */
const brand: Record<number, string> = {
  10: "#061724",
  20: "#082338",
  30: "#0a2e4a",
  40: "#0c3b5e",
  50: "#0e4775",
  60: "#0f548c",
  70: "#115ea3",
  80: "#0f6cbd",
  90: "#2886de",
  100: "#479ef5",
  110: "#62abf5",
  120: "#77b7f7",
  130: "#96c6fa",
  140: "#b4d6fa",
  150: "#cfe4fa",
  160: "#ebf3fc",
};

const font = {
  fontFamilyBase:
    "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
  fontSizeBase300: "14px",
};

const tokens: Record<FluentThemeName, Record<string, string>> = {
  light: {
    ...font,
    colorNeutralBackground1: "#ffffff",
    colorNeutralBackground2: "#fafafa",
    colorNeutralBackground3: "#f5f5f5",
    colorNeutralForeground1: "#242424",
    colorNeutralForeground2: "#424242",
    colorNeutralForeground3: "#616161",
    colorNeutralStroke1: "#d1d1d1",
    colorNeutralStroke2: "#e0e0e0",
    colorBrandBackground: brand[80],
    colorBrandForeground1: brand[80],
    colorNeutralForegroundOnBrand: "#ffffff",
    colorStatusSuccessForeground1: "#0e700e",
    colorStatusWarningForeground1: "#bc4b09",
    colorStatusDangerForeground1: "#b10e1c",
  },
  dark: {
    ...font,
    colorNeutralBackground1: "#292929",
    colorNeutralBackground2: "#1f1f1f",
    colorNeutralBackground3: "#141414",
    colorNeutralForeground1: "#ffffff",
    colorNeutralForeground2: "#d6d6d6",
    colorNeutralForeground3: "#adadad",
    colorNeutralStroke1: "#666666",
    colorNeutralStroke2: "#525252",
    colorBrandBackground: brand[70],
    colorBrandForeground1: brand[100],
    colorNeutralForegroundOnBrand: "#ffffff",
    colorStatusSuccessForeground1: "#54b054",
    colorStatusWarningForeground1: "#faa06b",
    colorStatusDangerForeground1: "#dc626d",
  },
  highContrast: {
    ...font,
    colorNeutralBackground1: "Canvas",
    colorNeutralBackground2: "Canvas",
    colorNeutralBackground3: "Canvas",
    colorNeutralForeground1: "CanvasText",
    colorNeutralForeground2: "CanvasText",
    colorNeutralForeground3: "CanvasText",
    colorNeutralStroke1: "CanvasText",
    colorNeutralStroke2: "CanvasText",
    colorBrandBackground: "Highlight",
    colorBrandForeground1: "LinkText",
    colorNeutralForegroundOnBrand: "HighlightText",
    colorStatusSuccessForeground1: "CanvasText",
    colorStatusWarningForeground1: "CanvasText",
    colorStatusDangerForeground1: "CanvasText",
  },
};

const cache = new Map<FluentThemeName, ComponentFramework.FluentDesignState>();

/** One object per look, so controls that cache by identity rebuild only when the look changes. */
export function designStateFor(theme: FluentThemeName): ComponentFramework.FluentDesignState {
  let state = cache.get(theme);
  if (!state) {
    state = {
      tokenTheme: { ...tokens[theme] },
      brand: brand as unknown as ComponentFramework.BrandVariants,
      isDarkTheme: theme === "dark",
    } as ComponentFramework.FluentDesignState;
    cache.set(theme, state);
  }
  return state;
}
