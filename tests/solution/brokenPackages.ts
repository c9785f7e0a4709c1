import { controlsFromSource, webResourcesFromSource } from "./controlFixtures";
import { experienceSolution, tablesSolution } from "../../solution/definitions/solutions";
import { zipEntries } from "../../solution/pack/entries";
import { writeZip } from "../../solution/pack/zip";
import { verifyZip, type VerifyResult } from "../../solution/verify/verifyZip";

export type Which = "tables" | "experience";
export type Files = Map<string, Buffer>;

const solutionOf = (which: Which) =>
  which === "tables"
    ? tablesSolution()
    : experienceSolution({ controls: controlsFromSource(), webResources: webResourcesFromSource() });

/**
 * A real package with one deliberate defect, verified as `npm run verify` would: each verify
 * rule must fail on its own defect, so no rule can be switched off unnoticed.
 */
export async function verifyBroken(
  which: Which,
  mutate: (files: Files) => void,
  options: { managed?: boolean; zipName?: string; schemaDir?: string } = {},
): Promise<VerifyResult> {
  const managed = options.managed ?? false;
  const files: Files = new Map(zipEntries(solutionOf(which), managed).map((e) => [e.path, e.content]));
  mutate(files);
  const zip = await writeZip([...files].map(([path, content]) => ({ path, content })));
  const name = options.zipName ?? `Broken_1_0_0_0${managed ? "_managed" : ""}.zip`;
  return verifyZip(name, zip, options.schemaDir);
}

/** Replaces text in one file of the package; the test fails if the text is not there. */
export function edit(files: Files, file: string, from: string | RegExp, to: string): void {
  const before = files.get(file)?.toString() ?? "";
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${file}: ${String(from)} not found, so the defect was not made`);
  files.set(file, Buffer.from(after));
}
