import type { Tone } from "./tone";
import { createClassifier, type ValueClass } from "./valueClass";

/** msdyn_dialmode_type values; Predictive appears on the outbound dashboard only. */
export type DialModeKind = "Copilot" | "Progressive" | "Preview" | "Predictive";
export type DialMode = ValueClass<DialModeKind>;

const dialModeTones: Readonly<Record<DialModeKind, Tone>> = {
  Copilot: "info",
  Progressive: "neutral",
  Preview: "neutral",
  Predictive: "neutral",
};

export const classifyDialMode = /*#__PURE__*/ createClassifier(dialModeTones);
