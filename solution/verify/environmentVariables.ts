import type { Element } from "@xmldom/xmldom";
import { dispositionVocabularyVariable } from "../../domain/delivery/dispositionVocabulary";
import { EnvironmentVariableTypes } from "../model";
import { all, childText, parseXml } from "../xml/read";

const RULE = "[environment variable]";
const EXPERIENCE_RULE = "[allowed codes variable]";

/** environmentvariabledefinitions/<schemaname>/environmentvariabledefinition.xml, as exports keep a definition. */
export const environmentVariableFile = /^environmentvariabledefinitions\/([^/]+)\/environmentvariabledefinition\.xml$/;

/** The children exports write, in their order; only defaultvalue may be left out (a variable without a default). */
const exportOrder = [
  "defaultvalue",
  "description",
  "displayname",
  "introducedversion",
  "iscustomizable",
  "isrequired",
  "secretstore",
  "type",
];

const knownTypes = new Set<string>(Object.values(EnvironmentVariableTypes).map(String));
const elements = (parent: Element): Element[] =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1);

/** One definition file's problems, named by file; `text` is the file as the zip holds it. */
export function environmentVariableFileProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  const folder = /environmentvariabledefinitions\/([^/]+)\/[^/]+$/.exec(file)?.[1] ?? "";
  const where = `${RULE} ${file}`;
  // Exports start the file at the element; an XML declaration or comment before it is refused on import.
  if (!text.startsWith("<environmentvariabledefinition"))
    problems.push(
      `${where}: must start with <environmentvariabledefinition (no XML declaration or comment), as exports write it`,
    );
  let root: Element;
  try {
    root = parseXml(text, file);
  } catch (error) {
    return [...problems, `${where}: ${(error as Error).message}`];
  }
  if (root.tagName !== "environmentvariabledefinition") return [...problems, `${where}: root is <${root.tagName}>`];
  if (root.getAttribute("schemaname") !== folder)
    problems.push(
      `${where}: schemaname "${root.getAttribute("schemaname") ?? ""}" must be its folder's name, ${folder}`,
    );
  const names = elements(root).map((e) => e.tagName);
  const expected = exportOrder.filter((name) => name !== "defaultvalue" || names.includes("defaultvalue"));
  if (names.join(" ") !== expected.join(" "))
    problems.push(`${where}: children are ${names.join(", ")}; exports write ${expected.join(", ")}`);
  for (const name of ["description", "displayname"]) {
    const labelled = elements(root).find((e) => e.tagName === name);
    const label = labelled ? all(labelled, "label")[0] : undefined;
    if (
      labelled &&
      (!labelled.getAttribute("default") || !label?.getAttribute("description") || !label.getAttribute("languagecode"))
    )
      problems.push(`${where}: ${name} needs a default and a <label description languagecode>`);
  }
  const type = childText(root, "type") ?? "";
  if (!knownTypes.has(type)) problems.push(`${where}: type ${type} is not an environment variable type`);
  for (const flag of ["iscustomizable", "isrequired", "secretstore"]) {
    const value = childText(root, flag);
    if (value !== undefined && value !== "0" && value !== "1")
      problems.push(`${where}: ${flag} is "${value}", not 0 or 1`);
  }
  const defaultValue = childText(root, "defaultvalue");
  if (defaultValue !== undefined && type === String(EnvironmentVariableTypes.secret))
    problems.push(`${where}: a secret carries no default value`);
  if (defaultValue !== undefined && type === String(EnvironmentVariableTypes.json)) {
    try {
      JSON.parse(defaultValue);
    } catch {
      problems.push(`${where}: the JSON variable's defaultvalue is not JSON: ${defaultValue}`);
    }
  }
  return problems;
}

/**
 * Every definition in the zip is well formed as exports write it and a root component of type 380
 * (one without it imports as an unregistered file and never becomes a variable); the generic
 * root component check makes each type 380 root component find its file.
 */
export function environmentVariableProblems(files: ReadonlyMap<string, Buffer>, solution: Element): string[] {
  const problems: string[] = [];
  const roots = new Set(
    all(solution, "RootComponent")
      .filter((root) => root.getAttribute("type") === "380")
      .map((root) => root.getAttribute("schemaName") ?? ""),
  );
  for (const [file, content] of files) {
    const folder = environmentVariableFile.exec(file)?.[1];
    if (folder === undefined) continue;
    problems.push(...environmentVariableFileProblems(file, content.toString("utf8")));
    if (!roots.has(folder))
      problems.push(`${RULE} solution.xml: ${folder} is in the zip but no RootComponent type 380 names it`);
  }
  return problems;
}

/** Schema names of the definitions a zip carries, for the root component check. */
export function environmentVariableNames(files: ReadonlyMap<string, Buffer>): string[] {
  return [...files.keys()].flatMap((file) => environmentVariableFile.exec(file)?.[1] ?? []);
}

/**
 * The experience carries the allowed disposition codes: a JSON variable, not required, whose
 * default is a JSON list of codes (the empty list: any code), and the chips that read it declare
 * the Web API feature in their manifest.
 */
export function allowedCodesVariableProblems(files: ReadonlyMap<string, Buffer>): string[] {
  const file = `environmentvariabledefinitions/${dispositionVocabularyVariable}/environmentvariabledefinition.xml`;
  const content = files.get(file);
  if (!content) return [`${EXPERIENCE_RULE} ${file} is missing`];
  const problems: string[] = [];
  let root: Element;
  try {
    root = parseXml(content.toString("utf8"), file);
  } catch {
    return problems; // [environment variable] reports it
  }
  if (childText(root, "type") !== String(EnvironmentVariableTypes.json))
    problems.push(`${EXPERIENCE_RULE} ${file}: type must be ${EnvironmentVariableTypes.json} (JSON)`);
  if (childText(root, "isrequired") !== "0")
    problems.push(`${EXPERIENCE_RULE} ${file}: must not be required (an empty list allows any code)`);
  let list: unknown;
  try {
    list = JSON.parse(childText(root, "defaultvalue") ?? "");
  } catch {
    list = undefined;
  }
  if (!Array.isArray(list) || list.some((code) => typeof code !== "string"))
    problems.push(`${EXPERIENCE_RULE} ${file}: defaultvalue must be a JSON list of codes`);
  const manifest = [...files].find(([name]) => /^Controls\/[^/]+\.DispositionChips\/ControlManifest\.xml$/.test(name));
  if (manifest && !/<uses-feature\s+name="WebAPI"/.test(manifest[1].toString("utf8")))
    problems.push(
      `${EXPERIENCE_RULE} ${manifest[0]}: DispositionChips reads the list through the Web API but does not declare it`,
    );
  return problems;
}
