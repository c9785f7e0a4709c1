import type { DispositionProblem } from "../../domain/delivery/dispositionParse";
import type { AddRefusal, ChipsAnnouncement, ChipsState, VocabularyState } from "./chipsState";
import type { DispositionChipsPluralKey, DispositionChipsStrings } from "./dispositionChipsStrings";

/** Turns the control's state into the sentences the view shows; one place for wording. */

/**
 * A text that depends on a number: the plural rules (Intl.PluralRules, CLDR) of the language the
 * strings are written in (the resx's own Plural_Language, so a user whose language has no resx
 * gets English rules with the English text) pick the key's _One text for the "one" category and
 * the key itself for every other: 1 reads "1 more code", 21 "21 more codes". {0} is the count,
 * {1} the detail (a list of codes).
 */
export function pluralText(
  strings: DispositionChipsStrings,
  key: DispositionChipsPluralKey,
  count: number,
  detail = "",
): string {
  const one = new Intl.PluralRules(strings.get("Plural_Language")).select(count) === "one";
  return strings.format(one ? `${key}_One` : key, count, detail);
}

/** Codes inside a sentence keep their own direction: each in Unicode first-strong isolate … pop isolate. */
const listOf = (codes: readonly string[]): string => `\u2068${codes.join("\u2069, \u2068")}\u2069`;

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

/** Notes about the stored codes; `outside`: those the list of allowed codes lacks. */
export function storedTextNotes(
  state: ChipsState,
  strings: DispositionChipsStrings,
  outside: readonly string[],
): string[] {
  const notes = state.problems.map((problem) => problemText(problem, strings));
  if (state.duplicateCount > 0) {
    notes.push(strings.get("Note_Duplicates"));
  }
  if (outside.length > 0) {
    notes.push(pluralText(strings, "Note_Outside", outside.length, listOf(outside)));
  }
  return notes;
}

/** A quiet note when the list of allowed codes could not be used; nothing otherwise. */
export function vocabularyNote(vocabulary: VocabularyState, strings: DispositionChipsStrings): string | undefined {
  return vocabulary.kind === "unreadable"
    ? strings.get("Vocabulary_Unavailable")
    : vocabulary.kind === "invalid"
      ? strings.get("Vocabulary_Invalid")
      : undefined;
}

export function refusalText(refusal: AddRefusal | undefined, strings: DispositionChipsStrings): string | undefined {
  switch (refusal?.reason) {
    case undefined:
      return undefined;
    case "empty":
      return strings.get("Add_Error_Empty");
    case "alreadyPresent":
      return strings.get("Add_Error_AlreadyPresent");
    case "notAllowed":
      return pluralText(strings, "Add_Error_NotAllowed", refusal.codes.length, listOf(refusal.codes));
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
