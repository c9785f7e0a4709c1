import fs from "node:fs";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { BuiltControl } from "../model";

function listFiles(dir: string, base = dir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory()
        ? listFiles(path.join(dir, d.name), base)
        : [path.relative(base, path.join(dir, d.name)).split(path.sep).join("/")],
    )
    .sort();
}

/** Reads what pcf-scripts built into out/controls/<Name>/ and names it with the publisher prefix. */
export function loadBuiltControls(outDir: string, prefix: string): BuiltControl[] {
  if (!fs.existsSync(outDir)) return [];
  const controls: BuiltControl[] = [];
  for (const folder of fs.readdirSync(outDir).sort()) {
    const manifestPath = path.join(outDir, folder, "ControlManifest.xml");
    if (!fs.existsSync(manifestPath)) continue;
    const manifestXml = fs.readFileSync(manifestPath, "utf8");
    const control = new DOMParser().parseFromString(manifestXml, "text/xml").getElementsByTagName("control")[0];
    const namespace = control?.getAttribute("namespace");
    const constructor = control?.getAttribute("constructor");
    if (!namespace || !constructor) throw new Error(`${manifestPath}: <control> lacks namespace or constructor`);
    const files = listFiles(path.join(outDir, folder))
      .filter((f) => f !== "ControlManifest.xml")
      .map((f) => ({ path: f, content: fs.readFileSync(path.join(outDir, folder, f)) }));
    controls.push({ name: `${prefix}_${namespace}.${constructor}`, manifestXml, files });
  }
  return controls;
}
