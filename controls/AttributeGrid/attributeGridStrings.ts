import { attributeListStringKeys } from "../shared/attributeList/attributeListStrings";
import type { Strings } from "../shared/strings";

/** Every resx key the manifest and the view use; the resx tests check both languages hold exactly these. */
export const attributeGridStringKeys = [
  "AttributeGrid_Name",
  "AttributeGrid_Description",
  "Attributes_Dataset",
  "Attributes_Dataset_Description",
  "Keyword_Property",
  "Keyword_Property_Description",
  "Value_Property",
  "Value_Property_Description",
  "Type_Property",
  "Type_Property_Description",
  "Error_Boundary",
  "Error_Retry",
  "Empty",
  "Loading",
  "Paging",
  "Load_Error",
  ...attributeListStringKeys,
] as const;

export type AttributeGridStringKey = (typeof attributeGridStringKeys)[number];
export type AttributeGridStrings = Strings<AttributeGridStringKey>;
