import type { Strings } from "../shared/strings";

/** Every resx key the manifest and the view use; the resx tests check both languages hold exactly these. */
export const deliveryInsightsStringKeys = [
  "DeliveryInsights_Name",
  "DeliveryInsights_Description",
  "Deliveries_Dataset",
  "Deliveries_Dataset_Description",
  "RowCap_Property",
  "RowCap_Property_Description",
  "Region_Label",
] as const;

export type DeliveryInsightsStringKey = (typeof deliveryInsightsStringKeys)[number];
export type DeliveryInsightsStrings = Strings<DeliveryInsightsStringKey>;
