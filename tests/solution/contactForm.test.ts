import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { controlsFromSource, webResourcesFromSource } from "./controlFixtures";
import { all, childText, generatedCustomizations } from "./customizations";
import { edit, verifyBroken, type Files } from "./brokenPackages";
import { contactTable, type TableDefinition } from "../../domain/tables";
import { experienceSolution } from "../../solution/definitions/solutions";
import { FormIds } from "../../solution/definitions/ids";
import type { FieldCell, FormSection, SolutionDefinition } from "../../solution/model";
import { DefinitionError, validateSolution } from "../../solution/validate/validateSolution";
import { solutionXml } from "../../solution/xml/solutionManifest";
import { toXmlDocument } from "../../solution/xml/node";
import { schemaDir } from "../../solution/verify/xsd";

const FORM_NAME = "Contact \u2013 Proactive Engagement";
const CONTROL = "pdx_ProactiveDelivery.ContactDeliveries";
const TEXT_BOX = "{4273EDBD-AC1D-40D3-9FB2-095C621B552D}";
const CODE_COMPONENT = "{F9A8A302-114E-466A-B582-6771B2AE0D92}";

const experience = () => experienceSolution({ controls: controlsFromSource(), webResources: webResourcesFromSource() });
const solution = experience();
const xml = generatedCustomizations(solution);
const manifest = new DOMParser().parseFromString(toXmlDocument(solutionXml(solution, 0)), "text/xml")
  .documentElement as Element;
const elements = (parent: Element) => Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1);
const contactEntity = all(xml, "Entity").find((e) => childText(e, "Name") === "Contact")!;
const contactForm = all(contactEntity, "systemform")[0];
const tab = (name: string) => all(contactForm, "tab").find((t) => t.getAttribute("name") === name)!;
const fieldsOf = (parent: Element) => all(parent, "control").map((c) => c.getAttribute("datafieldname"));

function problemsOf(definition: SolutionDefinition): string[] {
  try {
    validateSolution(definition);
    return [];
  } catch (error) {
    if (error instanceof DefinitionError) return error.problems;
    throw error;
  }
}

