import fs from "node:fs";
import path from "node:path";
import { experiencePublisher } from "../../solution/definitions/publishers";
import type { BuiltControl } from "../../solution/model";

const CONTROLS = path.resolve(__dirname, "..", "..", "controls");

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
      const manifestXml = input.replace(/<code path="[^"]+"/, '<code path="bundle.js"');
      const resources = [...manifestXml.matchAll(/<(?:resx|css) path="([^"]+)"/g)].map((m) => m[1]);
      const namespace = /namespace="([^"]+)"/.exec(input)?.[1];
      return {
        name: `${experiencePublisher.prefix}_${namespace}.${folder}`,
        manifestXml,
        files: [
          { path: "bundle.js", content: Buffer.from(`// ${folder}: packer test input\n`) },
          ...resources.map((r) => ({ path: r, content: fs.readFileSync(path.join(CONTROLS, folder, r)) })),
        ],
      };
    });
}
