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
  "Add_Placeholder_List",
  "Add_Button",
  "Suggestions_Label",
  "Overflow_Text",
  "Overflow_Label",
  "Overflow_Label_One",
  "Overflow_Tooltip_Title",
  "ShowLess_Button",
  "Outside_Mark",
  "Note_Outside",
  "Note_Outside_One",
  "Problem_UnterminatedQuote",
  "Problem_TextAfterQuote",
  "Problem_StoredTooLong",
  "Note_Duplicates",
  "Add_Error_Empty",
  "Add_Error_AlreadyPresent",
  "Add_Error_TooLong",
  "Add_Error_NotAllowed",
  "Add_Error_NotAllowed_One",
  "Announce_Added",
  "Announce_Removed",
  "Vocabulary_Unavailable",
  "Vocabulary_Invalid",
  "Error_Render",
  "Error_Retry",
  "Plural_Language",
] as const;

export type DispositionChipsStringKey = (typeof dispositionChipsStringKeys)[number];
export type DispositionChipsStrings = Strings<DispositionChipsStringKey>;

/**
 * Texts that depend on a number: the key is the text for most numbers (CLDR "other"), the key
 * with _One the text for CLDR "one" (1 in English and German), in the language Plural_Language
 * names. See pluralText in chipsText.ts.
 */
export type DispositionChipsPluralKey = {
  [K in DispositionChipsStringKey]: `${K}_One` extends DispositionChipsStringKey ? K : never;
}[DispositionChipsStringKey];
