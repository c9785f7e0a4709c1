import type { Strings } from "../strings";

/**
 * The resx keys the attribute list (toolbar, grouped virtual grid, value cells) uses. Every
 * control that shows it lists these among its own keys and holds them in its resx files.
 */
export const attributeListStringKeys = [
  "Grid_Label",
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
  "Filtered_Empty",
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

export type AttributeListStringKey = (typeof attributeListStringKeys)[number];
export type AttributeListStrings = Strings<AttributeListStringKey>;