describe("the contact form the experience ships", () => {
  it("is the one main form of contact's shell, named with an en dash", () => {
    expect(all(contactEntity, "forms").map((f) => f.getAttribute("type"))).toEqual(["main"]);
    expect(all(contactEntity, "systemform")).toHaveLength(1);
    expect(childText(contactForm, "formid")).toBe(FormIds.contactMain);
    expect(all(contactForm, "LocalizedName").map((n) => n.getAttribute("description"))).toEqual([FORM_NAME]);
    expect(FORM_NAME).toMatch(/^Contact \u2013 /);
  });

  it("shows who the contact is in Summary and the deliveries in a tab of their own", () => {
    expect(
      all(contactForm, "tab").map((t) => [t.getAttribute("name"), all(t, "label")[0].getAttribute("description")]),
    ).toEqual([
      ["tab_summary", "Summary"],
      ["tab_proactive_deliveries", "Proactive deliveries"],
    ]);
    expect(fieldsOf(tab("tab_summary"))).toEqual([
      "firstname",
      "lastname",
      "emailaddress1",
      "telephone1",
      "mobilephone",
    ]);
    expect(fieldsOf(tab("tab_proactive_deliveries"))).toEqual(["fullname"]);
  });

  it("gives each Summary column the control an export gives it (email and phone boxes by format)", () => {
    const classIds = Object.fromEntries(
      all(tab("tab_summary"), "control").map((c) => [c.getAttribute("datafieldname"), c.getAttribute("classid")]),
    );
    expect(classIds).toEqual({
      firstname: TEXT_BOX,
      lastname: TEXT_BOX,
      emailaddress1: "{ADA2203E-B4CD-49BE-9DDF-234642B43B52}",
      telephone1: "{8C10015A-B339-4982-9474-A95FE05631A5}",
      mobilephone: "{8C10015A-B339-4982-9474-A95FE05631A5}",
    });
    const labels = all(tab("tab_summary"), "cell").map((c) => all(c, "label")[0].getAttribute("description"));
    expect(labels).toEqual(["First Name", "Last Name", "Email", "Business Phone", "Mobile Phone"]);
  });

  it("renders fullname with ContactDeliveries, full width and label hidden, on web, tablet and phone", () => {
    const deliveries = tab("tab_proactive_deliveries");
    expect(all(deliveries, "column").map((c) => c.getAttribute("width"))).toEqual(["100%"]);
    expect(all(deliveries, "section").map((s) => s.getAttribute("columns"))).toEqual(["1"]);
    const cell = all(deliveries, "cell")[0];
    expect(cell.getAttribute("showlabel")).toBe("false");
    const control = all(cell, "control")[0];
    expect(control.getAttribute("classid")).toBe(CODE_COMPONENT);
    const uniqueId = control.getAttribute("uniqueid");
    expect(uniqueId).toMatch(/^\{[0-9a-f-]{36}\}$/);

    const descriptions = all(contactForm, "controlDescription");
    expect(descriptions.map((d) => d.getAttribute("forControl"))).toEqual([uniqueId]);
    const [fallback, ...bound] = elements(descriptions[0]);
    expect(fallback.getAttribute("id")).toBe(TEXT_BOX);
    expect(childText(all(fallback, "parameters")[0], "datafieldname")).toBe("fullname");
    expect(bound.map((c) => [c.getAttribute("formFactor"), c.getAttribute("name")])).toEqual([
      ["0", CONTROL],
      ["1", CONTROL],
      ["2", CONTROL],
    ]);
    for (const c of bound) {
      const parameters = elements(all(c, "parameters")[0]);
      expect(parameters.map((p) => [p.tagName, p.textContent, p.getAttribute("static")])).toEqual([
        ["contactName", "fullname", null],
      ]);
    }
  });

  it("loads no script and registers no handler", () => {
    expect(all(contactForm, "formLibraries")).toHaveLength(0);
    expect(all(contactForm, "events")).toHaveLength(0);
  });
});

describe("contact travels shell only, as Microsoft's solutions add a form to it", () => {
  it("writes contact's Entity with its name, the form and nothing of contact's metadata", () => {
    // No SavedQueries: the XSD wants one savedqueries inside, and exports leave out an empty one.
    expect(elements(contactEntity).map((e) => e.tagName)).toEqual(["Name", "FormXml", "RibbonDiffXml"]);
    const name = elements(contactEntity)[0];
    expect([name.getAttribute("LocalizedName"), name.getAttribute("OriginalName"), name.textContent]).toEqual([
      "Contact",
      "",
      "Contact",
    ]);
    expect(all(contactEntity, "EntityInfo")).toHaveLength(0);
    expect(all(contactEntity, "ObjectTypeCode")).toHaveLength(0);
    expect(all(contactEntity, "attribute")).toHaveLength(0);
    expect(all(contactEntity, "savedquery")).toHaveLength(0);
    expect(all(contactEntity, "CustomAction")).toHaveLength(0);
  });

  it("lists contact first, as exports order tables by logical name", () => {
    expect(all(xml, "Entity").map((e) => childText(e, "Name"))).toEqual([
      "Contact",
      "msdyn_proactive_delivery",
      "msdyn_proactive_delivery_attribute",
    ]);
  });

  it("makes contact a root component with behavior 2 and its form none of its own", () => {
    const roots = all(manifest, "RootComponent").map((r) => [
      r.getAttribute("type"),
      r.getAttribute("schemaName") ?? r.getAttribute("id"),
      r.getAttribute("behavior"),
    ]);
    expect(roots.filter(([type]) => type === "1")).toEqual([
      ["1", "contact", "2"],
      ["1", "msdyn_proactive_delivery", "2"],
      ["1", "msdyn_proactive_delivery_attribute", "2"],
    ]);
    expect(roots.some(([, key]) => key?.toLowerCase() === FormIds.contactMain)).toBe(false);
  });

  it("declares no dependency on contact or its columns, which the platform provides", () => {
    const onContact = all(manifest, "Required").filter(
      (r) => r.getAttribute("schemaName") === "contact" || r.getAttribute("parentSchemaName") === "contact",
    );
    expect(onContact).toHaveLength(0);
    const dependents = all(manifest, "Dependent").map((d) => d.getAttribute("id"));
    expect(dependents).not.toContain(FormIds.contactMain);
  });
});

