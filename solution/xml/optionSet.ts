import type { GlobalChoiceDefinition } from "../../domain/tables";
import { el, leaf, type XmlElement } from "./node";
import { INTRODUCED_VERSION } from "../definitions/release";
import { descriptions, displayNames, labels } from "./labels";

export function globalChoiceXml(choice: GlobalChoiceDefinition): XmlElement {
  return el(
    "optionset",
    { Name: choice.name, localizedName: choice.displayName },
    leaf("OptionSetType", "picklist"),
    leaf("IsGlobal", 1),
    leaf("IntroducedVersion", INTRODUCED_VERSION),
    leaf("IsCustomizable", 1),
    displayNames(choice.displayName),
    descriptions(choice.description),
    el(
      "options",
      {},
      choice.options.map((o) => el("option", { value: o.value }, labels(o.label))),
    ),
  );
}
