import type { Element } from "@xmldom/xmldom";
import { EXPERIENCE_LANGUAGES } from "../definitions/solutions";
import { all, directChildren, text } from "../xml/read";

const RULE = "[form labels]";

/** The languages customizations.xml lists (`<Languages><Language>`), in its order. */
export function listedLanguages(customizations: Element): string[] {
  return directChildren(directChildren(customizations, "Languages")[0], "Language").map(
    (l) => l.textContent?.trim() ?? "",
  );
}

/**
 * `<Languages>` itself: at least the base language (solution.xml's languagecode), no language
 * twice; the experience lists exactly the languages its forms are written in
 * (domain/languages.ts), base language first.
 */
export function languageListProblems(languages: string[], baseLanguage: string | null, experience: boolean): string[] {
  const problems: string[] = [];
  if (baseLanguage && !languages.includes(baseLanguage))
    problems.push(`${RULE} customizations.xml: <Languages> lacks the base language ${baseLanguage}`);
  if (new Set(languages).size !== languages.length)
    problems.push(`${RULE} customizations.xml: <Languages> lists a language twice (${languages.join(", ")})`);
  if (experience && languages.join(",") !== EXPERIENCE_LANGUAGES.join(","))
    problems.push(
      `${RULE} customizations.xml: <Languages> is ${languages.join(", ") || "empty"}, not the experience's form languages ${EXPERIENCE_LANGUAGES.join(", ")}`,
    );
  return problems;
}

/** Each systemform of customizations.xml, and whether it is a main form (`<forms type="main">`). */
export function systemForms(customizations: Element): { form: Element; main: boolean }[] {
  return all(customizations, "forms").flatMap((forms) =>
    directChildren(forms, "systemform").map((form) => ({ form, main: forms.getAttribute("type") === "main" })),
  );
}

/** A field cell: its control is bound to a column. */
const isFieldCell = (cell: Element): boolean =>
  directChildren(cell, "control").some((c) => c.getAttribute("datafieldname") !== null);

/**
 * Every tab, section and cell of every form carries one `<label>` per listed language, no
 * language twice and none the list lacks, as an export of an environment with those languages
 * writes them. On a main form each text is there: tab and section labels, and field cell labels
 * except in a managed zip (whose field cells carry empty labels, see managedForms.ts).
 */
export function formLabelProblems(
  where: string,
  forms: { form: Element; main: boolean }[],
  languages: string[],
  managed: boolean,
): string[] {
  const problems: string[] = [];
  for (const { form, main } of forms) {
    const formId = text(form, "formid") ?? "";
    for (const tag of ["tab", "section", "cell"]) {
      for (const part of all(form, tag)) {
        const name = part.getAttribute("name") ?? part.getAttribute("id") ?? "";
        const at = `${RULE} ${where}: form ${formId} ${tag} ${name}`;
        const list = directChildren(part, "labels")[0];
        if (!list) {
          if (tag !== "cell") problems.push(`${at} has no <labels>`);
          continue;
        }
        const items = directChildren(list, "label");
        const codes = items.map((l) => l.getAttribute("languagecode") ?? "");
        const missing = languages.filter((language) => !codes.includes(language));
        if (missing.length > 0) problems.push(`${at} has no label in ${missing.join(", ")}`);
        const extra = codes.filter((code) => !languages.includes(code));
        if (extra.length > 0)
          problems.push(`${at} has a label in ${extra.join(", ")}, which <Languages> does not list`);
        if (new Set(codes).size !== codes.length) problems.push(`${at} has a language twice (${codes.join(", ")})`);
        const mayBeEmpty = !main || (tag === "cell" && managed && isFieldCell(part));
        if (!mayBeEmpty)
          for (const item of items)
            if (!item.getAttribute("description")?.trim())
              problems.push(`${at}: the ${item.getAttribute("languagecode")} label is empty`);
      }
    }
  }
  return problems;
}
