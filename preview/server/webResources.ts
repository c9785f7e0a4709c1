/**
 * The form scripts for the page: built when missing or older than their sources (as the
 * controls are), and served under /webresources/<web resource name>, the names the solution
 * gives them, so the page asks for a script or resx the way a form asks Dataverse.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { webResourceLibraries } from "../../webresources/libraries";

export const webResourcePrefix = "/webresources/";

function newestFile(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(target).map((entry) => newestFile(path.join(target, entry))));
}

/** The bundles import the domain and the controls' shared helpers besides webresources/ itself. */
const sourceFolders = ["webresources", "domain", path.join("controls", "shared")];

/** Why the form scripts need building, or undefined when every bundle is newer than its sources. */
export function webResourcesStaleReason(root: string): string | undefined {
  const sources = Math.max(...sourceFolders.map((folder) => newestFile(path.join(root, folder))));
  for (const library of webResourceLibraries) {
    const built = newestFile(path.join(root, library.file));
    if (built === 0) return `${library.file} is missing`;
    if (built < sources) return `${library.file} is older than its sources`;
  }
  return undefined;
}

/** Builds the form scripts when stale; returns an error message when the build fails. */
export function ensureWebResources(root: string, log: (line: string) => void): string | undefined {
  const reason = webResourcesStaleReason(root);
  if (!reason) return undefined;
  log(`building form scripts: ${reason}`);
  try {
    execFileSync(process.execPath, [path.join(root, "scripts", "build-webresources.mjs")], {
      cwd: root,
      stdio: "pipe",
    });
    return undefined;
  } catch (error) {
    const output = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    log(`form scripts did not build: ${output}`);
    return output;
  }
}

/** Web resource name → file from the repository root: each library's script and its resx strings. */
export function webResourceFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const library of webResourceLibraries) {
    files[`${webResourcePrefix}${library.name}`] = path.join(root, library.file);
    for (const strings of library.strings) files[`${webResourcePrefix}${strings.name}`] = path.join(root, strings.file);
  }
  return files;
}
