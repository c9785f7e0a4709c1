import type { SolutionDefinition } from "../model";
import { contentTypesXml } from "../xml/contentTypes";
import { controlManifestFileName, customizationsXml } from "../xml/customizations";
import { webResourceFileName } from "../xml/webResource";
import { environmentVariableDocument, environmentVariableFileName } from "../xml/environmentVariable";
import { withManagedFormLabels } from "../xml/managedForms";
import { solutionXml } from "../xml/solutionManifest";
import { toXmlDocument } from "../xml/node";
import type { ZipEntry } from "./zip";

const text = (s: string) => Buffer.from(s, "utf8");
const strip = (fileName: string) => fileName.replace(/^\//, "");

/**
 * The files of an importable zip: solution.xml, customizations.xml, controls, web resources,
 * and environment variable definitions, each in its own folder as exports keep them (the same
 * file in the managed zip: exports have no managed twin of a definition).
 */
export function zipEntries(solution: SolutionDefinition, managed: boolean): ZipEntry[] {
  const entries: ZipEntry[] = [
    { path: "solution.xml", content: text(toXmlDocument(solutionXml(solution, managed ? 1 : 0))) },
    {
      path: "customizations.xml",
      content: text(
        toXmlDocument(managed ? withManagedFormLabels(customizationsXml(solution)) : customizationsXml(solution)),
      ),
    },
  ];
  for (const w of solution.webResources) entries.push({ path: strip(webResourceFileName(w)), content: w.content });
  for (const c of solution.controls) {
    const folder = strip(controlManifestFileName(c.name)).replace(/\/ControlManifest\.xml$/, "");
    entries.push({ path: `${folder}/ControlManifest.xml`, content: text(c.manifestXml) });
    for (const f of c.files) entries.push({ path: `${folder}/${f.path}`, content: f.content });
  }
  for (const v of solution.environmentVariables)
    entries.push({ path: environmentVariableFileName(v.schemaName), content: text(environmentVariableDocument(v)) });
  entries.push({
    path: "[Content_Types].xml",
    content: text(toXmlDocument(contentTypesXml(entries.map((e) => e.path)))),
  });
  return entries;
}
