import { isServiceWrittenColumn } from "../../../domain/delivery/serviceWrittenColumns";
import { DeliveryNames as D } from "../../../domain/tables/names";
import { deliveryTable } from "../../../domain/tables/deliveryTable";

describe("isServiceWrittenColumn", () => {
  it("is true for every delivery column but the disposition codes", () => {
    const written = deliveryTable.columns.map((column) => column.logicalName).filter(isServiceWrittenColumn);
    expect(written).toHaveLength(deliveryTable.columns.length - 1);
    expect(isServiceWrittenColumn(D.dispositionCodes)).toBe(false);
  });

  it("leaves platform columns to the platform", () => {
    expect(["ownerid", "createdon", "partitionid", "ttlinseconds"].filter(isServiceWrittenColumn)).toEqual([]);
  });
});
