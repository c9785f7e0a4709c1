import type { Strings } from "../shared/strings";

/** Every resx key the view reads; a test checks that each exists in every language file. */
export const attributeGridStringKeys = [
  "Grid_Label",
  "Error_Boundary",
  "Filter_Placeholder",
  "Summary",
  "Summary_Filtered",
  "Column_Keyword",
  "Column_Value",
  "Column_Actions",
  "Group_Input",
  "Group_Result",
  "Group_Unknown",
  "Group_None",
  "Group_Count",
  "Group_Count_Filtered",
  "Empty",
  "Filtered_Empty",
  "Loading",
  "Paging",
  "Load_Error",
  "Copy",
  "Copy_Label",
  "Copied",
  "Copy_Failed",
  "Show_All",
  "Show_Less",
  "Show_Json",
  "Hide_Json",
  "Empty_Value",
  "No_Keyword",
  "Kind_Json",
  "Kind_Url",
  "Kind_Number",
  "Kind_Date",
] as const;

export type AttributeGridStringKey = (typeof attributeGridStringKeys)[number];
export type AttributeGridStrings = Strings<AttributeGridStringKey>;
