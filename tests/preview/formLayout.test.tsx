/**
 * The preview's forms lay out exactly what the experience solution packages: the same tabs,
 * sections and cells, in order, with the same labels in English and German, as read back from
 * the generated customizations.xml; the tabs are an ARIA tab list the keyboard works; form
 * scripts see the same tabs and sections, labelled in the user's language.
 */
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { Element } from "@xmldom/xmldom";
import { AttributeNames as A, DeliveryNames as D } from "../../domain/tables";
import { experienceForms, experienceSolution } from "../../solution/definitions/solutions";
import { ALL_TABS, FormLayoutView, nextTabIndex, type FormLayoutViewProps } from "../../preview/app/FormLayoutView";
import { embeddedJson, formLayouts } from "../../preview/server/formLayouts";
import { createFormContext } from "../../preview/xrm/formContext";
import type { FormLayout, LayoutCell } from "../../preview/xrm/formLayout";
import { FormState } from "../../preview/xrm/formState";
import { controlsFromSource, webResourcesFromSource } from "../solution/controlFixtures";
import { all, generatedCustomizations } from "../solution/customizations";

const layouts = formLayouts();
const delivery = layouts[D.table];
const contact = layouts.contact;

const elements = (root: Element, tag: string): Element[] =>
  Array.from(root.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === tag);

/** A part's <labels> as language → text, as the layout carries them. */
const labelsOf = (part: Element): Record<string, string> =>
  Object.fromEntries(
    elements(elements(part, "labels")[0], "label").map((l) => [
      l.getAttribute("languagecode"),
      l.getAttribute("description"),
    ]),
  );

/** The layout the packaged form XML describes: tabs, sections and cells as an importer reads them. */
function layoutFromXml(form: Element, table: string): FormLayout {
  const controlOf = (uniqueId: string | null): { control?: string } => {
    const description = all(form, "controlDescription").find((d) => d.getAttribute("forControl") === uniqueId);
    const name = description && all(description, "customControl").find((c) => c.getAttribute("formFactor") === "0");
    const control = name?.getAttribute("name");
    return control ? { control: control.slice(control.lastIndexOf(".") + 1) } : {};
  };
  return {
    table,
    tabs: all(form, "tab").map((tab) => ({
      name: tab.getAttribute("name")!,
      label: labelsOf(tab) as unknown as FormLayout["tabs"][number]["label"],
      sections: all(tab, "section").map((section) => ({
        name: section.getAttribute("name")!,
        label: labelsOf(section) as unknown as FormLayout["tabs"][number]["label"],
        showLabel: section.getAttribute("showlabel") === "true",
        columns: (section.getAttribute("columns") ?? "1").length,
        cells: all(section, "cell").map((cell): LayoutCell => {
          const control = elements(cell, "control")[0];
          const common = {
            label: labelsOf(cell) as unknown as LayoutCell["label"],
            showLabel: cell.getAttribute("showlabel") === "true",
            ...controlOf(control.getAttribute("uniqueid")),
          };
          const column = control.getAttribute("datafieldname");
          return column
            ? { kind: "field", column, ...common }
            : { kind: "subgrid", name: control.getAttribute("id")!, ...common };
        }),
      })),
    })),
  };
}

describe("the preview's form layouts are the packaged forms", () => {
  const solution = experienceSolution({ controls: controlsFromSource(), webResources: webResourcesFromSource() });
  const xml = generatedCustomizations(solution);

  it("builds them from the very forms the solution packs", () => {
    expect(solution.forms).toEqual(experienceForms(webResourcesFromSource()));
    expect(Object.keys(layouts).sort()).toEqual([A.table, D.table, "contact"].sort());
  });

  it.each(["delivery", "attribute", "contact"])(
    "the %s form: tabs, sections and cells in order, labels in 1033 and 1031, flags and controls",
    (which) => {
      const form = { delivery: solution.forms[0], attribute: solution.forms[1], contact: solution.forms[2] }[which]!;
      const packaged = all(xml, "systemform").find(
        (f) => all(f, "formid")[0].textContent?.trim().toLowerCase() === form.id.toLowerCase(),
      )!;
      // Through JSON, as the server embeds it in the page.
      const embedded = JSON.parse(embeddedJson(layouts)) as typeof layouts;
      expect(embedded[form.table]).toEqual(layoutFromXml(packaged, form.table));
    },
  );

  it("puts the delivery form's code components where the packaged form binds them", () => {
    const controls = delivery.tabs.flatMap((tab) =>
      tab.sections.flatMap((section) =>
        section.cells.filter((cell) => cell.control).map((cell) => `${tab.name}/${section.name}/${cell.control}`),
      ),
    );
    expect(controls).toEqual([
      "tab_summary/section_timeline/DeliveryTimeline",
      "tab_summary/section_outcome/DispositionChips",
      "tab_summary/section_routing/RelatedRecords",
      "tab_attributes/section_attributes/AttributeGrid",
    ]);
  });
});

