import type { Element } from "@xmldom/xmldom";
import { all, childText, directChildren, parseXml as parse, text } from "../xml/read";
import { extensionOf } from "../xml/contentTypes";
import { readZip } from "../pack/zip";
import { exportShapeProblems } from "./exportShape";
import { formHandlerProblems, webResourceDependencyProblems } from "./formHandlers";
import { validateCustomizations } from "./xsd";
import { platformColumnKeys } from "./platformShell";
import { contactFormProblems } from "./contactForm";
import { formLabelProblems, languageListProblems, listedLanguages, systemForms } from "./formLabels";
import { EXPERIENCE_SOLUTION } from "../definitions/solutions";
import { appModuleRules } from "./appModule";
import { exportOnlyShapeProblems } from "./exportOnly";
import { rolePrivilegeProblems } from "./roles";
import { dashboardShapeProblems, dashboardsOf, insightsDashboardProblems } from "./dashboard";
import {
  allowedCodesVariableProblems,
  environmentVariableNames,
  environmentVariableProblems,
} from "./environmentVariables";

export interface VerifyResult {
  zip: string;
  problems: string[];
  /** Why the XSD check did not run, when it did not. */
  xsdSkipped?: string;
  entries: number;
}

/** Which packaged components a reference may point at, per component type code. */
interface Inventory {
  byType: Map<string, Set<string>>;
  /** Parsed ControlManifest.xml of every packaged control, by its prefixed name. */
  manifests: Map<string, Element>;
}

