import fs from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";
import { DOMParser, XMLSerializer, type Element } from "@xmldom/xmldom";

export const SCHEMA_ENV = "PDX_SCHEMA_DIR";

/** The schema folder: $PDX_SCHEMA_DIR, else ../shared/schemas beside the project when present. */
export function schemaDir(root: string): string | undefined {
  const fromEnv = process.env[SCHEMA_ENV];
  if (fromEnv) {
    if (!fs.existsSync(path.join(fromEnv, "CustomizationsSolution.xsd")))
      throw new Error(`${SCHEMA_ENV}=${fromEnv}: CustomizationsSolution.xsd not found there`);
    return fromEnv;
  }
  const sibling = path.resolve(root, "..", "shared", "schemas");
  return fs.existsSync(path.join(sibling, "CustomizationsSolution.xsd")) ? sibling : undefined;
}

export interface XsdProblem {
  file: string;
  message: string;
}

/**
 * What current exports write that the 9.0.0.2090 XSD predates, and nothing else: the check strips
 * exactly these before validating, and verify/exportOnly.ts checks their shape instead.
 * - AppModule: OptimizedFor, NavigationType (coe-starter-kit
 *   AppModules/*\/AppModule.xml, QuizSolution customizations.xml, fsi-experiences AppModules/*).
 * - AppModuleSiteMap: EnableCollapsibleGroups, ShowHome, ShowPinned, ShowRecents (coe-starter-kit
 *   and fsi-experiences AppModuleSiteMaps/*; QuizSolution's 9.1 export has none of them).
 * - Role (under Roles): the isinherited attribute and LocalizedNames (fsi-experiences
 *   FSIWealthManagementSecurityRoles Roles/Wealth Manager.xml; coe-starter-kit Roles/*.xml has
 *   isinherited only).
 * Only those children of those elements, each element found only where exports put it (a direct
 * child of the root's container), so the same name anywhere else still fails the XSD.
 */
export const EXPORT_ONLY_PARTS: readonly {
  container: string;
  element: string;
  children: readonly string[];
  attributes: readonly string[];
}[] = [
  {
    container: "AppModules",
    element: "AppModule",
    children: ["OptimizedFor", "NavigationType"],
    attributes: [],
  },
  {
    container: "AppModuleSiteMaps",
    element: "AppModuleSiteMap",
    children: ["EnableCollapsibleGroups", "ShowHome", "ShowPinned", "ShowRecents"],
    attributes: [],
  },
  { container: "Roles", element: "Role", children: ["LocalizedNames"], attributes: ["isinherited"] },
];

const elementsOf = (parent: Element, tag?: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (tag === undefined || (n as Element).tagName === tag),
  );

/** customizations.xml without the export-only parts, and what was taken out (for the record). */
export function withoutExportOnlyParts(xml: string): { xml: string; stripped: string[] } {
  const root = new DOMParser().parseFromString(xml, "text/xml").documentElement;
  const stripped: string[] = [];
  if (!root) return { xml, stripped };
  for (const part of EXPORT_ONLY_PARTS)
    for (const container of elementsOf(root, part.container))
      for (const element of elementsOf(container, part.element)) {
        for (const child of elementsOf(element).filter((c) => part.children.includes(c.tagName))) {
          element.removeChild(child);
          stripped.push(`${part.element}/${child.tagName}`);
        }
        for (const attribute of part.attributes)
          if (element.hasAttribute(attribute)) {
            element.removeAttribute(attribute);
            stripped.push(`${part.element}/@${attribute}`);
          }
      }
  return stripped.length ? { xml: new XMLSerializer().serializeToString(root), stripped } : { xml, stripped };
}

/**
 * Validates customizations.xml against Microsoft's CustomizationsSolution.xsd (with its
 * includes), once the export-only parts above are taken out.
 */
export async function validateCustomizations(dir: string, fileName: string, xml: string): Promise<XsdProblem[]> {
  const xsds = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xsd"))
    .sort();
  const preload = xsds
    .filter((f) => f !== "CustomizationsSolution.xsd")
    .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(dir, f), "utf8") }));
  const result = await validateXML({
    xml: [{ fileName: "customizations.xml", contents: withoutExportOnlyParts(xml).xml }],
    schema: [
      {
        fileName: "CustomizationsSolution.xsd",
        contents: fs.readFileSync(path.join(dir, "CustomizationsSolution.xsd"), "utf8"),
      },
    ],
    preload,
    maxMemoryPages: 4096,
  });
  return result.errors.map((e) => ({ file: fileName, message: e.rawMessage ?? e.message }));
}