function renderForm(props: Partial<FormLayoutViewProps> = {}) {
  const all: FormLayoutViewProps = {
    layout: delivery,
    state: undefined,
    languageId: 1033,
    value: (column) => `value of ${column}`,
    onChange: jest.fn(),
    renderControl: (cell) => <div data-testid={`control-${cell.control ?? "none"}`}>{cell.control}</div>,
    ...props,
  };
  return render(<FormLayoutView {...all} />);
}

const tabNames = () => screen.getAllByRole("tab").map((tab) => tab.textContent);
const selectedTab = () => screen.getAllByRole("tab").find((tab) => tab.getAttribute("aria-selected") === "true");
const sectionHeadings = () =>
  within(screen.getByRole("tabpanel"))
    .queryAllByRole("heading", { level: 3 })
    .map((h) => h.textContent);

describe("the delivery form's tab list", () => {
  it("shows the packaged tabs in order, the first open, its panel labelled by it", () => {
    renderForm();
    expect(screen.getByRole("tablist")).toBeInTheDocument();
    expect(tabNames()).toEqual(["Summary", "Attributes", "Identifiers"]);
    expect(selectedTab()).toHaveTextContent("Summary");
    const panel = screen.getByRole("tabpanel", { name: "Summary" });
    expect(selectedTab()).toHaveAttribute("aria-controls", panel.id);
    // One tab stop: the selected tab.
    expect(screen.getAllByRole("tab").map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    expect(sectionHeadings()).toEqual(["Timeline", "Outcome", "Call window and call", "Routing"]);
  });

  it("lays out the open tab's cells in the packaged order, each with its control or box", () => {
    renderForm();
    const panel = screen.getByRole("tabpanel");
    const columns = Array.from(panel.querySelectorAll("[data-column]")).map((e) => e.getAttribute("data-column"));
    const expected = delivery.tabs[0].sections.flatMap((s) => s.cells.map((c) => (c.kind === "field" ? c.column : "")));
    expect(columns.filter((c, i) => columns.indexOf(c) === i)).toEqual(expected);
    expect(within(panel).getByTestId("control-DeliveryTimeline")).toBeInTheDocument();
    expect(within(panel).getByTestId("control-DispositionChips")).toBeInTheDocument();
    expect(within(panel).getByTestId("control-RelatedRecords")).toBeInTheDocument();
    expect(screen.getByLabelText("Delivery Id")).toHaveValue(`value of ${D.deliveryId}`);
    // A code component's slot is headed by its cell (renderControl): the form adds no label of its own.
    expect(panel.querySelector(".form-cell-label")).toBeNull();
    expect(screen.queryByTestId("control-AttributeGrid")).toBeNull();
  });

  it("hands each code component its cell, with the label and showlabel the form packs", () => {
    const cells: LayoutCell[] = [];
    renderForm({
      tab: ALL_TABS,
      renderControl: (cell) => {
        cells.push(cell);
        return null;
      },
    });
    const seen = new Map(cells.map((cell) => [cell.control, { label: cell.label, showLabel: cell.showLabel }]));
    expect(Object.fromEntries(seen)).toEqual({
      DeliveryTimeline: { label: { 1033: "Window Start Date", 1031: "Beginn des Anruffensters" }, showLabel: false },
      DispositionChips: { label: { 1033: "Disposition Codes", 1031: "Dispositionscodes" }, showLabel: true },
      RelatedRecords: { label: { 1033: "Contact Id", 1031: "Kontakt-ID" }, showLabel: true },
      AttributeGrid: { label: { 1033: "Attributes", 1031: "Attribute" }, showLabel: true },
    });
  });

  it("moves along the tabs with the arrow keys, wrapping, and to the ends with Home and End", () => {
    renderForm();
    const [summary, attributes, identifiers] = screen.getAllByRole("tab");
    summary.focus();
    fireEvent.keyDown(summary, { key: "ArrowRight" });
    expect(attributes).toHaveFocus();
    expect(selectedTab()).toBe(attributes);
    expect(screen.getByRole("tabpanel", { name: "Attributes" })).toBeInTheDocument();
    expect(screen.getByTestId("control-AttributeGrid")).toBeInTheDocument();
    expect(sectionHeadings()).toEqual(["Input and result attributes"]);
    fireEvent.keyDown(attributes, { key: "End" });
    expect(identifiers).toHaveFocus();
    expect(selectedTab()).toBe(identifiers);
    fireEvent.keyDown(identifiers, { key: "ArrowRight" });
    expect(summary).toHaveFocus();
    fireEvent.keyDown(summary, { key: "ArrowLeft" });
    expect(identifiers).toHaveFocus();
    fireEvent.keyDown(identifiers, { key: "Home" });
    expect(summary).toHaveFocus();
    expect(selectedTab()).toBe(summary);
    fireEvent.keyDown(summary, { key: "ArrowDown" });
    expect(summary).toHaveFocus();
    expect(screen.getAllByRole("tab").map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
  });

  it("follows the reading direction right to left", () => {
    renderForm({ isRTL: true });
    const [summary, attributes] = screen.getAllByRole("tab");
    fireEvent.keyDown(summary, { key: "ArrowLeft" });
    expect(attributes).toHaveFocus();
    fireEvent.keyDown(attributes, { key: "ArrowRight" });
    expect(summary).toHaveFocus();
    expect(nextTabIndex("ArrowRight", 0, 3, true)).toBe(2);
    expect(nextTabIndex("Enter", 0, 3)).toBeUndefined();
  });

  it("opens a tab on click", () => {
    renderForm();
    fireEvent.click(screen.getByRole("tab", { name: "Identifiers" }));
    expect(screen.getByRole("tabpanel", { name: "Identifiers" })).toBeInTheDocument();
    expect(screen.getByLabelText("Batch Id")).toBeInTheDocument();
  });

  it("opens the tab the address names", () => {
    renderForm({ tab: "tab_attributes" });
    expect(selectedTab()).toHaveTextContent("Attributes");
  });

  it("shows every tab at once with tab=all, each headed by its label", () => {
    renderForm({ tab: ALL_TABS });
    expect(screen.queryByRole("tablist")).toBeNull();
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Summary",
      "Attributes",
      "Identifiers",
    ]);
    for (const control of ["DeliveryTimeline", "DispositionChips", "RelatedRecords", "AttributeGrid"])
      expect(screen.getByTestId(`control-${control}`)).toBeInTheDocument();
  });
});

