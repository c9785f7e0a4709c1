/** A control's resx files on disk, read with the one resx parser of pcf-host. */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseResx } from "../../pcf-host/resx";

export { parseResx };

/** Where a control keeps its resx files: controls/<Name>/strings/<Name>.<lcid>.resx. */
export function resxPath(controlName: string, languageId: number): string {
  return path.resolve(__dirname, "..", "..", "controls", controlName, "strings", `${controlName}.${languageId}.resx`);
}

/** Reads a control's strings for a language, or undefined when there is no such file. */
export function loadResx(controlName: string, languageId: number): Map<string, string> | undefined {
  const file = resxPath(controlName, languageId);
  return fs.existsSync(file) ? parseResx(fs.readFileSync(file, "utf8")) : undefined;
}
