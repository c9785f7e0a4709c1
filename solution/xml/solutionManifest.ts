import type { Dependency, SolutionDefinition } from "../model";
import { BASE_LANGUAGE, IMPORT_EXPORT_VERSION } from "../definitions/release";
import { labelled } from "./labels";
import { el, leaf, type XmlElement } from "./node";
import { XSI } from "./customizations";

/** 0 unmanaged, 1 managed; 2 ("both") only ever appears in unpacked source. */
export type ManagedFlag = 0 | 1 | 2;

const ADDRESS_FIELDS = [
  "City",
  "County",
  "Country",
  "Fax",
  "FreightTermsCode",
  "ImportSequenceNumber",
  "Latitude",
  "Line1",
  "Line2",
  "Line3",
  "Longitude",
  "Name",
  "PostalCode",
  "PostOfficeBox",
  "PrimaryContactName",
  "ShippingMethodCode",
  "StateOrProvince",
  "Telephone1",
  "Telephone2",
  "Telephone3",
  "TimeZoneRuleVersionNumber",
  "UPSZone",
  "UTCOffset",
  "UTCConversionTimeZoneCode",
];

const nil = (name: string) => el(name, { "xsi:nil": true });

function address(number: 1 | 2): XmlElement {
  return el("Address", {}, leaf("AddressNumber", number), leaf("AddressTypeCode", 1), ADDRESS_FIELDS.map(nil));
}

export function rootComponents(solution: SolutionDefinition): XmlElement[] {
  const roots: XmlElement[] = [];
  // A shell table carries the forms and views added to it: like Microsoft's FSI solutions, they
  // are not root components of their own. A table the solution creates brings everything.
  for (const { table, include } of solution.tables) {
    roots.push(el("RootComponent", { type: 1, schemaName: table.logicalName, behavior: include === "full" ? 0 : 2 }));
  }
  for (const choice of solution.globalChoices)
    roots.push(el("RootComponent", { type: 9, schemaName: choice.name, behavior: 0 }));
  for (const r of solution.roles) roots.push(el("RootComponent", { type: 20, id: r.id.toLowerCase(), behavior: 0 }));
  // A dashboard is a root component of its own (type 60 like a form, by id), as QuizSolution's
  // solution.xml lists its dashboards; a form of a table comes with its table instead.
  for (const d of solution.dashboards)
    roots.push(el("RootComponent", { type: 60, id: d.id.toLowerCase(), behavior: 0 }));
  for (const w of solution.webResources) roots.push(el("RootComponent", { type: 61, schemaName: w.name, behavior: 0 }));
  // Exports list root components by type: site maps (62) before controls (66), apps (80) last.
  for (const m of solution.siteMaps)
    roots.push(el("RootComponent", { type: 62, schemaName: m.uniqueName, behavior: 0 }));
  for (const c of solution.controls) roots.push(el("RootComponent", { type: 66, schemaName: c.name, behavior: 0 }));
  for (const a of solution.appModules)
    roots.push(el("RootComponent", { type: 80, schemaName: a.uniqueName, behavior: 0 }));
  // Environment variable definitions (380) by schema name, as solutions that carry one list them.
  for (const v of solution.environmentVariables)
    roots.push(el("RootComponent", { type: 380, schemaName: v.schemaName, behavior: 0 }));
  return roots;
}

/** A <MissingDependency> as exports write it: what is required, from which solution, and by whom. */
function missingDependency(d: Dependency): XmlElement {
  const { dependent } = d;
  return el(
    "MissingDependency",
    {},
    el("Required", {
      type: d.type,
      schemaName: d.schemaName,
      displayName: d.displayName,
      parentSchemaName: d.parent,
      parentDisplayName: d.parentDisplayName,
      solution: `${d.providedBy} (${d.providedByVersion})`,
    }),
    el("Dependent", {
      type: dependent.type,
      schemaName: dependent.schemaName,
      displayName: dependent.displayName,
      parentSchemaName: dependent.parentSchemaName,
      parentDisplayName: dependent.parentDisplayName,
      id: dependent.id,
    }),
  );
}

export function solutionXml(solution: SolutionDefinition, managed: ManagedFlag): XmlElement {
  const p = solution.publisher;
  return el(
    "ImportExportXml",
    {
      version: IMPORT_EXPORT_VERSION,
      SolutionPackageVersion: "9.2",
      languagecode: BASE_LANGUAGE,
      generatedBy: "CrmLive",
      "xmlns:xsi": XSI,
    },
    el(
      "SolutionManifest",
      {},
      leaf("UniqueName", solution.uniqueName),
      labelled("LocalizedNames", "LocalizedName", solution.displayName),
      labelled("Descriptions", "Description", solution.description),
      leaf("Version", solution.version),
      leaf("Managed", managed),
      el(
        "Publisher",
        {},
        leaf("UniqueName", p.uniqueName),
        labelled("LocalizedNames", "LocalizedName", p.displayName),
        labelled("Descriptions", "Description", p.description),
        p.email ? leaf("EMailAddress", p.email) : nil("EMailAddress"),
        p.website ? leaf("SupportingWebsiteUrl", p.website) : nil("SupportingWebsiteUrl"),
        leaf("CustomizationPrefix", p.prefix),
        leaf("CustomizationOptionValuePrefix", p.optionValuePrefix),
        el("Addresses", {}, address(1), address(2)),
      ),
      el("RootComponents", {}, rootComponents(solution)),
      el("MissingDependencies", {}, solution.dependencies.map(missingDependency)),
    ),
  );
}