describe("the form in German (lang=1031)", () => {
  it("labels tabs, sections and fields from the definitions' German labels", () => {
    renderForm({ languageId: 1031 });
    expect(tabNames()).toEqual(["Zusammenfassung", "Attribute", "Kennungen"]);
    expect(screen.getByRole("tabpanel", { name: "Zusammenfassung" })).toBeInTheDocument();
    expect(sectionHeadings()).toEqual(["Zeitachse", "Ausgang", "Anruffenster und Anruf", "Weiterleitung"]);
    expect(screen.getByLabelText("Zustellungs-ID")).toBeInTheDocument();
    expect(screen.getByLabelText("Ergebnisdatum")).toBeInTheDocument();
    fireEvent.keyDown(screen.getByRole("tab", { name: "Zusammenfassung" }), { key: "ArrowRight" });
    expect(sectionHeadings()).toEqual(["Eingabe- und Ergebnisattribute"]);
  });

  it("falls back to English in a language the form has no labels in", () => {
    renderForm({ languageId: 1025 });
    expect(tabNames()).toEqual(["Summary", "Attributes", "Identifiers"]);
  });
});

describe("form scripts see the same tabs and sections", () => {
  function scripted(languageId: number) {
    const state = new FormState(delivery, languageId);
    const { formContext } = createFormContext(state, { table: D.table, id: "1" });
    const view = (): React.ReactElement => (
      <FormLayoutView
        layout={delivery}
        state={state}
        languageId={languageId}
        value={() => ""}
        onChange={() => undefined}
        renderControl={() => null}
      />
    );
    const rendered = render(view());
    state.subscribe(() => rendered.rerender(view()));
    return formContext;
  }

  it("names them as the layout does and labels them in the user's language", () => {
    const form = scripted(1031);
    const tabs = (form.ui.tabs.get() as unknown as Xrm.Controls.Tab[]).map((t) => [t.getName(), t.getLabel()]);
    expect(tabs).toEqual([
      ["tab_summary", "Zusammenfassung"],
      ["tab_attributes", "Attribute"],
      ["tab_identifiers", "Kennungen"],
    ]);
    const summary = form.ui.tabs.get("tab_summary")!;
    const sections = (summary.sections.get() as unknown as Xrm.Controls.Section[]).map((s) => s.getName());
    expect(sections).toEqual(["section_timeline", "section_outcome", "section_timing", "section_routing"]);
    expect(summary.sections.get("section_routing")!.getLabel()).toBe("Weiterleitung");
  });

  it("shows a script's setLabel and setVisible on the tab list and in the panel", () => {
    const form = scripted(1033);
    act(() => form.ui.tabs.get("tab_summary")!.sections.get("section_routing")!.setLabel("Routing (to +49 30 1234)"));
    expect(sectionHeadings()).toContain("Routing (to +49 30 1234)");
    act(() => form.ui.tabs.get("tab_summary")!.sections.get("section_timing")!.setVisible(false));
    expect(sectionHeadings()).toEqual(["Timeline", "Outcome", "Routing (to +49 30 1234)"]);
    fireEvent.click(screen.getByRole("tab", { name: "Identifiers" }));
    act(() => form.ui.tabs.get("tab_identifiers")!.setVisible(false));
    expect(tabNames()).toEqual(["Summary", "Attributes"]);
    // The open tab was hidden: the first one opens instead.
    expect(selectedTab()).toHaveTextContent("Summary");
    act(() => form.ui.tabs.get("tab_attributes")!.setLabel("Attribute list"));
    expect(tabNames()).toEqual(["Summary", "Attribute list"]);
  });
});

