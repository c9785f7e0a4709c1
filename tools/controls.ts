/**
 * Makes sure out/controls/<Name>/ holds a production build of every control that is newer
 * than its sources; builds the missing or stale ones with scripts/build-controls.mjs (the
 * same script CI and the packer use).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const manifestName = "ControlManifest.Input.xml";

export function discoverControls(root: string): string[] {
  const folder = path.join(root, "controls");
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(folder, entry.name, manifestName)))
    .map((entry) => entry.name)
    .sort();
}

function newestFile(target: string, skip: (name: string) => boolean): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (skip(entry)) continue;
    newest = Math.max(newest, newestFile(path.join(target, entry), skip));
  }
  return newest;
}

/** Why a control needs building, or undefined when its build is current. */
export function staleReason(root: string, name: string): string | undefined {
  const out = path.join(root, "out", "controls", name);
  const built = ["bundle.js", "ControlManifest.xml"].map((file) => path.join(out, file));
  const missing = built.find((file) => !fs.existsSync(file));
  if (missing) return `no ${path.relative(root, missing)}`;
  const builtAt = Math.min(...built.map((file) => fs.statSync(file).mtimeMs));
  const skip = (entry: string): boolean => entry === "node_modules" || entry === "generated";
  const sources = [
    path.join(root, "controls", name),
    path.join(root, "controls", "shared"),
    path.join(root, "domain"),
    path.join(root, "dataverse"),
    path.join(root, "package-lock.json"),
  ];
  const newer = sources.find((source) => newestFile(source, skip) > builtAt);
  return newer ? `${path.relative(root, newer)} changed since the last build` : undefined;
}

export interface EnsureResult {
  controls: string[];
  built: string[];
  /** Controls that did not build; the preview still serves the others. */
  failed: string[];
}

export function ensureControls(root: string, log: (line: string) => void = console.log): EnsureResult {
  const controls = discoverControls(root);
  const stale = controls.flatMap((name) => {
    const reason = staleReason(root, name);
    return reason ? [{ name, reason }] : [];
  });
  if (stale.length === 0) return { controls, built: [], failed: [] };
  for (const { name, reason } of stale) log(`${name}: ${reason}; building it`);
  const names = stale.map((entry) => entry.name);
  const run = spawnSync(process.execPath, [path.join(root, "scripts", "build-controls.mjs"), ...names], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "true" },
  });
  if (run.status === 0) return { controls, built: names, failed: [] };
  // The script names the controls that failed above; what it left in out/ is not to be trusted.
  log(`node scripts/build-controls.mjs ${names.join(" ")} failed (exit ${String(run.status ?? run.signal)})`);
  return { controls, built: [], failed: names };
}
