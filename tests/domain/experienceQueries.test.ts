import { columnsNamedIn, experienceQueryProblems } from "../support/experienceQueries";

describe("the control tests' check of Web API queries", () => {
  it("reads the columns of $select, $filter and $orderby, not their values", () => {
    expect(
      columnsNamedIn(
        "?$select=msdyn_status,msdyn_result&$filter=msdyn_proactive_deliveryid eq 7d4c1a52-3b7e-4f0a-9c11-2f5e8d6a0b01 and msdyn_status eq 'In eq statecode'&$orderby=msdyn_window_start_date desc&$top=1",
      ),
    ).toEqual([
      { option: "$select", column: "msdyn_status" },
      { option: "$select", column: "msdyn_result" },
      { option: "$filter", column: "msdyn_proactive_deliveryid" },
      { option: "$filter", column: "msdyn_status" },
      { option: "$orderby", column: "msdyn_window_start_date" },
    ]);
  });

  it("fails a query naming statecode or partitionid, and passes one naming shared columns", () => {
    expect(experienceQueryProblems("msdyn_proactive_delivery", "?$select=msdyn_status&$filter=statecode eq 0")).toEqual(
      [
        'webAPI query on msdyn_proactive_delivery names "statecode" in $filter, which one copy of the table lacks: ?$select=msdyn_status&$filter=statecode eq 0',
      ],
    );
    expect(experienceQueryProblems("msdyn_proactive_delivery_attribute", "?$orderby=partitionid")).toHaveLength(1);
    expect(
      experienceQueryProblems("msdyn_proactive_delivery", "?$select=msdyn_status,createdon,versionnumber"),
    ).toEqual([]);
  });
});
