import { controlsFromSource, webResourcesFromSource } from "./controlFixtures";
import { attributeTypeChoice, deliveryTable } from "../../domain/tables";
import type { TableDefinition } from "../../domain/tables";
import { attributeMainForm, deliveryMainForm } from "../../solution/definitions/forms";
import { experienceSolution, tablesSolution } from "../../solution/definitions/solutions";
import type { SolutionDefinition } from "../../solution/model";
import { DefinitionError, validateSolution } from "../../solution/validate/validateSolution";

function problemsOf(solution: SolutionDefinition): string[] {
  try {
    validateSolution(solution);
    return [];
  } catch (error) {
    if (error instanceof DefinitionError) return error.problems;
    throw error;
  }
}

function withDeliveryTable(change: (table: TableDefinition) => TableDefinition): SolutionDefinition {
  const solution = tablesSolution();
  solution.tables = solution.tables.map((t) =>
    t.table === deliveryTable ? { ...t, table: change(structuredClone(t.table)) } : t,
  );
  return solution;
}

describe("definition checks name the component and the field", () => {
  it("accepts both real solutions", () => {
    expect(problemsOf(tablesSolution())).toEqual([]);
    expect(
      problemsOf(experienceSolution({ controls: controlsFromSource(), webResources: webResourcesFromSource() })),
    ).toEqual([]);
  });

  it("a duplicate column name", () => {
    const solution = withDeliveryTable((t) => ({ ...t, columns: [...t.columns, t.columns[1]] }));
    expect(problemsOf(solution)).toContain(
      'table msdyn_proactive_delivery: column logicalName "msdyn_conversation_id" is defined more than once',
    );
  });

  it("a length over the platform limit", () => {
    const solution = withDeliveryTable((t) => {
      const column = t.columns.find((c) => c.logicalName === "msdyn_disposition_codes");
      if (column?.kind === "text") column.maxLength = 4001;
      return t;
    });
    expect(problemsOf(solution)).toContain(
      "table msdyn_proactive_delivery column msdyn_disposition_codes: maxLength 4001 is outside 1..4000",
    );
  });

  it("a choice value outside the publisher's range", () => {
    const solution = tablesSolution();
    solution.globalChoices = [
      { ...attributeTypeChoice, options: [...attributeTypeChoice.options, { value: 100000000, label: "Other" }] },
    ];
    expect(problemsOf(solution)).toContain(
      'global choice msdyn_proactive_delivery_attribute_msdyn_type option "Other": value 100000000 is outside 700610000..700619999 (publisher option value prefix 70061)',
    );
  });

  it("a form library that is not a web resource and a control that is not packaged", () => {
    const form = structuredClone(deliveryMainForm);
    form.libraries = [{ name: "pdx_/scripts/deliveryform.js", id: "{11111111-2222-3333-4444-555555555555}" }];
    const cell = form.tabs
      .flatMap((t) => t.sections.flatMap((s) => s.cells))
      .find((c) => c.kind === "field" && c.column === "msdyn_disposition_codes");
    if (cell?.kind === "field")
      cell.pcf = {
        kind: "field",
        control: "pdx_ProactiveDelivery.DispositionChips",
        parameters: { codes: { column: cell.column } },
      };
    const problems = problemsOf(
      experienceSolution({ controls: [], webResources: [], forms: [form, attributeMainForm] }),
    );
    expect(problems).toContain(
      'main form "Proactive Delivery (Experience)": library "pdx_/scripts/deliveryform.js" is not a web resource of solution ProactiveDeliveryExperience',
    );
    expect(
      problems.some((p) =>
        p.includes(
          'uses control "pdx_ProactiveDelivery.DispositionChips" that solution ProactiveDeliveryExperience does not contain',
        ),
      ),
    ).toBe(true);
  });

  it("a malformed GUID and a field that is not valid for forms", () => {
    const form = structuredClone(deliveryMainForm);
    form.id = "{5d0c6a4e-3b1f-4c2a-9e57}";
    form.tabs[0].sections[0].cells.push({
      kind: "field",
      id: "{aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee}",
      column: "msdyn_status",
    });
    const problems = problemsOf(
      experienceSolution({ controls: [], webResources: [], forms: [form, attributeMainForm] }),
    );
    expect(problems).toContain(
      'form "Proactive Delivery (Experience)" formid: "{5d0c6a4e-3b1f-4c2a-9e57}" is not a GUID in braces',
    );
    expect(problems).toContain(
      'main form "Proactive Delivery (Experience)": field "msdyn_status" is not valid for forms',
    );
  });

  it("ordering a view by the lookup, which elastic tables cannot do", () => {
    const solution = tablesSolution();
    const view = solution.views.find((v) => v.table === "msdyn_proactive_delivery_attribute")!;
    view.orderBy = [{ attribute: "msdyn_proactive_delivery", descending: false }];
    expect(
      problemsOf(solution).some((p) =>
        p.endsWith('order column "msdyn_proactive_delivery" is a lookup; elastic tables cannot order by a lookup'),
      ),
    ).toBe(true);
  });
});

