/**
 * Xrm.Utility.getResourceString over the form scripts' RESX web resources, fetched from the
 * preview server by their web resource names. As on the platform, the user's language wins and
 * the organisation's base language (1033 here) is the fallback.
 */
import { parseResx } from "../../pcf-host/resx";
// The preview server's route and a module of this repository, not a form fetching a web resource.
// eslint-disable-next-line @microsoft/power-apps/use-cached-webresource
import { webResourceLibraries } from "../../webresources/libraries";

export const baseLanguageId = 1033;

/** "pdx_/strings/deliveryForm.1033.resx" → "pdx_/strings/deliveryForm": the name scripts pass. */
const resourceBase = (name: string): string => name.replace(/\.\d+\.resx$/i, "");

export type ResourceTables = ReadonlyMap<string, ReadonlyMap<number, ReadonlyMap<string, string>>>;

/** Every library's strings in every language the solution carries. */
export async function loadResourceStrings(baseUrl: string): Promise<ResourceTables> {
  const tables = new Map<string, Map<number, ReadonlyMap<string, string>>>();
  const files = webResourceLibraries.flatMap((library) => library.strings);
  await Promise.all(
    files.map(async (file) => {
      const response = await fetch(`${baseUrl}${file.name}`);
      if (!response.ok) throw new Error(`${file.name}: HTTP ${response.status}`);
      const strings = parseResx(await response.text());
      const base = resourceBase(file.name);
      if (!tables.has(base)) tables.set(base, new Map());
      tables.get(base)!.set(file.languageCode, strings);
    }),
  );
  return tables;
}

export function resourceStringReader(
  tables: ResourceTables,
  languageId: number,
): (webResourceName: string, key: string) => string | null {
  return (webResourceName, key) => {
    const languages = tables.get(webResourceName);
    // The platform throws for a resx it cannot find, which the scripts are written to survive.
    if (!languages) throw new Error(`No resource web resource ${webResourceName}`);
    return languages.get(languageId)?.get(key) ?? languages.get(baseLanguageId)?.get(key) ?? null;
  };
}
