import type { DispositionProblem } from "../../domain/delivery/dispositionParse";

/** Why the last addition was refused; shown next to the input. */
export type AddRefusal =
  { reason: "empty" } | { reason: "alreadyPresent" } | { reason: "tooLong"; length: number; limit: number };

/** Something that just happened, read out by screen readers through an aria-live region. */
export type ChipsAnnouncement = { kind: "added"; codes: string[] } | { kind: "removed"; code: string };

export interface ChipsState {
  codes: readonly string[];
  /** Problems found in the stored text (not in what the user typed). */
  problems: readonly DispositionProblem[];
  duplicateCount: number;
  refusal?: AddRefusal;
  announcement?: ChipsAnnouncement;
}
