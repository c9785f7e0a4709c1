import { dispositionCodesLimit } from "../../../domain/delivery";
import { DeliveryNames, deliveryTable, DispositionCodesMaxLength, maxLengthOf } from "../../../domain/tables";

describe("dispositionCodesLimit", () => {
  it("equals the length of msdyn_disposition_codes in the table description", () => {
    expect(dispositionCodesLimit).toBe(maxLengthOf(deliveryTable, DeliveryNames.dispositionCodes));
    expect(dispositionCodesLimit).toBe(DispositionCodesMaxLength);
  });
});
