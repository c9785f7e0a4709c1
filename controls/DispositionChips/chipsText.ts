import type { DispositionProblem } from "../../domain/delivery/dispositionParse";
import type { AddRefusal, ChipsAnnouncement, ChipsState } from "./chipsState";
import type { DispositionChipsStrings } from "./dispositionChipsStrings";

/** Turns the control's state into the sentences the view shows; one place for wording. */
export function problemText(problem: DispositionProblem, strings: DispositionChipsStrings): string {
  switch (problem.kind) {
    case "unterminatedQuote":
      return strings.format("Problem_UnterminatedQuote", problem.position);
    case "textAfterQuote":
      return strings.format("Problem_TextAfterQuote", problem.position);
    case "tooLong":
      return strings.format("Problem_StoredTooLong", problem.length, problem.limit);
  }
}

export function storedTextNotes(state: ChipsState, strings: DispositionChipsStrings): string[] {
  const notes = state.problems.map((problem) => problemText(problem, strings));
  if (state.duplicateCount > 0) {
    notes.push(strings.format("Note_Duplicates", state.duplicateCount));
  }
  return notes;
}

export function refusalText(refusal: AddRefusal | undefined, strings: DispositionChipsStrings): string | undefined {
  switch (refusal?.reason) {
    case undefined:
      return undefined;
    case "empty":
      return strings.get("Add_Error_Empty");
    case "alreadyPresent":
      return strings.get("Add_Error_AlreadyPresent");
    case "tooLong":
      return strings.format("Add_Error_TooLong", refusal.length, refusal.limit);
  }
}

export function announcementText(
  announcement: ChipsAnnouncement | undefined,
  strings: DispositionChipsStrings,
): string | undefined {
  switch (announcement?.kind) {
    case undefined:
      return undefined;
    case "added":
      return strings.format("Announce_Added", announcement.codes.join(", "));
    case "removed":
      return strings.format("Announce_Removed", announcement.code);
  }
}
