import type { Strings } from "../shared/strings";

/** Every resx key the control uses; the resx tests check both languages hold them all. */
export const relatedRecordsStringKeys = [
  "RelatedRecords_Name",
  "RelatedRecords_Description",
  "ContactId_Property",
  "ContactId_Property_Description",
  "ConversationId_Property",
  "ConversationId_Property_Description",
  "QueueId_Property",
  "QueueId_Property_Description",
  "ConfigurationId_Property",
  "ConfigurationId_Property_Description",
  "Region_Label",
  "Label_contact",
  "Label_conversation",
  "Label_queue",
  "Label_configuration",
  "Value_Empty",
  "Resolving",
  "Name_Empty",
  "Open_Label",
  "Reason_malformed",
  "Reason_notFound",
  "Reason_forbidden",
  "Reason_unknownTable",
  "Reason_throttled",
  "Reason_offline",
  "Reason_other",
  "Copy_Label",
  "Copied",
  "Copy_Failed",
  "Error_Render",
  "Error_Retry",
] as const;

export type RelatedRecordsStringKey = (typeof relatedRecordsStringKeys)[number];
export type RelatedRecordsStrings = Strings<RelatedRecordsStringKey>;
