import { contrastRatio, relativeLuminance } from "../../domain/delivery/colour";

/**
 * WCAG 2 contrast for the theme bridge: the ratio of two colours (domain/delivery/colour's
 * formula, which the chip colours use too), and a colour moved towards white or black until it
 * reaches a ratio against every background it may sit on. The bridge works on #rrggbb colours
 * (what Fluent's tokens are); system colours (CanvasText, ...) are no numbers and are left as
 * they are, since in forced colours the user's palette rules. parseColour and ratioOf also read
 * rgb()/rgba() channels, for tests that read computed styles.
 */
export type Rgb = readonly number[];

export interface ParsedColour {
  rgb: Rgb;
  alpha: number;
}

/** Text contrast (1.4.3) and non-text contrast (1.4.11: borders, focus indicators), WCAG 2.2 AA. */
export const textContrast = 4.5;
export const nonTextContrast = 3;

export const isHex = (colour: string | undefined): colour is string => !!colour && /^#[0-9a-f]{6}$/i.test(colour);

/** A hex colour's relative luminance; NaN for a colour that is not #rrggbb. */
export const luminanceOf = (colour: string | undefined): number => (isHex(colour) ? relativeLuminance(colour) : NaN);

/** The contrast ratio of two hex colours; NaN when either is not one (a system colour). */
export function contrastOf(first: string, second: string): number {
  return isHex(first) && isHex(second) ? contrastRatio(first, second) : NaN;
}

const hexOf = (rgb: Rgb): string =>
  "#" + rgb.map((channel) => (0x100 + Math.round(channel)).toString(16).slice(1)).join("");

/**
 * The colour itself when it reaches the minimum against every background (a number, or one per
 * background from `minimum(background)`), else the first mix towards white (`lighten`, for dark
 * themes) or black that does, in steps of 2 %, so the hue stays recognisable. A colour that is
 * not #rrggbb comes back unchanged.
 */
export function ensureContrast(
  colour: string,
  backgrounds: readonly string[],
  minimum: number | ((background: string) => number),
  lighten: boolean,
): string {
  if (!isHex(colour)) return colour;
  const target = lighten ? 255 : 0;
  const channels = [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16));
  let candidate = colour;
  for (let step = 1; step <= 50; step += 1) {
    if (
      backgrounds.every(
        (ground) =>
          !isHex(ground) ||
          contrastRatio(candidate, ground) >= (typeof minimum === "number" ? minimum : minimum(ground)),
      )
    )
      break;
    candidate = hexOf(channels.map((channel) => channel + ((target - channel) * step) / 50));
  }
  return candidate;
}

/** #rgb, #rrggbb, rgb() or rgba() (as computed styles give it); undefined for anything else. */
export function parseColour(text: string | undefined): ParsedColour | undefined {
  const value = (text || "")
    .trim()
    .toLowerCase()
    .replace(/^#(\w)(\w)(\w)$/, "#$1$1$2$2$3$3");
  if (isHex(value)) return { rgb: [1, 3, 5].map((start) => parseInt(value.slice(start, start + 2), 16)), alpha: 1 };
  const functional = /^rgba?\(([^)]+)\)$/.exec(value);
  const parts = functional
    ? functional[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number)
    : [];
  if (parts.length < 3 || parts.some((part) => Number.isNaN(part))) return undefined;
  return { rgb: parts.slice(0, 3), alpha: parts.length > 3 ? parts[3] : 1 };
}

/** The contrast ratio of two colours given as channels (composited computed colours). */
export function ratioOf(first: Rgb, second: Rgb): number {
  return contrastRatio(hexOf(first), hexOf(second));
}
