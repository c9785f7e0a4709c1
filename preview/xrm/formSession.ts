/// <reference types="xrm" />
/**
 * One open record on a form with its scripts: the platform's sequence of OnLoad when it opens,
 * OnChange after a user's change and OnSave before a write, over one FormState. Handlers run
 * as the platform runs them: each on its own, a throw reported on the console rather than
 * stopping the next (the platform shows a script error dialog instead).
 */
import { createFormContext, type PreviewFormContext } from "./formContext";
import type { FormLayout } from "./formLayout";
import { handlersOf, resolveHandler } from "./formScripts";
import { createSaveEventContext } from "./saveEvent";
import { FormState, type FormValue } from "./formState";

export type StoredValue = string | number | null;

export interface FormSessionRecord {
  id: string;
  values: Readonly<Record<string, StoredValue>>;
  dirty: readonly string[];
}

/** The store holds dates as ISO text; on a form a date column's value is a Date. */
export type DateColumnTest = (column: string) => boolean;

function runHandler(functionName: string, context: Xrm.Events.EventContext): void {
  const handler = resolveHandler(functionName);
  if (!handler) {
    console.error(`Form script handler ${functionName} is not defined`);
    return;
  }
  try {
    const result = handler(context);
    if (result instanceof Promise) result.catch((error: unknown) => console.error(functionName, error));
  } catch (error) {
    console.error(functionName, error);
  }
}

export class FormSession {
  readonly state: FormState;
  private readonly form: PreviewFormContext;

  constructor(
    readonly layout: FormLayout,
    record: FormSessionRecord,
    private readonly isDateColumn: DateColumnTest,
    languageId = 1033,
  ) {
    this.state = new FormState(layout, languageId);
    this.sync(record);
    this.form = createFormContext(this.state, { table: layout.table, id: record.id });
    for (const handler of handlersOf(layout.table, "onchange")) {
      if (handler.attribute) {
        this.form.formContext
          .getAttribute(handler.attribute)
          ?.addOnChange((context) => runHandler(handler.functionName, context));
      }
    }
  }

  private formValue(column: string, value: StoredValue): FormValue {
    return this.isDateColumn(column) && typeof value === "string" ? new Date(value) : value;
  }

  /** Takes the record as the page holds it now (after a load, a save or a discard). */
  sync(record: FormSessionRecord): void {
    for (const column of this.state.columns)
      this.state.values.set(column, this.formValue(column, record.values[column] ?? null));
    this.state.dirty.clear();
    for (const column of record.dirty) this.state.dirty.add(column);
  }

  private context(): Xrm.Events.EventContext {
    return {
      getFormContext: () => this.form.formContext,
      getEventSource: () => null,
    } as unknown as Xrm.Events.EventContext;
  }

  onLoad(): void {
    for (const handler of handlersOf(this.layout.table, "onload")) runHandler(handler.functionName, this.context());
  }

  /** A user's change: the value is the attribute's before its change handlers run. */
  change(column: string, value: StoredValue): void {
    if (!this.state.values.has(column)) return;
    this.state.values.set(column, this.formValue(column, value));
    this.state.dirty.add(column);
    this.form.fireOnChange(column);
    this.state.changed();
  }

  /** Runs OnSave; false when a handler prevented the save. */
  onSave(): boolean {
    const context = createSaveEventContext(this.form.formContext);
    for (const handler of handlersOf(this.layout.table, "onsave")) runHandler(handler.functionName, context);
    return !context.getEventArgs().isDefaultPrevented();
  }
}
