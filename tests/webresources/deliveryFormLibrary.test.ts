import { deliveryMainForm } from "../../solution/definitions/forms";
import { withDeliveryControls } from "../../solution/definitions/controlBindings";
import { DeliveryNames as D } from "../../domain/tables/names";
import * as columns from "../../webresources/deliveryForm/columns";
import { emptyRules, routingSection, summaryTab } from "../../webresources/deliveryForm/formLayout";
import { webResourceLibraries } from "../../webresources/libraries";
import { publishNamespace } from "../../webresources/shared/namespace";

type Scope = Record<string, unknown>;
const resolve = (dotted: string): unknown =>
  dotted.split(".").reduce<unknown>((scope, key) => (scope as Scope | undefined)?.[key], window);

describe("the delivery form library", () => {
  beforeAll(async () => {
    await import("../../webresources/deliveryForm/index");
  });

  it("defines every handler it declares under its namespace", () => {
    for (const library of webResourceLibraries) {
      for (const handler of library.handlers) {
        expect(handler.functionName.startsWith(`${library.namespace}.`)).toBe(true);
        expect({ handler: handler.functionName, type: typeof resolve(handler.functionName) }).toEqual({
          handler: handler.functionName,
          type: "function",
        });
      }
    }
  });

  it("describes the delivery form's onload, onsave and the disposition codes' onchange", () => {
    const library = webResourceLibraries[0];
    expect(library.table).toBe(D.table);
    expect(library.handlers.map((handler) => [handler.event, handler.attribute])).toEqual([
      ["onload", undefined],
      ["onsave", undefined],
      ["onchange", D.dispositionCodes],
    ]);
  });

  it("adds to a namespace other libraries share rather than replacing it", () => {
    const other = () => "other";
    publishNamespace(["pdx_Shared", "First"], { run: other });
    publishNamespace(["pdx_Shared", "Second"], { run: other });
    publishNamespace(["pdx_Shared", "First"], { stop: other });
    expect(resolve("pdx_Shared.First.run")).toBe(other);
    expect(resolve("pdx_Shared.First.stop")).toBe(other);
    expect(resolve("pdx_Shared.Second.run")).toBe(other);
  });
});

describe("the form layout the script assumes", () => {
  const form = withDeliveryControls(deliveryMainForm);
  const section = (tab: string, name: string) =>
    form.tabs.find((candidate) => candidate.name === tab)?.sections.find((candidate) => candidate.name === name);
  const fieldColumns = (cells: NonNullable<ReturnType<typeof section>>["cells"]) =>
    cells.flatMap((cell) => (cell.kind === "field" ? [cell.column] : []));

  it("names columns exactly as DeliveryNames does", () => {
    const names = new Set<string>(Object.values(D));
    expect(Object.values(columns).filter((name) => !names.has(name))).toEqual([]);
  });

  it("has the Routing section the destination goes into", () => {
    expect(section(summaryTab, routingSection)).toBeDefined();
  });

  it("hides only sections and tabs whose every field the rule lists, and none holding a code component", () => {
    for (const rule of emptyRules.filter((candidate) => candidate.tab)) {
      const tab = form.tabs.find((candidate) => candidate.name === rule.tab);
      expect(tab).toBeDefined();
      const sections = rule.section ? [section(rule.tab ?? "", rule.section)] : (tab?.sections ?? []);
      for (const part of sections) {
        expect(part).toBeDefined();
        expect([...(rule.columns ?? [])].sort()).toEqual(fieldColumns(part?.cells ?? []).sort());
        expect(part?.cells.filter((cell) => "pcf" in cell && cell.pcf)).toEqual([]);
      }
    }
  });

  it("hides single controls only of columns on the form without a code component", () => {
    const cells = form.tabs.flatMap((tab) => tab.sections.flatMap((part) => part.cells));
    for (const rule of emptyRules.filter((candidate) => !candidate.tab)) {
      for (const column of rule.columns) {
        const cell = cells.find((candidate) => candidate.kind === "field" && candidate.column === column);
        expect({ column, onForm: !!cell, pcf: !!(cell && "pcf" in cell && cell.pcf) }).toEqual({
          column,
          onForm: true,
          pcf: false,
        });
      }
    }
  });
});
