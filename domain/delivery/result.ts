import type { Tone } from "./tone";
import { createClassifier, type ValueClass } from "./valueClass";

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

const resultTones: Readonly<Record<DeliveryResultKind, Tone>> = {
  CallEnded: "success",
  LiveAnswer: "success",
  Delivered: "success",
  AnsweringMachine: "warning",
  AnsweringMachineHangup: "warning",
  Busy: "warning",
  NoAnswer: "warning",
  Expired: "warning",
  Terminated: "warning",
  Cancelled: "neutral",
  Undetermined: "neutral",
  Unknown: "neutral",
  CallFailed: "danger",
  BotFailed: "danger",
  Error: "danger",
  InvalidAddress: "danger",
  NotAHandset: "danger",
  NotDelivered: "danger",
};

export const classifyResult = /*#__PURE__*/ createClassifier(resultTones);