describe("a contact form is checked against contact's own description", () => {
  /** The experience with its contact form's sections changed (a copy; forms are shared module state). */
  const withContactForm = (change: (sections: FormSection[]) => void): SolutionDefinition => {
    const base = experience();
    const forms = base.forms.map((f) => (f.id === FormIds.contactMain ? structuredClone(f) : f));
    change(forms.find((f) => f.id === FormIds.contactMain)!.tabs.flatMap((t) => t.sections));
    return experienceSolution({ controls: base.controls, webResources: base.webResources, forms });
  };

  it("accepts the shipped form", () => {
    expect(problemsOf(solution)).toEqual([]);
  });

  it("stops a field naming a contact column the description lacks, naming the form, the field and the column", () => {
    const definition = withContactForm((sections) =>
      sections[0].cells.push({ kind: "field", id: "{0b7c1c55-93a4-4b8e-9d0c-5b6f3c1e2a01}", column: "nickname" }),
    );
    expect(problemsOf(definition)).toContain(
      `form "${FORM_NAME}": field "nickname": contact's description (domain/tables) has no column nickname; describe it there with its real type first`,
    );
  });

  it("stops the control bound to a column the description lacks, naming the property", () => {
    const definition = withContactForm((sections) => {
      const cell = sections.flatMap((s) => s.cells).find((c): c is FieldCell => c.kind === "field" && !!c.pcf)!;
      cell.pcf = { ...cell.pcf!, parameters: { contactName: { column: "yomifullname" } } };
    });
    expect(problemsOf(definition)).toContain(
      `form "${FORM_NAME}": control ${CONTROL} property contactName "yomifullname": contact's description (domain/tables) has no column yomifullname; describe it there with its real type first`,
    );
  });

  it("checks against the description the solution carries, not against Microsoft's proactive tables", () => {
    const base = experience();
    const narrower: TableDefinition = {
      ...contactTable,
      columns: contactTable.columns.filter((c) => c.logicalName !== "mobilephone"),
    };
    const definition = {
      ...base,
      tables: base.tables.map((t) => (t.table === contactTable ? { ...t, table: narrower } : t)),
    };
    const problems = problemsOf(definition);
    expect(problems).toContain(
      `form "${FORM_NAME}": field "mobilephone": contact's description (domain/tables) has no column mobilephone; describe it there with its real type first`,
    );
    expect(problems.filter((p) => p.includes("Contact Center"))).toEqual([]);
  });

  it("never creates the platform's table", () => {
    const base = experience();
    const definition = {
      ...base,
      tables: base.tables.map((t) => (t.table === contactTable ? { ...t, include: "full" as const } : t)),
    };
    expect(problemsOf(definition)).toContain(
      "solution ProactiveDeliveryExperience: table contact is the platform's; it can only be included as a shell (behavior 2), never created",
    );
  });
});