describe("the contact form", () => {
  it("names a section that hides its label, and mounts the deliveries control in it", () => {
    renderForm({ layout: contact, tab: "tab_proactive_deliveries", languageId: 1031 });
    expect(selectedTab()).toHaveTextContent("Proaktive Zustellungen");
    const panel = screen.getByRole("tabpanel");
    expect(sectionHeadings()).toEqual([]);
    expect(within(panel).getByRole("region", { name: "Proaktive Zustellungen" })).toHaveAttribute(
      "data-section",
      "section_proactive_deliveries",
    );
    expect(within(panel).getByTestId("control-ContactDeliveries")).toBeInTheDocument();
  });

  it("lays the summary's fields out in the section's columns, labelled in German", () => {
    renderForm({ layout: contact, languageId: 1031 });
    const section = screen.getByRole("region", { name: "Kontakt" });
    expect(section).toHaveAttribute("data-columns", "1");
    expect((section.querySelector(".form-section-cells") as HTMLElement).style.gridTemplateColumns).toBe(
      "repeat(1, minmax(0, 1fr))",
    );
    expect(
      within(section)
        .getAllByRole("textbox")
        .map((box) => box.getAttribute("id")),
    ).toEqual(contact.tabs[0].sections[0].cells.map((cell) => `field-${cell.kind === "field" ? cell.column : ""}`));
    expect(within(section).getByLabelText("Vorname")).toBeInTheDocument();
    expect(within(section).getByLabelText("Telefon (geschäftlich)")).toBeInTheDocument();
  });

  it("writes a two-column section's cells side by side and keeps a hidden field label for screen readers", () => {
    const twoColumns: FormLayout = {
      table: "contact",
      tabs: [
        {
          name: "tab",
          label: { 1033: "Tab" },
          sections: [
            {
              ...contact.tabs[0].sections[0],
              columns: 2,
              cells: contact.tabs[0].sections[0].cells.map((cell, i) => ({ ...cell, showLabel: i !== 0 })),
            },
          ],
        },
      ],
    };
    renderForm({ layout: twoColumns });
    const section = screen.getByRole("region", { name: "Contact" });
    expect((section.querySelector(".form-section-cells") as HTMLElement).style.gridTemplateColumns).toBe(
      "repeat(2, minmax(0, 1fr))",
    );
    const firstName = screen.getByLabelText("First Name");
    expect(section.querySelector(`label[for="${firstName.id}"]`)).toHaveClass("visually-hidden");
    expect(section.querySelector(`label[for="${screen.getByLabelText("Last Name").id}"]`)).not.toHaveClass(
      "visually-hidden",
    );
  });
});
