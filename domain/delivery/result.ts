import type { Tone } from "./tone";
import { createClassifier, tonesOf, type ValueClass } from "./valueClass";

/**
 * msdyn_result values: the delivery results, the SIP-level call outcomes and the SMS
 * outcomes that Microsoft documents. "Not delivered" is written with a space.
 */
export type DeliveryResultKind =
  | "CallEnded"
  | "CallFailed"
  | "BotFailed"
  | "Expired"
  | "Cancelled"
  | "Error"
  | "LiveAnswer"
  | "AnsweringMachine"
  | "AnsweringMachineHangup"
  | "Undetermined"
  | "NotAHandset"
  | "Busy"
  | "NoAnswer"
  | "InvalidAddress"
  | "Terminated"
  | "Unknown"
  | "Delivered"
  | "NotDelivered";
export type DeliveryResult = ValueClass<DeliveryResultKind>;

const resultTones: Readonly<Record<DeliveryResultKind, Tone>> = /*#__PURE__*/ tonesOf({
  success: "CallEnded LiveAnswer Delivered",
  warning: "AnsweringMachine AnsweringMachineHangup Busy NoAnswer Expired Terminated",
  neutral: "Cancelled Undetermined Unknown",
  danger: "CallFailed BotFailed Error InvalidAddress NotAHandset NotDelivered",
});

export const classifyResult = /*#__PURE__*/ createClassifier(resultTones);
