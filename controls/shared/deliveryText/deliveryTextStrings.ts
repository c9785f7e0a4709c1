import type { DialModeKind } from "../../../domain/delivery/dialMode";
import type { DeliveryResultKind } from "../../../domain/delivery/result";
import type { DeliveryStatusKind } from "../../../domain/delivery/status";
import type { Strings } from "../strings";

/**
 * The words for a delivery's status, result and dial mode, and for durations. Every control
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
/**
 * A documented value's key is its column's prefix and its kind, e.g. Result_CallEnded. This
 * fails to compile when a kind is added to the domain without its key in the list above.
 */
export type DocumentedValueKey = KeysOf<
  { [P in keyof DocumentedKinds]: `${P}_${DocumentedKinds[P]}` }[keyof DocumentedKinds]
>;
