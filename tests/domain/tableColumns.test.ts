import {
  attributeTable,
  deliveryTable,
  elasticOnlyColumns,
  experienceColumnNames,
  microsoftColumnNames,
  standardColumnNames,
} from "../../domain/tables";

/**
 * shared/reference/data-model.md, "Every column Microsoft's tables have", restated on purpose:
 * the experience may name only these, so a wrong description must fail here.
 */
const deliveryWritable =
  "importsequencenumber msdyn_batch_id msdyn_call_id msdyn_channel msdyn_channel_sent_date msdyn_contact_id msdyn_conversation_id msdyn_delivery_id msdyn_dialmode_type msdyn_disposition_codes msdyn_earliest_schedule_date msdyn_end_date msdyn_expiration_date msdyn_from_address msdyn_journey_id msdyn_journey_run_id msdyn_parent_conversation_id msdyn_proactive_deliveryid msdyn_proactive_engagement_config_id msdyn_queue_id msdyn_result msdyn_result_date msdyn_start_date msdyn_status msdyn_to_address msdyn_tracking_id msdyn_window_end_date msdyn_window_start_date overriddencreatedon ownerid owneridtype partitionid ttlinseconds";
const attributeWritable =
  "importsequencenumber msdyn_keyword msdyn_proactive_delivery msdyn_proactive_delivery_attributeid msdyn_proactive_deliverypid msdyn_type msdyn_value overriddencreatedon ownerid owneridtype partitionid ttlinseconds";
const readOnly =
  "createdby createdon createdonbehalfby modifiedby modifiedon modifiedonbehalfby owneridname owneridyominame owningbusinessunit owningteam owninguser versionnumber";
const sorted = (names: Iterable<string>) => [...names].sort();

describe("Microsoft's column set of each table", () => {
  it.each([
    [deliveryTable, deliveryWritable],
    [attributeTable, attributeWritable],
  ])("%s has exactly the columns of the live entity reference", (table, writable) => {
    expect(sorted(microsoftColumnNames(table))).toEqual(sorted(`${writable} ${readOnly}`.split(" ")));
  });

  it("has no state model and no time zone columns, which only the standard copy has", () => {
    for (const table of [deliveryTable, attributeTable]) {
      for (const column of ["statecode", "statuscode", "timezoneruleversionnumber", "utcconversiontimezonecode"]) {
        expect(microsoftColumnNames(table).has(column)).toBe(false);
        expect(standardColumnNames(table).has(column)).toBe(true);
        expect(experienceColumnNames(table).has(column)).toBe(false);
      }
    }
  });

  it("leaves partitionid and ttlinseconds out of what the experience may name", () => {
    for (const table of [deliveryTable, attributeTable]) {
      for (const column of elasticOnlyColumns) {
        expect(microsoftColumnNames(table).has(column)).toBe(true);
        expect(experienceColumnNames(table).has(column)).toBe(false);
        expect(standardColumnNames(table).has(column)).toBe(false);
      }
    }
  });

  it("describes the elastic system columns the preview stores with the same names", () => {
    for (const table of [deliveryTable, attributeTable])
      expect(table.elasticSystemColumns.map((c) => c.logicalName)).toEqual([...elasticOnlyColumns]);
  });
});
