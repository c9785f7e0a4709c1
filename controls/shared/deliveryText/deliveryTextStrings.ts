import type { DialModeKind } from "../../../domain/delivery/dialMode";
import type { DeliveryResultKind } from "../../../domain/delivery/result";
import type { DeliveryStatusKind } from "../../../domain/delivery/status";
import type { TimelineAnomaly } from "../../../domain/delivery/timeline";
import type { Strings } from "../strings";

/**
 * The words for a delivery's status, result and dial mode, for durations and for the date
 * anomalies of domain/delivery/timeline. Every control
 * that names them lists these among its own keys and holds them in its resx files.
 */
export const deliveryTextStringKeys = [
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
  "Duration_Negative",
  "Duration_Days",
  "Duration_Hours",
  "Duration_Minutes",
  "Duration_Seconds",
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
  "Anomaly_messageWithoutSentDate",
  "Anomaly_expiredWithoutMessage",
] as const;

export type DeliveryTextStringKey = (typeof deliveryTextStringKeys)[number];
export type DeliveryTextStrings = Strings<DeliveryTextStringKey>;

/** The documented kinds of each translated column, by the prefix of their resx keys. */
export interface DocumentedKinds {
  Status: DeliveryStatusKind;
  Result: DeliveryResultKind;
  DialMode: DialModeKind;
}

type KeysOf<T extends DeliveryTextStringKey> = T;

/** Fails to compile when the timeline gains an anomaly without its key in the list above. */
export type AnomalyKey = KeysOf<`Anomaly_${TimelineAnomaly}`>;

/**
 * A documented value's key is its column's prefix and its kind, e.g. Result_CallEnded. This
 * fails to compile when a kind is added to the domain without its key in the list above.
 */
export type DocumentedValueKey = KeysOf<
  { [P in keyof DocumentedKinds]: `${P}_${DocumentedKinds[P]}` }[keyof DocumentedKinds]
>;
