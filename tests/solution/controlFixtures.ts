import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { formScriptResources } from "../../solution/definitions/formScripts";
import { experiencePublisher } from "../../solution/definitions/publishers";
import type { BuiltControl, WebResourceDefinition } from "../../solution/model";

const ROOT = path.resolve(__dirname, "..", "..");
const CONTROLS = path.join(ROOT, "controls");

/**
 * Packer tests need controls without running pcf-scripts: each control's real input manifest
 * and resx files, with the code entry renamed to bundle.js as the build does. The real build
 * output is packed and verified by `npm run build` and `npm run verify`.
 */
export function controlsFromSource(): BuiltControl[] {
  return fs
    .readdirSync(CONTROLS)
    .filter((name) => fs.existsSync(path.join(CONTROLS, name, "ControlManifest.Input.xml")))
    .sort()
    .map((folder) => {
      const input = fs.readFileSync(path.join(CONTROLS, folder, "ControlManifest.Input.xml"), "utf8");
      const sources = [...input.matchAll(/<(?:resx|css) path="([^"]+)"/g)].map((m) => m[1]);
      // pcf-scripts copies a resource from outside the control's folder (../shared/...) to the
      // output's top level and names it there by its file name; the built manifest says so.
      const built = (source: string) => (source.startsWith("../") ? path.posix.basename(source) : source);
      const manifestXml = input
        .replace(/<code path="[^"]+"/, '<code path="bundle.js"')
        .replace(/(<(?:resx|css) path=")([^"]+)"/g, (_m, start: string, source: string) => `${start}${built(source)}"`);
      const namespace = /namespace="([^"]+)"/.exec(input)?.[1];
      return {
        name: `${experiencePublisher.prefix}_${namespace}.${folder}`,
        manifestXml,
        files: [
          { path: "bundle.js", content: Buffer.from(`// ${folder}: packer test input\n`) },
          ...sources.map((r) => ({ path: built(r), content: fs.readFileSync(path.join(CONTROLS, folder, r)) })),
        ],
      };
    });
}

let builtScripts: WebResourceDefinition[] | undefined;

/**
 * The form scripts as the build makes them: scripts/build-webresources.mjs writes
 * out/webresources/ (esbuild, well under a second), and the packager reads them with their RESX
 * strings, so the packer tests run the handlers verify checks.
 */
export function webResourcesFromSource(): WebResourceDefinition[] {
  if (!builtScripts) {
    const build = spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-webresources.mjs")], {
      encoding: "utf8",
    });
    if (build.status !== 0) throw new Error(`scripts/build-webresources.mjs failed:\n${build.stdout}${build.stderr}`);
    builtScripts = formScriptResources(ROOT);
  }
  return builtScripts;
}
