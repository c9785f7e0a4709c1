import vm from "node:vm";
import type { Element } from "@xmldom/xmldom";
import { all, text } from "../xml/read";

/**
 * Runs a script web resource the way a form loads it (a classic script on a page) and answers
 * whether a handler's dotted function name resolves to a function afterwards.
 */
function definesFunction(script: string, functionName: string): boolean {
  const page: Record<string, unknown> = {};
  page.window = page;
  page.self = page;
  page.globalThis = page;
  try {
    vm.runInNewContext(script, page, { timeout: 1000 });
  } catch {
    return false;
  }
  let target: unknown = page;
  for (const part of functionName.split(".")) {
    target = target !== null && typeof target === "object" ? (target as Record<string, unknown>)[part] : undefined;
  }
  return typeof target === "function";
}

/**
 * Every form event handler must name a library the form loads, packaged as a web resource, and a
 * function that exists once that library has run: a typo in either is a script error for every
 * user who opens the form.
 */
export function formHandlerProblems(customizations: Element, zipFiles: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  const scripts = new Map<string, string>();
  for (const resource of all(customizations, "WebResource")) {
    const file = zipFiles.get(text(resource, "FileName")?.replace(/^\//, "") ?? "");
    if (file) scripts.set((text(resource, "Name") ?? "").toLowerCase(), file.toString("utf8"));
  }
  for (const form of all(customizations, "systemform")) {
    const formId = text(form, "formid");
    const loaded = new Set(all(form, "Library").map((l) => (l.getAttribute("name") ?? "").toLowerCase()));
    for (const handler of all(form, "Handler")) {
      const library = handler.getAttribute("libraryName") ?? "";
      const functionName = handler.getAttribute("functionName") ?? "";
      const where = `[form handlers] form ${formId} handler ${functionName}`;
      const script = scripts.get(library.toLowerCase());
      if (!loaded.has(library.toLowerCase()))
        problems.push(`${where}: library "${library}" is not in the form's formLibraries`);
      else if (script === undefined)
        problems.push(`${where}: library "${library}" is not a web resource in this package`);
      else if (!definesFunction(script, functionName))
        problems.push(`${where}: "${library}" defines no function ${functionName}`);
      if (handler.getAttribute("passExecutionContext") !== "true")
        problems.push(`${where}: passExecutionContext is not true`);
    }
  }
  return problems;
}

/** Every web resource a DependencyXml names (a script's RESX strings) must be in the package too. */
export function webResourceDependencyProblems(customizations: Element): string[] {
  const resources = all(customizations, "WebResource");
  const names = new Set(resources.map((r) => (text(r, "Name") ?? "").toLowerCase()));
  const problems: string[] = [];
  for (const resource of resources) {
    const dependencies = text(resource, "DependencyXml") ?? "";
    for (const match of dependencies.matchAll(/<Library [^>]*name="([^"]+)"/g)) {
      if (!names.has(match[1].toLowerCase()))
        problems.push(
          `[web resource dependencies] ${text(resource, "Name")}: depends on "${match[1]}", which is not a web resource in this package`,
        );
    }
  }
  return problems;
}
