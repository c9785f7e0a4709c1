import { el, type XmlElement } from "./node";

const OPC_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/content-types";

export function extensionOf(entry: string): string | undefined {
  const base = entry.slice(entry.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : undefined;
}

/** [Content_Types].xml: one Default per extension present, one Override per file without one. */
export function contentTypesXml(entries: string[]): XmlElement {
  const extensions = [...new Set(entries.map(extensionOf).filter((e): e is string => e !== undefined))].sort();
  const bare = entries.filter((e) => extensionOf(e) === undefined).sort();
  return el(
    "Types",
    { xmlns: OPC_NAMESPACE },
    extensions.map((ext) =>
      el("Default", { Extension: ext, ContentType: ext === "xml" ? "text/xml" : "application/octet-stream" }),
    ),
    bare.map((entry) => el("Override", { PartName: `/${entry}`, ContentType: "application/octet-stream" })),
  );
}