describe("verify checks the contact form and contact's shell in the experience zip", () => {
  const CUSTOMIZATIONS = "customizations.xml";
  const SOLUTION = "solution.xml";
  const schemas = schemaDir(path.resolve(__dirname, "..", ".."));
  const problems = async (mutate: (files: Files) => void) =>
    (await verifyBroken("experience", mutate)).problems.join("\n");

  it("passes the experience zip as built, XSD included", async () => {
    const result = await verifyBroken("experience", () => undefined, { schemaDir: schemas });
    expect(result.problems).toEqual([]);
  }, 60_000);

  it("[contact form] the control bound to another column", async () => {
    const found = await problems((f) =>
      edit(f, CUSTOMIZATIONS, /<contactName>fullname<\/contactName>/g, "<contactName>firstname</contactName>"),
    );
    expect(found).toContain(
      `[contact form] form ${FormIds.contactMain}: ${CONTROL} on form factor 0 binds contactName to "firstname", not fullname`,
    );
  });

  it("[contact form] the control missing from phone", async () => {
    const found = await problems((f) =>
      edit(
        f,
        CUSTOMIZATIONS,
        `<customControl formFactor="2" name="${CONTROL}">`,
        '<customControl formFactor="2" name="pdx_ProactiveDelivery.Other">',
      ),
    );
    expect(found).toContain(
      `[contact form] form ${FormIds.contactMain}: ${CONTROL} is on form factors [0, 1] of the fullname cell, not web, tablet and phone (0, 1, 2)`,
    );
  });

  it("[contact form] the form gone from the zip", async () => {
    const found = await problems((f) =>
      edit(f, CUSTOMIZATIONS, FormIds.contactMain, "{00000000-0000-4000-8000-000000000001}"),
    );
    expect(found).toContain(`[contact form] customizations.xml: contact has no main form ${FormIds.contactMain}`);
  });

  it("[platform shell] contact included with its subcomponents, and with metadata", async () => {
    const found = await problems((f) => {
      edit(
        f,
        SOLUTION,
        '<RootComponent type="1" schemaName="contact" behavior="2" />',
        '<RootComponent type="1" schemaName="contact" behavior="0" />',
      );
      edit(
        f,
        CUSTOMIZATIONS,
        '<Name LocalizedName="Contact" OriginalName="">Contact</Name>',
        '<Name LocalizedName="Contact" OriginalName="Contact">Contact</Name><ObjectTypeCode>2</ObjectTypeCode>',
      );
    });
    expect(found).toContain(
      "[platform shell] table contact: RootComponent behavior is 0; a form added to the platform's table travels in a shell, behavior 2",
    );
    expect(found).toContain(
      "[platform shell] table contact: has ObjectTypeCode; a shell carries none, so it cannot alter the table's metadata",
    );
    expect(found).toContain(
      '[platform shell] table contact: <Name OriginalName="Contact">Contact</Name>; exports write OriginalName="" and Contact',
    );
    expect(found).toContain('[contact form] solution.xml: no RootComponent type 1 schemaName="contact" behavior="2"');
  });

  it("[platform shell] a dependency declared on a contact column", async () => {
    const found = await problems((f) =>
      edit(
        f,
        SOLUTION,
        "<MissingDependencies>",
        `<MissingDependencies><MissingDependency><Required type="2" schemaName="fullname" displayName="Full Name" parentSchemaName="contact" parentDisplayName="Contact" solution="Active" /><Dependent type="60" displayName="${FORM_NAME}" parentDisplayName="Contact" id="${FormIds.contactMain}" /></MissingDependency>`,
      ),
    );
    expect(found).toContain(
      '[platform shell] table contact: MissingDependency on type 2 "fullname"; the platform provides the table and its columns, exports declare none',
    );
  });

  it("[platform columns] a contact form field the description lacks", async () => {
    const found = await problems((f) =>
      edit(f, CUSTOMIZATIONS, 'datafieldname="mobilephone"', 'datafieldname="nickname"'),
    );
    expect(found).toContain(
      `[platform columns] form ${FormIds.contactMain} field: "nickname" is not a column the description of contact carries`,
    );
    expect(found).toContain(
      `form ${FormIds.contactMain}: field "nickname" is not a column of Contact in the package or a dependency`,
    );
  });
});
