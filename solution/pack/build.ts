import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { repositoryRoot } from "../../tools/repositoryRoot";
import type { SolutionDefinition } from "../model";
import { experienceSolution, tablesSolution } from "../definitions/solutions";
import { formScriptResources } from "../definitions/formScripts";
import { experiencePublisher } from "../definitions/publishers";
import { validateSolution } from "../validate/validateSolution";
import { loadBuiltControls } from "./controls";
import { zipEntries } from "./entries";
import { unpackedEntries } from "./unpacked";
import { writeZip } from "./zip";

export function zipName(solution: SolutionDefinition, managed: boolean): string {
  return `${solution.uniqueName}_${solution.version.replace(/\./g, "_")}${managed ? "_managed" : ""}.zip`;
}

export function solutionsToBuild(root = repositoryRoot()): SolutionDefinition[] {
  const controls = loadBuiltControls(path.join(root, "out", "controls"), experiencePublisher.prefix);
  return [tablesSolution(), experienceSolution({ controls, webResources: formScriptResources(root) })];
}

/** Writes every package into a fresh folder; the caller swaps it in only when all succeeded. */
export async function writePackages(solutions: SolutionDefinition[], outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const solution of solutions) {
    validateSolution(solution);
    for (const entry of unpackedEntries(solution)) {
      const target = path.join(outDir, "src", solution.uniqueName, entry.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, entry.content);
    }
    for (const managed of [false, true]) {
      const name = zipName(solution, managed);
      fs.writeFileSync(path.join(outDir, name), await writeZip(zipEntries(solution, managed)));
      written.push(name);
    }
  }
  const sums = written.map(
    (name) =>
      `${createHash("sha256")
        .update(fs.readFileSync(path.join(outDir, name)))
        .digest("hex")}  ${name}`,
  );
  fs.writeFileSync(path.join(outDir, "SHA256SUMS"), sums.join("\n") + "\n");
  return written;
}

/**
 * Builds into a staging folder and swaps it in only when every package succeeded: a failed
 * build leaves no dist/ at all, so nothing stale or partial can be imported by mistake.
 */
export async function buildTo(dist: string, solutions: SolutionDefinition[]): Promise<string[]> {
  const staging = `${dist}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  try {
    const written = await writePackages(solutions, staging);
    fs.rmSync(dist, { recursive: true, force: true });
    fs.renameSync(staging, dist);
    return written;
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(dist, { recursive: true, force: true });
    throw error;
  }
}