describe("the experience names only columns both copies of the tables have", () => {
  // Views are shared module state: each test changes its own copy.
  const withOwnViews = () => {
    const solution = experienceSolution({ controls: controlsFromSource(), webResources: [] });
    return { ...solution, views: structuredClone(solution.views) };
  };

  it("stops a view that filters on statecode, naming the view, the field and the column", () => {
    const solution = withOwnViews();
    const view = solution.views.find((v) => v.name === "All Deliveries")!;
    view.conditions = [{ attribute: "statecode", operator: "eq", values: ["0"] }];
    expect(problemsOf(solution)).toContain(
      `view "All Deliveries": filter "statecode": Contact Center's elastic msdyn_proactive_delivery has no statecode (only the tables solution's standard table does)`,
    );
  });

  it("stops columns only the elastic copy has, and columns neither has, wherever they are named", () => {
    const solution = withOwnViews();
    const view = solution.views.find((v) => v.name === "All Deliveries")!;
    view.orderBy = [{ attribute: "ttlinseconds", descending: false }];
    view.columns = [...view.columns, { name: "timezoneruleversionnumber", width: 100 }];
    const problems = problemsOf(solution);
    expect(problems).toContain(
      `view "All Deliveries": order "ttlinseconds": the tables solution's standard msdyn_proactive_delivery cannot have ttlinseconds (only Contact Center's elastic table does)`,
    );
    expect(problems).toContain(
      `view "All Deliveries": column "timezoneruleversionnumber": Contact Center's elastic msdyn_proactive_delivery has no timezoneruleversionnumber (only the tables solution's standard table does)`,
    );
  });

  it("stops statecode inside an or-group, naming the group", () => {
    const solution = withOwnViews();
    const view = solution.views.find((v) => v.name === "Deliveries Needing Attention")!;
    view.orGroups = [[...(view.orGroups?.[0] ?? []), { attribute: "statecode", operator: "eq", values: ["1"] }]];
    expect(problemsOf(solution)).toContain(
      `view "Deliveries Needing Attention": or-group 1 filter "statecode": Contact Center's elastic msdyn_proactive_delivery has no statecode (only the tables solution's standard table does)`,
    );
  });

  it("stops a condition with the wrong number of values and an empty or-group", () => {
    const solution = withOwnViews();
    const view = solution.views.find((v) => v.name === "Deliveries Needing Attention")!;
    view.conditions = [
      { attribute: "msdyn_result", operator: "not-in", values: [] },
      { attribute: "msdyn_status", operator: "eq", values: ["Error", "Pending"] },
    ];
    view.orGroups = [...(view.orGroups ?? []), []];
    const problems = problemsOf(solution);
    expect(problems).toContain(
      'view "Deliveries Needing Attention": condition not-in on "msdyn_result" has 0 values (not-in takes one or more)',
    );
    expect(problems).toContain(
      'view "Deliveries Needing Attention": condition eq on "msdyn_status" has 2 values (eq takes exactly one)',
    );
    expect(problems).toContain(
      'view "Deliveries Needing Attention": or-group 2 has no conditions, so no row could pass it',
    );
  });

  it("stops a quick find (or lookup, associated, advanced find) view on a table the experience does not own", () => {
    const solution = withOwnViews();
    const view = solution.views.find((v) => v.name === "All Deliveries")!;
    view.queryType = 4;
    expect(problemsOf(solution)).toContain(
      'view "All Deliveries": querytype 4 on msdyn_proactive_delivery, a table this solution does not own; only public views (0) may be added, the owner keeps quick find, lookup, associated and advanced find views',
    );
  });

  it("accepts Microsoft's system columns the standard table has too (owner, audit dates, version)", () => {
    const solution = withOwnViews();
    const view = solution.views.find((v) => v.name === "All Deliveries")!;
    view.columns = [
      ...view.columns,
      { name: "createdon", width: 100 },
      { name: "versionnumber", width: 100 },
      { name: "ownerid", width: 100 },
    ];
    expect(problemsOf(solution)).toEqual([]);
  });
});
