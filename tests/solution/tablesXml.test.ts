import { tablesSolution } from "../../solution/definitions/solutions";
import { all, attributeOf, childText, generatedCustomizations } from "./customizations";

/**
 * The facts of shared/reference/data-model.md, restated here on purpose: the generated XML
 * must match Microsoft's metadata, so a wrong table description has to fail these tests.
 */
const D = "msdyn_proactive_delivery";
const A = "msdyn_proactive_delivery_attribute";
type Expected = [
  column: string,
  display: string,
  type: "nvarchar" | "datetime",
  maxLength: number | null,
  required: "required" | "none",
];
const deliveryColumns: Expected[] = [
  ["msdyn_delivery_id", "Delivery Id", "nvarchar", 850, "required"],
  ["msdyn_conversation_id", "Conversation Id", "nvarchar", 100, "none"],
  ["msdyn_call_id", "Call Id", "nvarchar", 100, "none"],
  ["msdyn_proactive_engagement_config_id", "Proactive Engagement Configuration Id", "nvarchar", 100, "required"],
  ["msdyn_journey_id", "Journey Id", "nvarchar", 100, "none"],
  ["msdyn_journey_run_id", "Journey Run Id", "nvarchar", 100, "none"],
  ["msdyn_contact_id", "Contact Id", "nvarchar", 100, "none"],
  ["msdyn_channel", "Channel", "nvarchar", 100, "none"],
  ["msdyn_status", "Status", "nvarchar", 100, "required"],
  ["msdyn_queue_id", "Queue Id", "nvarchar", 100, "none"],
  ["msdyn_tracking_id", "Tracking Id", "nvarchar", 400, "none"],
  ["msdyn_dialmode_type", "Dial Mode Type", "nvarchar", 100, "required"],
  ["msdyn_to_address", "To Address", "nvarchar", 300, "required"],
  ["msdyn_from_address", "From Address", "nvarchar", 300, "none"],
  ["msdyn_window_start_date", "Window Start Date", "datetime", null, "none"],
  ["msdyn_window_end_date", "Window End Date", "datetime", null, "none"],
  ["msdyn_start_date", "Start Date", "datetime", null, "none"],
  ["msdyn_end_date", "End Date", "datetime", null, "none"],
  ["msdyn_result", "Result", "nvarchar", 100, "none"],
  ["msdyn_result_date", "Result Date", "datetime", null, "none"],
  ["msdyn_disposition_codes", "Disposition Codes", "nvarchar", 1000, "none"],
  ["msdyn_batch_id", "Batch Id", "nvarchar", 100, "none"],
  ["msdyn_parent_conversation_id", "Parent Conversation Id", "nvarchar", 100, "none"],
  ["msdyn_channel_sent_date", "Channel Sent Date", "datetime", null, "none"],
  ["msdyn_earliest_schedule_date", "Earliest Schedule Date", "datetime", null, "none"],
  ["msdyn_expiration_date", "Expiration Date", "datetime", null, "none"],
];
const notValidForForms = new Set(["msdyn_status", "msdyn_to_address"]);

const xml = generatedCustomizations(tablesSolution());

describe("tables solution: msdyn_proactive_delivery", () => {
  const entity = all(xml, "entity").find((e) => e.getAttribute("Name") === D)!;

  it("has Microsoft's names, entity set and ownership", () => {
    expect(childText(entity, "EntitySetName")).toBe("msdyn_proactive_deliveries");
    expect(childText(entity, "OwnershipTypeMask")).toBe("UserOwned");
    expect(all(entity, "LocalizedName")[0].getAttribute("description")).toBe("Proactive Delivery");
    expect(all(entity, "LocalizedCollectionName")[0].getAttribute("description")).toBe("Proactive Deliveries");
  });

  it.each(deliveryColumns)("%s is %s, %s, length %s, %s", (column, display, type, maxLength, required) => {
    const attribute = attributeOf(xml, D, column);
    expect(childText(attribute, "Type")).toBe(type);
    expect(childText(attribute, "LogicalName")).toBe(column);
    expect(childText(attribute, "RequiredLevel")).toBe(required);
    expect(all(attribute, "displayname")[0].getAttribute("description")).toBe(display);
    if (maxLength !== null) {
      expect(childText(attribute, "MaxLength")).toBe(String(maxLength));
      expect(childText(attribute, "Length")).toBe(String(maxLength * 2));
      expect(childText(attribute, "Format")).toBe("text");
    } else {
      expect(childText(attribute, "Format")).toBe("datetime");
      expect(childText(attribute, "Behavior")).toBe("3");
      expect(childText(attribute, "CanChangeDateTimeBehavior")).toBe("1");
    }
    const mask = childText(attribute, "DisplayMask")!.split("|");
    expect(mask.includes("ValidForForm")).toBe(!notValidForForms.has(column));
    expect(mask.includes("PrimaryName")).toBe(column === "msdyn_delivery_id");
  });

  it("has exactly the 26 described columns plus the system columns", () => {
    const custom = all(entity, "attribute")
      .filter((a) => childText(a, "IsCustomField") === "1")
      .map((a) => a.getAttribute("PhysicalName"));
    expect(custom.sort()).toEqual(deliveryColumns.map(([c]) => c).sort());
    const system = all(entity, "attribute")
      .filter((a) => childText(a, "IsCustomField") === "0")
      .map((a) => a.getAttribute("PhysicalName"));
    // Exports order them by logical name and spell them in Microsoft's casing; statecode and
    // statuscode stay lower case. No export carries VersionNumber: the platform adds it.
    expect(system).toEqual([
      "CreatedBy",
      "CreatedOn",
      "CreatedOnBehalfBy",
      "ImportSequenceNumber",
      "ModifiedBy",
      "ModifiedOn",
      "ModifiedOnBehalfBy",
      "msdyn_proactive_deliveryid",
      "OverriddenCreatedOn",
      "OwnerId",
      "OwningBusinessUnit",
      "OwningTeam",
      "OwningUser",
      "statecode",
      "statuscode",
      "TimeZoneRuleVersionNumber",
      "UTCConversionTimeZoneCode",
    ]);
    expect(childText(attributeOf(xml, D, "msdyn_proactive_deliveryid"), "Type")).toBe("primarykey");
  });
});

