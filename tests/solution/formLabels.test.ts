import type { Element } from "@xmldom/xmldom";
import { FORM_LANGUAGES } from "../../domain/languages";
import { deliveryMainForm } from "../../solution/definitions/forms";
import { EXPERIENCE_LANGUAGES, experienceSolution, tablesSolution } from "../../solution/definitions/solutions";
import { DefinitionError, validateSolution } from "../../solution/validate/validateSolution";
import { withManagedFormLabels } from "../../solution/xml/managedForms";
import { customizationsXml } from "../../solution/xml/customizations";
import { toXmlDocument } from "../../solution/xml/node";
import { parseXml } from "../../solution/xml/read";
import { edit, verifyBroken } from "./brokenPackages";
import { controlsFromSource, webResourcesFromSource } from "./controlFixtures";
import { all, childText, generatedCustomizations } from "./customizations";

const parts = { controls: controlsFromSource(), webResources: webResourcesFromSource() };
const experience = experienceSolution(parts);
const xml = generatedCustomizations(experience);
const CUSTOMIZATIONS = "customizations.xml";

const directLabels = (part: Element): Element[] => {
  const list = Array.from(part.childNodes).find((n) => n.nodeType === 1 && (n as Element).tagName === "labels") as
    Element | undefined;
  return list ? all(list, "label") : [];
};

/** A part's labels as language → text, in document order. */
const labelsOf = (part: Element): [string | null, string | null][] =>
  directLabels(part).map((l) => [l.getAttribute("languagecode"), l.getAttribute("description")]);

const named = (tag: string, name: string): Element => {
  const found = all(xml, tag).find((e) => e.getAttribute("name") === name);
  if (!found) throw new Error(`no ${tag} ${name}`);
  return found;
};

const fieldCell = (column: string): Element =>
  all(xml, "cell").find((c) => all(c, "control").some((control) => control.getAttribute("datafieldname") === column))!;

describe("the experience's form labels, in every language it ships", () => {
  it("lists its languages in customizations.xml, English first", () => {
    const languages = all(all(xml, "Languages")[0], "Language").map((l) => l.textContent);
    expect(languages).toEqual(["1033", "1031"]);
    expect(EXPERIENCE_LANGUAGES).toEqual(FORM_LANGUAGES);
  });

  it("labels every tab, section and cell of its three forms in 1033 then 1031, none empty", () => {
    const forms = all(xml, "systemform");
    expect(forms).toHaveLength(3);
    let parts = 0;
    for (const form of forms)
      for (const tag of ["tab", "section", "cell"])
        for (const part of all(form, tag)) {
          const labels = labelsOf(part);
          expect(labels.map(([code]) => code)).toEqual(["1033", "1031"]);
          for (const [, text] of labels) expect(text?.trim()).toBeTruthy();
          parts++;
        }
    // 6 tabs, 9 sections, 23 delivery (the subgrid too), 4 attribute and 6 contact cells.
    expect(parts).toBe(6 + 9 + 23 + 4 + 6);
  });

  it("writes the German labels of the definitions", () => {
    const summaryTabs = all(xml, "tab").filter((t) => t.getAttribute("name") === "tab_summary");
    expect(summaryTabs.map(labelsOf)).toEqual([
      [
        ["1033", "Summary"],
        ["1031", "Zusammenfassung"],
      ],
      [
        ["1033", "Summary"],
        ["1031", "Zusammenfassung"],
      ],
    ]);
    expect(labelsOf(named("section", "section_routing"))).toEqual([
      ["1033", "Routing"],
      ["1031", "Weiterleitung"],
    ]);
    expect(labelsOf(named("tab", "tab_identifiers"))).toEqual([
      ["1033", "Identifiers"],
      ["1031", "Kennungen"],
    ]);
    const subgrid = all(xml, "control").find((c) => c.getAttribute("indicationOfSubgrid") === "true")!;
    expect(labelsOf(subgrid.parentNode as Element)).toEqual([
      ["1033", "Attributes"],
      ["1031", "Attribute"],
    ]);
  });

  it("labels a field cell with its column's display names, from the table definitions", () => {
    expect(labelsOf(fieldCell("msdyn_delivery_id"))).toEqual([
      ["1033", "Delivery Id"],
      ["1031", "Zustellungs-ID"],
    ]);
    expect(labelsOf(fieldCell("msdyn_disposition_codes"))).toEqual([
      ["1033", "Disposition Codes"],
      ["1031", "Dispositionscodes"],
    ]);
    expect(labelsOf(fieldCell("emailaddress1"))).toEqual([
      ["1033", "Email"],
      ["1031", "E-Mail"],
    ]);
  });

  it("empties the field cells' labels in both languages in the managed twin, and keeps the others", () => {
    const managed = parseXml(toXmlDocument(withManagedFormLabels(customizationsXml(experience))), "managed");
    const cell = all(managed, "cell").find((c) =>
      all(c, "control").some((control) => control.getAttribute("datafieldname") === "msdyn_result"),
    )!;
    expect(labelsOf(cell)).toEqual([
      ["1033", ""],
      ["1031", ""],
    ]);
    const tab = all(managed, "tab").find((t) => t.getAttribute("name") === "tab_attributes")!;
    expect(labelsOf(tab)).toEqual([
      ["1033", "Attributes"],
      ["1031", "Attribute"],
    ]);
  });

  it("leaves the tables solution in English: its Languages, its forms and its columns", () => {
    const tables = generatedCustomizations(tablesSolution());
    expect(all(all(tables, "Languages")[0], "Language").map((l) => l.textContent)).toEqual(["1033"]);
    const codes = new Set(all(tables, "label").map((l) => l.getAttribute("languagecode")));
    expect([...codes]).toEqual(["1033"]);
    expect(all(tables, "displayname").every((d) => d.getAttribute("languagecode") === "1033")).toBe(true);
    const main = all(tables, "systemform").find((f) => childText(f, "formid") && all(f, "tab").length === 1)!;
    expect(labelsOf(all(main, "cell")[0]).map(([code]) => code)).toEqual(["1033"]);
  });
});

