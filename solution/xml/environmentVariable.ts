import { EnvironmentVariableTypes, type EnvironmentVariableDefinition } from "../model";
import { BASE_LANGUAGE } from "../definitions/release";
import { el, leaf, toXmlFragment, type XmlElement } from "./node";

/** Where exports and unpacked source keep a definition (outside customizations.xml). */
export function environmentVariableFileName(schemaName: string): string {
  return `environmentvariabledefinitions/${schemaName}/environmentvariabledefinition.xml`;
}

/** A label as environment variable definitions write theirs: a default attribute and one label per language. */
const labelled = (name: string, text: string): XmlElement =>
  el(name, { default: text }, el("label", { description: text, languagecode: BASE_LANGUAGE }));

/**
 * environmentvariabledefinition.xml as exports write it (microsoft/fsi-experiences'
 * msfsi_supportedfiletypes, a JSON variable with a default value, and coe-starter-kit's
 * definitions): the schema name as an attribute, then defaultvalue, description, displayname,
 * introducedversion, iscustomizable, isrequired, secretstore and type, in that order; no id
 * (Dataverse assigns it) and no current value (that would be environmentvariablevalues.json).
 */
export function environmentVariableXml(variable: EnvironmentVariableDefinition): XmlElement {
  return el(
    "environmentvariabledefinition",
    { schemaname: variable.schemaName },
    variable.defaultValue !== undefined && leaf("defaultvalue", variable.defaultValue),
    labelled("description", variable.description),
    labelled("displayname", variable.displayName),
    leaf("introducedversion", variable.introducedVersion),
    leaf("iscustomizable", 1),
    leaf("isrequired", variable.isRequired ? 1 : 0),
    leaf("secretstore", 0),
    leaf("type", EnvironmentVariableTypes[variable.type]),
  );
}

/** The file's text: exported definitions start at the element, with no XML declaration. */
export function environmentVariableDocument(variable: EnvironmentVariableDefinition): string {
  return toXmlFragment(environmentVariableXml(variable));
}
