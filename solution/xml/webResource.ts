import { INTRODUCED_VERSION } from "../definitions/release";
import type { WebResourceDefinition } from "../model";
import { el, escapeAttribute, leaf, type XmlElement } from "./node";

/**
 * Where an export puts a web resource's file: the name without "/" and "." followed by the
 * upper-case id (microsoft/fsi-experiences: msfsi_ArchiveLoanApplication.js →
 * /WebResources/msfsi_ArchiveLoanApplication246F642D-...). The zip entry is this same path.
 */
export function webResourceFileName(resource: Pick<WebResourceDefinition, "name" | "id">): string {
  return `/WebResources/${resource.name.replace(/[/.]/g, "")}${resource.id.replace(/[{}]/g, "").toUpperCase()}`;
}

/** The DependencyXml text: the web resources the client loads along with this one. */
export function dependencyXml(resource: WebResourceDefinition): string | undefined {
  if (!resource.dependencies?.length) return undefined;
  const libraries = resource.dependencies
    .map(
      (d) =>
        `<Library name="${escapeAttribute(d.name)}" displayName="${escapeAttribute(d.displayName)}" languagecode="${d.languageCode}" description="" libraryUniqueId="${d.id}" />`,
    )
    .join("");
  return `<Dependencies><Dependency componentType="WebResource">${libraries}</Dependency></Dependencies>`;
}

/** A <WebResource>, children in the schema's sequence, as exports write them. */
export function webResourceXml(resource: WebResourceDefinition): XmlElement {
  const dependencies = dependencyXml(resource);
  return el(
    "WebResource",
    {},
    leaf("WebResourceId", resource.id),
    leaf("Name", resource.name),
    leaf("DisplayName", resource.displayName),
    leaf("LanguageCode", resource.languageCode),
    leaf("WebResourceType", resource.type),
    leaf("IntroducedVersion", INTRODUCED_VERSION),
    leaf("IsEnabledForMobileClient", 0),
    leaf("IsAvailableForMobileOffline", 0),
    dependencies !== undefined && leaf("DependencyXml", dependencies),
    leaf("IsCustomizable", 1),
    leaf("CanBeDeleted", 1),
    leaf("IsHidden", 0),
    leaf("FileName", webResourceFileName(resource)),
  );
}
