/**
 * Debian's Chromium, driven by playwright-core. `npx playwright install` cannot download
 * browsers here, so the tests use /usr/bin/chromium (or PDX_CHROMIUM) and say how to install
 * it when it is missing.
 */
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const chromiumPath = process.env.PDX_CHROMIUM ?? "/usr/bin/chromium";

/** Flags that keep Chromium off the network and quiet in a sandboxed CI (run as root). */
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function requireChromium(): void {
  if (fs.existsSync(chromiumPath)) return;
  console.error(
    [
      `Chromium is not installed at ${chromiumPath}.`,
      "Install Debian's package (as root):",
      "  apt-get update && apt-get install -y chromium",
      "or point PDX_CHROMIUM at another Chromium binary.",
    ].join("\n"),
  );
  process.exit(1);
}

/** Headless, with a fresh temporary profile (playwright creates and removes it). */
export function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
}
