import type { SolutionDefinition } from "../model";
import { controlManifestFileName, customizationsXml, entityXmlFor, relationshipsXml, XSI } from "../xml/customizations";
import { webResourceXml } from "../xml/webResource";
import { solutionXml } from "../xml/solutionManifest";
import { globalChoiceXml } from "../xml/optionSet";
import { appModuleSiteMapXml, appModuleXml } from "../xml/appModule";
import { roleXml } from "../xml/role";
import { dashboardXml } from "../xml/dashboard";
import { environmentVariableDocument, environmentVariableFileName } from "../xml/environmentVariable";
import { el, leaf, toXmlDocument, type XmlElement } from "../xml/node";
import type { ZipEntry } from "./zip";

const doc = (root: XmlElement) => Buffer.from(toXmlDocument(root), "utf8");
const child = (root: XmlElement, name: string) =>
  root.children.find((c): c is XmlElement => typeof c !== "string" && c.name === name);
const textOf = (element: XmlElement | undefined): string =>
  typeof element?.children[0] === "string" ? element.children[0] : "";
const withXsi = (root: XmlElement): XmlElement => ({ ...root, attributes: [["xmlns:xsi", XSI], ...root.attributes] });

function controlDataXml(name: string): XmlElement {
  return el("CustomControl", { "xmlns:xsi": XSI }, leaf("Name", name), leaf("FileName", controlManifestFileName(name)));
}

/**
 * Source in SolutionPackager's layout (`pac solution unpack`), so that someone with
 * Microsoft's tools can repack the same solution: one file per table, form, view, choice.
 */
export function unpackedEntries(solution: SolutionDefinition): ZipEntry[] {
  // Unmanaged: `pac solution pack` then needs no _managed twin of any form (see README).
  const entries: ZipEntry[] = [{ path: "Other/Solution.xml", content: doc(solutionXml(solution, 0)) }];

  // Components live in their own files; the skeleton keeps their containers empty.
  const skeleton = customizationsXml(solution);
  const split = new Set([
    "Entities",
    "Roles",
    "EntityRelationships",
    "optionsets",
    "Dashboards",
    "WebResources",
    "CustomControls",
    "AppModuleSiteMaps",
    "AppModules",
  ]);
  const emptied = skeleton.children.map((c) => (typeof c !== "string" && split.has(c.name) ? el(c.name) : c));
  entries.push({ path: "Other/Customizations.xml", content: doc({ ...skeleton, children: emptied }) });

  const relationships = relationshipsXml(solution);
  if (relationships.length > 0) {
    entries.push({
      path: "Other/Relationships.xml",
      content: doc(
        el(
          "EntityRelationships",
          { "xmlns:xsi": XSI },
          relationships.map((r) => el("EntityRelationship", { Name: r.attributes[0][1] })),
        ),
      ),
    });
    // SolutionPackager files each relationship under the table it points at (BusinessUnit.xml, SystemUser.xml, ...).
    const byReferenced = new Map<string, XmlElement[]>();
    for (const r of relationships) {
      const referenced = textOf(child(r, "ReferencedEntityName"));
      byReferenced.set(referenced, [...(byReferenced.get(referenced) ?? []), r]);
    }
    for (const [entity, rels] of byReferenced)
      entries.push({
        path: `Other/Relationships/${entity}.xml`,
        content: doc(el("EntityRelationships", { "xmlns:xsi": XSI }, rels)),
      });
  }

  solution.tables.forEach(({ table }, index) => {
    const entity = entityXmlFor(solution, index);
    const folder = `Entities/${table.schemaName}`;
    const formXml = child(entity, "FormXml");
    const savedQueries = child(child(entity, "SavedQueries") ?? el("x"), "savedqueries");
    const ribbon = child(entity, "RibbonDiffXml");
    entries.push({
      path: `${folder}/Entity.xml`,
      content: doc(
        withXsi({
          ...entity,
          children: entity.children.filter(
            (c) => typeof c === "string" || !["FormXml", "SavedQueries", "RibbonDiffXml"].includes(c.name),
          ),
        }),
      ),
    });
    if (ribbon) entries.push({ path: `${folder}/RibbonDiff.xml`, content: doc(withXsi(ribbon)) });
    for (const forms of formXml?.children ?? []) {
      if (typeof forms === "string") continue;
      for (const form of forms.children) {
        if (typeof form === "string") continue;
        const id = textOf(child(form, "formid"));
        const type = forms.attributes.find(([name]) => name === "type")?.[1] ?? "main";
        entries.push({
          path: `${folder}/FormXml/${type}/${id}.xml`,
          content: doc(el("forms", { "xmlns:xsi": XSI }, form)),
        });
      }
    }
    for (const query of savedQueries?.children ?? []) {
      if (typeof query === "string") continue;
      const id = textOf(child(query, "savedqueryid"));
      entries.push({
        path: `${folder}/SavedQueries/${id}.xml`,
        content: doc(el("savedqueries", { "xmlns:xsi": XSI }, query)),
      });
    }
  });

  for (const choice of solution.globalChoices)
    entries.push({ path: `OptionSets/${choice.name}.xml`, content: doc(withXsi(globalChoiceXml(choice))) });
  // SolutionPackager writes a dashboard as Dashboards/{id}.xml (coe-starter-kit's src/Dashboards).
  for (const d of solution.dashboards)
    entries.push({ path: `Dashboards/${d.id}.xml`, content: doc(withXsi(dashboardXml(d))) });
  // SolutionPackager keeps a web resource under its name, its metadata beside it.
  for (const w of solution.webResources) {
    entries.push({ path: `WebResources/${w.name}`, content: w.content });
    entries.push({ path: `WebResources/${w.name}.data.xml`, content: doc(withXsi(webResourceXml(w))) });
  }
  // SolutionPackager writes a role as Roles/<name>.xml, xmlns:xsi after its own attributes.
  for (const r of solution.roles) {
    const role = roleXml(r);
    entries.push({
      path: `Roles/${r.name}.xml`,
      content: doc({ ...role, attributes: [...role.attributes, ["xmlns:xsi", XSI]] }),
    });
  }
  // SolutionPackager's folders for apps and site maps, one per unique name (coe-starter-kit's src/).
  for (const m of solution.siteMaps)
    entries.push({
      path: `AppModuleSiteMaps/${m.uniqueName}/AppModuleSiteMap.xml`,
      content: doc(withXsi(appModuleSiteMapXml(m))),
    });
  for (const a of solution.appModules)
    entries.push({ path: `AppModules/${a.uniqueName}/AppModule.xml`, content: doc(appModuleXml(a)) });
  // SolutionPackager keeps environment variable definitions as exports do (fsi-experiences' src/).
  for (const v of solution.environmentVariables)
    entries.push({
      path: environmentVariableFileName(v.schemaName),
      content: Buffer.from(environmentVariableDocument(v), "utf8"),
    });
  for (const c of solution.controls) {
    const folder = controlManifestFileName(c.name)
      .slice(1)
      .replace(/\/ControlManifest\.xml$/, "");
    entries.push({ path: `${folder}/ControlManifest.xml`, content: Buffer.from(c.manifestXml, "utf8") });
    // SolutionPackager finds a control through this file, as its own unpack writes it.
    entries.push({ path: `${folder}/ControlManifest.xml.data.xml`, content: doc(controlDataXml(c.name)) });
    for (const f of c.files) entries.push({ path: `${folder}/${f.path}`, content: f.content });
  }
  return entries.sort((a, b) => (a.path < b.path ? -1 : 1));
}