function inventory(customizations: Element, zipFiles: Map<string, Buffer>, problems: string[]): Inventory {
  const byType = new Map<string, Set<string>>();
  const manifests = new Map<string, Element>();
  const add = (type: string, key: string | null | undefined) => {
    if (!key) return;
    if (!byType.has(type)) byType.set(type, new Set());
    byType.get(type)?.add(key.toLowerCase());
  };
  for (const entity of all(customizations, "Entity")) {
    const table = directChildren(entity, "Name")[0]?.textContent?.trim();
    add("1", table);
    for (const attribute of all(entity, "attribute"))
      if (attribute.getAttribute("PhysicalName")) add("2", `${table}/${attribute.getAttribute("PhysicalName")}`);
  }
  // A platform table's columns (contact's fullname, ...) come with the platform, not the package.
  for (const key of platformColumnKeys(customizations)) add("2", key);
  for (const optionset of directChildren(all(customizations, "optionsets")[0], "optionset"))
    add("9", optionset.getAttribute("Name"));
  for (const relationship of all(customizations, "EntityRelationship")) add("10", relationship.getAttribute("Name"));
  for (const query of all(customizations, "savedquery")) add("26", text(query, "savedqueryid"));
  for (const form of all(customizations, "systemform")) add("60", text(form, "formid"));
  for (const dashboard of all(customizations, "Dashboard")) add("60", text(dashboard, "FormId"));
  for (const resource of all(customizations, "WebResource")) {
    const name = text(resource, "Name");
    const file = text(resource, "FileName")?.replace(/^\//, "");
    if (!file || !zipFiles.has(file))
      problems.push(`customizations.xml: WebResource ${name}: FileName ${file} is not in the zip`);
    add("61", name);
  }
  for (const role of directChildren(directChildren(customizations, "Roles")[0], "Role"))
    add("20", role.getAttribute("id"));
  for (const siteMap of all(customizations, "AppModuleSiteMap")) add("62", childText(siteMap, "SiteMapUniqueName"));
  for (const app of all(customizations, "AppModule")) add("80", childText(app, "UniqueName"));
  // Environment variable definitions live outside customizations.xml, one folder each.
  for (const name of environmentVariableNames(zipFiles)) add("380", name);
  for (const control of all(customizations, "CustomControl")) {
    const name = text(control, "Name");
    const file = text(control, "FileName")?.replace(/^\//, "") ?? "";
    const manifest = zipFiles.get(file);
    if (!manifest) {
      problems.push(`customizations.xml: CustomControl ${name}: FileName ${file} is not in the zip`);
    } else {
      const folder = file.slice(0, file.lastIndexOf("/") + 1);
      const parsed = parse(manifest.toString("utf8"), file);
      if (name) manifests.set(name.toLowerCase(), parsed);
      const resources = all(parsed, "resources")[0];
      for (const resource of resources
        ? Array.from(resources.childNodes).filter((n): n is Element => n.nodeType === 1)
        : []) {
        const path = resource.getAttribute("path");
        if (path && !zipFiles.has(folder + path))
          problems.push(`${file}: resource ${resource.tagName} path="${path}" is not in the zip`);
      }
    }
    add("66", name);
  }
  return { byType, manifests };
}

/** A form's parameters for a control must be the manifest's own properties, every required one bound. */
function checkControlParameters(where: string, control: Element, manifest: Element, problems: string[]): void {
  const name = control.getAttribute("name");
  const parameters = Array.from(all(control, "parameters")[0]?.childNodes ?? []).filter(
    (n): n is Element => n.nodeType === 1,
  );
  const given = new Set(
    parameters.map((p) => (p.tagName === "data-set" ? `data-set:${p.getAttribute("name")}` : p.tagName)),
  );
  const declared = new Map<string, boolean>();
  for (const property of all(manifest, "property"))
    declared.set(
      property.getAttribute("name") ?? "",
      property.getAttribute("required") === "true" && property.getAttribute("usage") !== "output",
    );
  for (const dataSet of all(manifest, "data-set")) declared.set(`data-set:${dataSet.getAttribute("name")}`, true);
  for (const key of given)
    if (!declared.has(key))
      problems.push(`${where}: control ${name} is given "${key}", which its manifest does not declare`);
  for (const [key, required] of declared)
    if (required && !given.has(key))
      problems.push(`${where}: control ${name} lacks required "${key}" from its manifest`);
}

function dependencies(solution: Element): Map<string, Set<string>> {
  const declared = new Map<string, Set<string>>();
  for (const required of all(solution, "Required")) {
    const type = required.getAttribute("type") ?? "";
    // Columns are known by table and name; a relationship's parent is only where it is shown.
    const parent = type === "2" ? required.getAttribute("parentSchemaName") : null;
    const key =
      (parent ? `${parent}/` : "") + (required.getAttribute("schemaName") ?? required.getAttribute("id") ?? "");
    if (!declared.has(type)) declared.set(type, new Set());
    declared.get(type)?.add(key.toLowerCase());
  }
  return declared;
}

export async function verifyZip(
  zipName: string,
  content: Buffer,
  schemaDir: string | undefined,
): Promise<VerifyResult> {
  const problems: string[] = [];
  const files = await readZip(content);
  const result: VerifyResult = { zip: zipName, problems, entries: files.size };
  for (const required of ["[Content_Types].xml", "solution.xml", "customizations.xml"]) {
    if (!files.has(required)) problems.push(`${zipName}: ${required} is missing`);
  }
  if (problems.length) return result;

  const types = parse(files.get("[Content_Types].xml")!.toString("utf8"), "[Content_Types].xml");
  const extensions = new Set(all(types, "Default").map((d) => (d.getAttribute("Extension") ?? "").toLowerCase()));
  const overrides = new Set(all(types, "Override").map((o) => o.getAttribute("PartName")));
  for (const entry of files.keys()) {
    if (entry === "[Content_Types].xml") continue;
    const ext = extensionOf(entry);
    if (ext ? !extensions.has(ext) : !overrides.has(`/${entry}`))
      problems.push(`[Content_Types].xml: no content type covers ${entry}`);
  }

  const solution = parse(files.get("solution.xml")!.toString("utf8"), "solution.xml");
  const expectedManaged = zipName.endsWith("_managed.zip") ? "1" : "0";
  const managed = text(solution, "Managed");
  if (managed !== expectedManaged)
    problems.push(
      `solution.xml: Managed is ${managed}, but ${zipName} is named ${expectedManaged === "1" ? "managed" : "unmanaged"}`,
    );

  const customizationsXml = files.get("customizations.xml")!.toString("utf8");
  const customizations = parse(customizationsXml, "customizations.xml");
  const { byType: have, manifests } = inventory(customizations, files, problems);
  const declared = dependencies(solution);
  const resolves = (type: string, key: string) =>
    have.get(type)?.has(key.toLowerCase()) || declared.get(type)?.has(key.toLowerCase());

  for (const root of all(solution, "RootComponent")) {
    const type = root.getAttribute("type") ?? "";
    const key = root.getAttribute("schemaName") ?? root.getAttribute("id") ?? "";
    if (!resolves(type, key))
      problems.push(
        `solution.xml: RootComponent type ${type} "${key}" is neither in the package nor a declared dependency`,
      );
  }

  for (const form of all(customizations, "systemform")) {
    const formId = text(form, "formid");
    const table =
      directChildren(form.parentNode?.parentNode?.parentNode as Element, "Name")[0]?.textContent?.trim() ?? "";
    for (const library of all(form, "Library")) {
      if (!resolves("61", library.getAttribute("name") ?? ""))
        problems.push(
          `form ${formId}: library "${library.getAttribute("name")}" is not a web resource in the package or a dependency`,
        );
    }
    for (const control of all(form, "customControl")) {
      const name = control.getAttribute("name");
      if (name && !resolves("66", name))
        problems.push(`form ${formId}: custom control "${name}" is not in the package or a dependency`);
      const manifest = name ? manifests.get(name.toLowerCase()) : undefined;
      if (manifest) checkControlParameters(`form ${formId}`, control, manifest, problems);
    }
    for (const control of all(form, "control")) {
      const field = control.getAttribute("datafieldname");
      if (field && !resolves("2", `${table}/${field}`))
        problems.push(`form ${formId}: field "${field}" is not a column of ${table} in the package or a dependency`);
      const relationship = text(control, "RelationshipName");
      if (relationship && !resolves("10", relationship))
        problems.push(`form ${formId}: subgrid relationship "${relationship}" is not in the package or a dependency`);
    }
  }

  // A dashboard's code components resolve and get their manifest's parameters, as a form's do.
  for (const { id, dashboard } of dashboardsOf(customizations)) {
    const where = `[dashboard] customizations.xml: dashboard ${id}`;
    for (const control of all(dashboard, "customControl")) {
      const name = control.getAttribute("name");
      if (name && !resolves("66", name))
        problems.push(`${where}: custom control "${name}" is not in the package or a dependency`);
      const manifest = name ? manifests.get(name.toLowerCase()) : undefined;
      if (manifest) checkControlParameters(where, control, manifest, problems);
    }
    for (const table of all(dashboard, "TargetEntityType").map((t) => t.textContent?.trim() ?? ""))
      if (!resolves("1", table))
        problems.push(`${where}: TargetEntityType "${table}" is not a table of the package or a dependency`);
  }

  problems.push(...exportShapeProblems(solution, customizations, expectedManaged === "1"));
  const languages = listedLanguages(customizations);
  problems.push(
    ...languageListProblems(
      languages,
      solution.getAttribute("languagecode"),
      text(solution, "UniqueName") === EXPERIENCE_SOLUTION,
    ),
    ...formLabelProblems("customizations.xml", systemForms(customizations), languages, expectedManaged === "1"),
  );
  problems.push(...dashboardShapeProblems(customizations));
  problems.push(...environmentVariableProblems(files, solution));
  if (text(solution, "UniqueName") === EXPERIENCE_SOLUTION)
    problems.push(
      ...contactFormProblems(solution, customizations),
      ...insightsDashboardProblems(solution, customizations),
      ...allowedCodesVariableProblems(files),
    );
  problems.push(...formHandlerProblems(customizations, files), ...webResourceDependencyProblems(customizations));
  problems.push(
    ...appModuleRules(customizations, solution, resolves),
    ...rolePrivilegeProblems(customizations),
    ...exportOnlyShapeProblems(customizations),
  );

  const ids = [
    ...all(customizations, "formid"),
    ...dashboardsOf(customizations).flatMap((d) => directChildren(d.dashboard, "FormId")),
    ...all(customizations, "savedqueryid"),
    ...directChildren(directChildren(customizations, "WebResources")[0], "WebResource").flatMap((w) =>
      directChildren(w, "WebResourceId"),
    ),
  ].map((e) => e.textContent?.trim().toLowerCase() ?? "");
  ids.push(
    ...directChildren(directChildren(customizations, "Roles")[0], "Role").map((r) =>
      (r.getAttribute("id") ?? "").toLowerCase(),
    ),
  );
  for (const tag of ["tab", "section", "cell"])
    ids.push(
      ...all(customizations, tag)
        .map((e) => (e.getAttribute("id") ?? "").toLowerCase())
        .filter(Boolean),
    );
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`customizations.xml: id ${id} is used more than once`);
    seen.add(id);
  }

  if (schemaDir) {
    for (const p of await validateCustomizations(schemaDir, `${zipName}/customizations.xml`, customizationsXml))
      problems.push(`XSD: ${p.message}`);
  } else {
    result.xsdSkipped = "no schema folder: set PDX_SCHEMA_DIR or place Microsoft's schemas in ../shared/schemas";
  }
  return result;
}
