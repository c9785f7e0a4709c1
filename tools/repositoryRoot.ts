import fs from "node:fs";
import path from "node:path";

/**
 * The repository root (the folder with package.json and pcfconfig.json), found from this file's
 * location whether it runs from source (ts-jest) or bundled into out/.scripts/ by scripts/run-ts.mjs.
 * Every script and test that needs the root asks here.
 */
export function repositoryRoot(start: string = __dirname): string {
  let folder = start;
  for (;;) {
    if (fs.existsSync(path.join(folder, "package.json")) && fs.existsSync(path.join(folder, "pcfconfig.json")))
      return folder;
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`No repository root above ${start}`);
    folder = parent;
  }
}
