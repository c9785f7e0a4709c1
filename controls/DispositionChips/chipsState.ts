import type { DispositionProblem } from "../../domain/delivery/dispositionParse";

/** Why the last addition was refused; shown next to the input. */
export type AddRefusal =
  | { reason: "empty" }
  | { reason: "alreadyPresent" }
  | { reason: "notAllowed"; codes: string[] }
  | { reason: "tooLong"; length: number; limit: number };

/** Something that just happened, read out by screen readers through an aria-live region. */
export type ChipsAnnouncement = { kind: "added"; codes: string[] } | { kind: "removed"; code: string };

/**
 * The environment's list of allowed codes (vocabularySource.ts): none (any code may be added;
 * also while the list is read), a list, or not usable (could not be read, or not a JSON list),
 * which the chips mention quietly and then treat as none.
 */
export type VocabularyState =
  { kind: "none" } | { kind: "list"; codes: readonly string[] } | { kind: "unreadable" } | { kind: "invalid" };

export interface ChipsState {
  codes: readonly string[];
  /** Problems found in the stored text (not in what the user typed). */
  problems: readonly DispositionProblem[];
  duplicateCount: number;
  vocabulary: VocabularyState;
  refusal?: AddRefusal;
  announcement?: ChipsAnnouncement;
}
