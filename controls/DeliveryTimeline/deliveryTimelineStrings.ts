import type { DialModeKind } from "../../domain/delivery/dialMode";
import type { DeliveryResultKind } from "../../domain/delivery/result";
import type { DeliveryStatusKind } from "../../domain/delivery/status";
import type { Strings } from "../shared/strings";

/** Every resx key the control uses; the resx tests check both languages hold them all. */
export const deliveryTimelineStringKeys = [
  "DeliveryTimeline_Name",
  "DeliveryTimeline_Description",
  "WindowStart_Property",
  "WindowStart_Property_Description",
  "WindowEnd_Property",
  "WindowEnd_Property_Description",
  "CallStart_Property",
  "CallStart_Property_Description",
  "CallEnd_Property",
  "CallEnd_Property_Description",
  "ResultDate_Property",
  "ResultDate_Property_Description",
  "Result_Property",
  "Result_Property_Description",
  "DialMode_Property",
  "DialMode_Property_Description",
  "Region_Label",
  "Status_Label",
  "Result_Label",
  "DialMode_Label",
  "Status_Loading",
  "Status_NewRecord",
  "Status_WrongTable",
  "Status_Failed_Throttled",
  "Status_Failed_Forbidden",
  "Status_Failed_NotFound",
  "Status_Failed_Offline",
  "Status_Failed_Other",
  "Status_Retry",
  "Status_Loaded_Announcement",
  "Status_Pending",
  "Status_InProcess",
  "Status_Complete",
  "Status_Expired",
  "Status_Cancelled",
  "Status_Error",
  "Result_CallEnded",
  "Result_CallFailed",
  "Result_BotFailed",
  "Result_Expired",
  "Result_Cancelled",
  "Result_Error",
  "Result_LiveAnswer",
  "Result_AnsweringMachine",
  "Result_AnsweringMachineHangup",
  "Result_Undetermined",
  "Result_NotAHandset",
  "Result_Busy",
  "Result_NoAnswer",
  "Result_InvalidAddress",
  "Result_Terminated",
  "Result_Unknown",
  "Result_Delivered",
  "Result_NotDelivered",
  "DialMode_Copilot",
  "DialMode_Progressive",
  "DialMode_Preview",
  "DialMode_Predictive",
  "Value_Empty",
  "Value_Unrecognised",
  "WindowStart_Label",
  "WindowEnd_Label",
  "CallStart_Label",
  "CallEnd_Label",
  "CallDuration_Label",
  "ResultDate_Label",
  "Now_Label",
  "Date_NotSet",
  "Now_InWindow",
  "Now_BeforeWindow",
  "Now_AfterWindow",
  "Duration_Negative",
  "Duration_Days",
  "Duration_Hours",
  "Duration_Minutes",
  "Duration_Seconds",
  "Anomalies_Label",
  "Anomaly_noDates",
  "Anomaly_missingWindowStart",
  "Anomaly_missingWindowEnd",
  "Anomaly_windowEndBeforeStart",
  "Anomaly_callEndBeforeStart",
  "Anomaly_callEndWithoutStart",
  "Anomaly_callStartBeforeWindow",
  "Anomaly_callStartAfterWindow",
  "Anomaly_expiredWithoutCall",
  "Anomaly_activeAfterWindow",
  "Dates_Note",
  "Error_Render",
] as const;

export type DeliveryTimelineStringKey = (typeof deliveryTimelineStringKeys)[number];
export type DeliveryTimelineStrings = Strings<DeliveryTimelineStringKey>;

/** The documented kinds of each translated column, by the prefix of their resx keys. */
export interface DocumentedKinds {
  Status: DeliveryStatusKind;
  Result: DeliveryResultKind;
  DialMode: DialModeKind;
}

type KeysOf<T extends DeliveryTimelineStringKey> = T;
/**
 * A documented value's key is its column's prefix and its kind, e.g. Result_CallEnded. This
 * fails to compile when a kind is added to the domain without its key in the list above.
 */
export type DocumentedValueKey = KeysOf<
  { [P in keyof DocumentedKinds]: `${P}_${DocumentedKinds[P]}` }[keyof DocumentedKinds]
>;