describe("the build refuses a form label without every language", () => {
  const problemsOf = (change: (form: typeof deliveryMainForm) => typeof deliveryMainForm): string[] => {
    const forms = experience.forms.map((f) => (f.id === deliveryMainForm.id ? change(f) : f));
    try {
      validateSolution({ ...experience, forms });
    } catch (error) {
      if (error instanceof DefinitionError) return error.problems;
      throw error;
    }
    return [];
  };

  it("accepts the experience as defined", () => {
    expect(() => validateSolution(experience)).not.toThrow();
  });

  it("names a section without its German label", () => {
    const problems = problemsOf((form) => ({
      ...form,
      tabs: form.tabs.map((tab, index) =>
        index === 0
          ? { ...tab, sections: tab.sections.map((s, i) => (i === 1 ? { ...s, label: { 1033: "Outcome" } } : s)) }
          : tab,
      ),
    }));
    expect(problems).toContain(
      'main form "Proactive Delivery (Experience)": section section_outcome has no label in 1031',
    );
  });

  it("names a tab with an empty German label", () => {
    const problems = problemsOf((form) => ({
      ...form,
      tabs: form.tabs.map((tab, index) => (index === 2 ? { ...tab, label: { 1033: "Identifiers", 1031: " " } } : tab)),
    }));
    expect(problems).toContain('main form "Proactive Delivery (Experience)": tab tab_identifiers has no label in 1031');
  });

  it("names a label in a language the solution does not list", () => {
    const problems = problemsOf((form) => ({
      ...form,
      tabs: form.tabs.map((tab, index) =>
        index === 1 ? { ...tab, label: { ...tab.label, 1025: "السمات" } as typeof tab.label } : tab,
      ),
    }));
    expect(problems).toContain(
      'main form "Proactive Delivery (Experience)": tab tab_attributes has a label in 1025, which solution ProactiveDeliveryExperience does not list',
    );
  });
});

describe("verify: [form labels]", () => {
  const problems = async (mutate: Parameters<typeof verifyBroken>[1], managed = false) =>
    (await verifyBroken("experience", mutate, { managed })).problems.join("\n");

  it("passes the experience and the tables solution as built, managed and unmanaged", async () => {
    for (const which of ["experience", "tables"] as const)
      for (const managed of [false, true]) {
        const found = (await verifyBroken(which, () => undefined, { managed })).problems;
        expect(found.filter((p) => p.startsWith("[form labels]"))).toEqual([]);
      }
  });

  it("fails a tab whose German label is missing", async () => {
    const found = await problems((f) =>
      edit(f, CUSTOMIZATIONS, '<label description="Kennungen" languagecode="1031" />', ""),
    );
    expect(found).toMatch(
      /\[form labels\] customizations\.xml: form \{[^}]+\} tab tab_identifiers has no label in 1031/,
    );
  });

  it("fails an empty German section label, and a field cell's only in the unmanaged zip", async () => {
    const found = await problems((f) => {
      edit(f, CUSTOMIZATIONS, 'description="Weiterleitung" languagecode="1031"', 'description="" languagecode="1031"');
      edit(f, CUSTOMIZATIONS, 'description="Zustellungs-ID" languagecode="1031"', 'description="" languagecode="1031"');
    });
    expect(found).toMatch(/section section_routing: the 1031 label is empty/);
    expect(found).toMatch(/cell \{[^}]+\}: the 1031 label is empty/);
  });

  it("fails a label in a language customizations.xml does not list, and a list without 1031", async () => {
    const found = await problems((f) => edit(f, CUSTOMIZATIONS, /<Language>1031<\/Language>/, ""));
    expect(found).toContain(
      "[form labels] customizations.xml: <Languages> is 1033, not the experience's form languages 1033, 1031",
    );
    expect(found).toMatch(/tab tab_summary has a label in 1031, which <Languages> does not list/);
  });

  it("fails a language written twice", async () => {
    const found = await problems((f) =>
      edit(
        f,
        CUSTOMIZATIONS,
        '<label description="Zusammenfassung" languagecode="1031" />',
        '<label description="Zusammenfassung" languagecode="1031" /><label description="Übersicht" languagecode="1031" />',
      ),
    );
    expect(found).toMatch(/tab tab_summary has a language twice \(1033, 1031, 1031\)/);
  });
});
