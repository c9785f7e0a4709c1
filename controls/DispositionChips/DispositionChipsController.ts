import { addCodeList, addCodes, removeCode, type AddCodesOutcome } from "../../domain/delivery/dispositionEdit";
import { parseDispositionCodes } from "../../domain/delivery/dispositionParse";
import { createStore } from "../shared/useStore";
import type { ChipsAnnouncement, ChipsState, VocabularyState } from "./chipsState";

/**
 * The chips' state: owns the list of codes between the stored text and the chips: reads the stored text,
 * applies the user's additions and removals and keeps the canonical text to write back.
 * The view only renders the state and reports what the user did, through `add`, `pick` and
 * `remove` (arrow properties, so their identity stays the same between renders). The
 * environment's list of allowed codes arrives once, from `useVocabulary`.
 */
export class DispositionChipsController {
  readonly store = createStore<ChipsState>({
    codes: [],
    problems: [],
    duplicateCount: 0,
    vocabulary: { kind: "none" },
  });
  private pendingText: string | undefined;
  private hasOutput = false;

  constructor(
    private readonly onOutput: () => void,
    private limit: number,
  ) {}

  /** Takes a value from the host. Our own write coming back unchanged keeps the current state. */
  load(storedText: string | null, limit: number): void {
    this.limit = limit;
    const text = storedText ?? "";
    if (this.hasOutput && text === this.pendingText) {
      return;
    }
    const parsed = parseDispositionCodes(text, limit);
    this.hasOutput = false;
    this.store.set({
      codes: parsed.codes,
      problems: parsed.problems,
      duplicateCount: parsed.duplicates.length,
      vocabulary: this.store.get().vocabulary,
    });
  }

  /**
   * The list of allowed codes, when its read ends (after destroy the store has no one to tell).
   * No list changes nothing on screen, so it renders nothing again.
   */
  useVocabulary(reading: Promise<VocabularyState>): void {
    void reading.then(
      (vocabulary) => vocabulary.kind !== "none" && this.store.set({ ...this.store.get(), vocabulary }),
    );
  }

  /** The allowed codes, or none when there is no usable list (any code may be added). */
  private allowed(): readonly string[] | undefined {
    const vocabulary = this.store.get().vocabulary;
    return vocabulary.kind === "list" ? vocabulary.codes : undefined;
  }

  /** Returns true when the typed text was taken, so the view can clear its input. */
  readonly add = (typed: string): boolean =>
    this.apply(addCodes(this.store.get().codes, typed, this.limit, this.allowed()));

  /** A suggestion the user chose: added as the list spells it. */
  readonly pick = (code: string): boolean =>
    this.apply(addCodeList(this.store.get().codes, [code], this.limit, this.allowed()));

  readonly remove = (code: string): void => {
    const outcome = removeCode(this.store.get().codes, code, this.limit);
    this.written(outcome.text, outcome.codes, { kind: "removed", code });
  };

  /** The text to store, or undefined before the user changed anything. */
  output(): string | undefined {
    return this.hasOutput ? this.pendingText : undefined;
  }

  private apply(outcome: AddCodesOutcome): boolean {
    if (!outcome.ok) {
      this.store.set({ ...this.store.get(), refusal: outcome, announcement: undefined });
      return false;
    }
    this.written(outcome.text, outcome.codes, { kind: "added", codes: outcome.added });
    return true;
  }

  /** Keeps the text to write back and shows its codes; what we write is canonical, so problems of the old stored text no longer apply. */
  private written(text: string, codes: string[], announcement: ChipsAnnouncement): void {
    this.pendingText = text;
    this.hasOutput = true;
    this.onOutput();
    this.store.set({ codes, problems: [], duplicateCount: 0, vocabulary: this.store.get().vocabulary, announcement });
  }
}
