/**
 * Reads a built ControlManifest.xml the way the platform does before it loads a control:
 * constructor and namespace, control type, bound properties, datasets with their property
 * sets, and the resources (code, css, resx, platform libraries).
 */
export interface ManifestProperty {
  name: string;
  ofType?: string;
  ofTypeGroup?: string;
  usage: "bound" | "input" | "output";
  required: boolean;
}

export interface ManifestDataSet {
  name: string;
  propertySets: ManifestProperty[];
}

export interface ControlManifest {
  namespace: string;
  constructorName: string;
  /** namespace.constructor, the name the bundle registers under. */
  fullName: string;
  controlType: "standard" | "virtual";
  version: string;
  properties: ManifestProperty[];
  dataSets: ManifestDataSet[];
  typeGroups: Record<string, string[]>;
  code: string;
  css: string[];
  /** Resx files by language id. */
  resx: Record<number, string>;
  platformLibraries: { name: string; version: string }[];
  usesWebApi: boolean;
}

function attribute(element: Element, name: string): string {
  const value = element.getAttribute(name);
  if (value === null) throw new Error(`ControlManifest.xml: <${element.tagName}> has no ${name} attribute`);
  return value;
}

function propertyOf(element: Element): ManifestProperty {
  return {
    name: attribute(element, "name"),
    ofType: element.getAttribute("of-type") ?? undefined,
    ofTypeGroup: element.getAttribute("of-type-group") ?? undefined,
    usage: (element.getAttribute("usage") ?? "input") as ManifestProperty["usage"],
    required: element.getAttribute("required") === "true",
  };
}

export function parseManifest(xml: string): ControlManifest {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  if (document.getElementsByTagName("parsererror").length > 0)
    throw new Error("ControlManifest.xml is not well-formed XML");
  const control = document.querySelector("manifest > control");
  if (!control) throw new Error("ControlManifest.xml has no <control>");
  const namespace = attribute(control, "namespace");
  const constructorName = attribute(control, "constructor");
  const resources = control.querySelector("resources");
  const code = resources?.querySelector("code")?.getAttribute("path");
  if (!code) throw new Error(`${constructorName}: the manifest names no code resource`);
  const resx: Record<number, string> = {};
  for (const element of Array.from(resources?.querySelectorAll("resx") ?? [])) {
    const path = attribute(element, "path");
    const language = /\.(\d{4,5})\.resx$/i.exec(path);
    if (language) resx[Number(language[1])] = path;
  }
  const typeGroups: Record<string, string[]> = {};
  for (const group of Array.from(control.querySelectorAll(":scope > type-group"))) {
    typeGroups[attribute(group, "name")] = Array.from(group.querySelectorAll("type")).map(
      (type) => type.textContent ?? "",
    );
  }
  return {
    namespace,
    constructorName,
    fullName: `${namespace}.${constructorName}`,
    controlType: control.getAttribute("control-type") === "virtual" ? "virtual" : "standard",
    version: control.getAttribute("version") ?? "",
    properties: Array.from(control.querySelectorAll(":scope > property")).map(propertyOf),
    dataSets: Array.from(control.querySelectorAll(":scope > data-set")).map((dataSet) => ({
      name: attribute(dataSet, "name"),
      propertySets: Array.from(dataSet.querySelectorAll("property-set")).map(propertyOf),
    })),
    typeGroups,
    code,
    css: Array.from(resources?.querySelectorAll("css") ?? [])
      .sort((a, b) => Number(a.getAttribute("order") ?? 0) - Number(b.getAttribute("order") ?? 0))
      .map((element) => attribute(element, "path")),
    resx,
    platformLibraries: Array.from(resources?.querySelectorAll("platform-library") ?? []).map((element) => ({
      name: attribute(element, "name"),
      version: attribute(element, "version"),
    })),
    usesWebApi: Array.from(control.querySelectorAll("feature-usage > uses-feature")).some(
      (feature) => feature.getAttribute("name") === "WebAPI",
    ),
  };
}
