import fs from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

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

/** Validates customizations.xml against Microsoft's CustomizationsSolution.xsd (with its includes). */
export async function validateCustomizations(dir: string, fileName: string, xml: string): Promise<XsdProblem[]> {
  const xsds = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xsd"))
    .sort();
  const preload = xsds
    .filter((f) => f !== "CustomizationsSolution.xsd")
    .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(dir, f), "utf8") }));
  const result = await validateXML({
    xml: [{ fileName: "customizations.xml", contents: xml }],
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