describe("tables solution: msdyn_proactive_delivery_attribute", () => {
  it("has the lookup, keyword, value and type columns", () => {
    const lookup = attributeOf(xml, A, "msdyn_proactive_delivery");
    expect(childText(lookup, "Type")).toBe("lookup");
    expect(childText(lookup, "RequiredLevel")).toBe("required");
    const keyword = attributeOf(xml, A, "msdyn_keyword");
    expect([childText(keyword, "Type"), childText(keyword, "MaxLength"), childText(keyword, "RequiredLevel")]).toEqual([
      "nvarchar",
      "850",
      "required",
    ]);
    expect(childText(keyword, "DisplayMask")).toContain("PrimaryName");
    const value = attributeOf(xml, A, "msdyn_value");
    expect([childText(value, "Type"), childText(value, "MaxLength"), childText(value, "RequiredLevel")]).toEqual([
      "nvarchar",
      "4000",
      "required",
    ]);
    const type = attributeOf(xml, A, "msdyn_type");
    expect(childText(type, "Type")).toBe("picklist");
    expect(childText(type, "OptionSetName")).toBe("msdyn_proactive_delivery_attribute_msdyn_type");
    expect(childText(type, "AppDefaultValue")).toBe("-1");
    expect(childText(type, "RequiredLevel")).toBe("required");
    const entity = all(xml, "entity").find((e) => e.getAttribute("Name") === A)!;
    expect(childText(entity, "EntitySetName")).toBe("msdyn_proactive_delivery_attributes");
  });

  it("has msdyn_proactive_deliverypid, the parent's partition id an elastic lookup carries (Text 100, not for forms)", () => {
    const pid = attributeOf(xml, A, "msdyn_proactive_deliverypid");
    expect([childText(pid, "Type"), childText(pid, "MaxLength"), childText(pid, "RequiredLevel")]).toEqual([
      "nvarchar",
      "100",
      "none",
    ]);
    expect(childText(pid, "DisplayMask")!.split("|")).not.toContain("ValidForForm");
  });

  it("defines the global choice with 700610000 Input and 700610001 Result", () => {
    const optionset = all(xml, "optionset").find(
      (o) => o.getAttribute("Name") === "msdyn_proactive_delivery_attribute_msdyn_type",
    )!;
    expect(childText(optionset, "OptionSetType")).toBe("picklist");
    expect(childText(optionset, "IsGlobal")).toBe("1");
    const options = all(optionset, "option").map((o) => [
      o.getAttribute("value"),
      all(o, "label")[0].getAttribute("description"),
    ]);
    expect(options).toEqual([
      ["700610000", "Input"],
      ["700610001", "Result"],
    ]);
  });

  it("relates to the delivery 1:N with cascade delete only", () => {
    const r = all(xml, "EntityRelationship").find(
      (e) =>
        e.getAttribute("Name") ===
        "msdyn_proactive_delivery_attribute_msdyn_proactive_delivery_msdyn_proactive_delivery",
    )!;
    expect(childText(r, "EntityRelationshipType")).toBe("OneToMany");
    expect(childText(r, "ReferencingEntityName")).toBe(A);
    expect(childText(r, "ReferencedEntityName")).toBe(D);
    expect(childText(r, "ReferencingAttributeName")).toBe("msdyn_proactive_delivery");
    expect(childText(r, "CascadeDelete")).toBe("Cascade");
    for (const tag of ["CascadeAssign", "CascadeReparent", "CascadeShare", "CascadeUnshare", "CascadeRollupView"])
      expect(childText(r, tag)).toBe("NoCascade");
    expect(childText(r, "IsCustomizable")).toBe("0");
    const role = all(r, "EntityRelationshipRole")[0];
    expect([
      childText(role, "NavPaneDisplayOption"),
      childText(role, "NavPaneArea"),
      childText(role, "NavPaneOrder"),
    ]).toEqual(["UseCollectionName", "Details", "10000"]);
  });

  it("carries the system relationships of a user-owned table", () => {
    const names = all(xml, "EntityRelationship").map((r) => r.getAttribute("Name"));
    for (const t of [D, A]) {
      // Exactly the six an export carries; the platform makes the on-behalf-of ones itself.
      expect(
        names.filter(
          (n) =>
            n !== "msdyn_proactive_delivery_attribute_msdyn_proactive_delivery_msdyn_proactive_delivery" &&
            n?.replace(/^(business_unit|owner|team|user|lk)_/, "").replace(/_(createdby|modifiedby)$/, "") === t,
        ),
      ).toEqual([
        `business_unit_${t}`,
        `lk_${t}_createdby`,
        `lk_${t}_modifiedby`,
        `owner_${t}`,
        `team_${t}`,
        `user_${t}`,
      ]);
    }
  });
});
