import type { Strings } from "../shared/strings";

/** Every resx key the control uses; the resx tests check both languages hold them all. */
export const dispositionChipsStringKeys = [
  "DispositionChips_Name",
  "DispositionChips_Description",
  "Codes_Property",
  "Codes_Property_Description",
  "Region_Label",
  "List_Label",
  "Empty",
  "NotReadable",
  "Remove_Label",
  "Add_Label",
  "Add_Placeholder",
  "Add_Button",
  "Overflow_Text",
  "Overflow_Label",
  "Overflow_Tooltip_Title",
  "ShowLess_Button",
  "Problem_UnterminatedQuote",
  "Problem_TextAfterQuote",
  "Problem_StoredTooLong",
  "Note_Duplicates",
  "Add_Error_Empty",
  "Add_Error_AlreadyPresent",
  "Add_Error_TooLong",
  "Announce_Added",
  "Announce_Removed",
  "Error_Render",
] as const;

export type DispositionChipsStringKey = (typeof dispositionChipsStringKeys)[number];
export type DispositionChipsStrings = Strings<DispositionChipsStringKey>;
