import { addCodes, removeCode } from "../../domain/delivery/dispositionEdit";
import { parseDispositionCodes } from "../../domain/delivery/dispositionParse";
import { createStore } from "../shared/useStore";
import type { ChipsState } from "./chipsState";

/**
 * The chips' state: owns the list of codes between the stored text and the chips: reads the stored text,
 * applies the user's additions and removals and keeps the canonical text to write back.
 * The view only renders the state and reports what the user did, through `add` and `remove`
 * (arrow properties, so their identity stays the same between renders).
 */
export class DispositionChipsController {
  readonly store = createStore<ChipsState>({ codes: [], problems: [], duplicateCount: 0 });
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
    this.store.set({ codes: parsed.codes, problems: parsed.problems, duplicateCount: parsed.duplicates.length });
  }

  /** Returns true when the typed text was taken, so the view can clear its input. */
  readonly add = (typed: string): boolean => {
    const state = this.store.get();
    const outcome = addCodes(state.codes, typed, this.limit);
    if (!outcome.ok) {
      this.store.set({ ...state, refusal: outcome, announcement: undefined });
      return false;
    }
    this.write(outcome.text);
    // What we write is canonical, so problems of the old stored text no longer apply.
    this.store.set({
      codes: outcome.codes,
      problems: [],
      duplicateCount: 0,
      announcement: { kind: "added", codes: outcome.added },
    });
    return true;
  };

  readonly remove = (code: string): void => {
    const state = this.store.get();
    const outcome = removeCode(state.codes, code, this.limit);
    this.write(outcome.text);
    this.store.set({ codes: outcome.codes, problems: [], duplicateCount: 0, announcement: { kind: "removed", code } });
  };

  /** The text to store, or undefined before the user changed anything. */
  output(): string | undefined {
    return this.hasOutput ? this.pendingText : undefined;
  }

  private write(text: string): void {
    this.pendingText = text;
    this.hasOutput = true;
    this.onOutput();
  }
}
