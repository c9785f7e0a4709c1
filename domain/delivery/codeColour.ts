import { contrastRatio, hslToHex } from "./colour";

/**
 * A colour per disposition code that is the same on every form, for every user, on every
 * load: the hue comes from a hash of the code text. Lightness is then moved until the chip
 * text reaches WCAG AA contrast (4.5:1), so no generated colour is unreadable.
 *
 * The hues the status tones use are left out, so a code never reads as a status: red
 * (danger), orange and yellow (warning) and green (success). Codes take a hue from teal
 * through blue and violet to magenta (175° to 319°).
 */
export interface CodeColour {
  background: string;
  foreground: string;
}

const minimumContrast = 4.5;
const lightText = "#ffffff";
const darkText = "#1b1b1b";
export const codeHueStart = 175;
export const codeHueRange = 145;

/** FNV-1a, 32 bit: small, fast, and spreads similar codes ("Busy1", "Busy2") apart. */
export function hashCode(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Light themes get deep chips with white text; dark themes light chips with dark text. */
export function codeColour(code: string, darkTheme = false): CodeColour {
  const hash = hashCode(code);
  const hue = codeHueStart + (hash % codeHueRange);
  const saturation = 45 + ((hash >>> 9) % 30);
  const foreground = darkTheme ? darkText : lightText;
  let lightness = darkTheme ? 72 : 42;
  let background = hslToHex(hue, saturation, lightness);
  while (contrastRatio(background, foreground) < minimumContrast && lightness > 0 && lightness < 100) {
    lightness += darkTheme ? 2 : -2;
    background = hslToHex(hue, saturation, lightness);
  }
  return { background, foreground };
}
