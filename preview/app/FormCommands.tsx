/**
 * Save and Discard above a form, the unsaved columns announced politely, and a failed save
 * as an alert: the same on every form page of the preview.
 */
import * as React from "react";
import type { FormRecordState } from "./useFormRecord";

export function FormCommands(props: { form: FormRecordState; onSave: () => void }): React.ReactElement {
  const { form } = props;
  return (
    <>
      <div className="form-commands">
        <button type="button" onClick={props.onSave} disabled={form.dirty.length === 0}>
          Save
        </button>
        <button type="button" onClick={form.discard} disabled={form.dirty.length === 0}>
          Discard changes
        </button>
        <span aria-live="polite" className="form-state">
          {form.dirty.length > 0 ? `Unsaved changes: ${form.dirty.join(", ")}` : ""}
        </span>
      </div>
      {form.saveError && (
        <p role="alert" className="slot-error">
          {form.saveError}
        </p>
      )}
    </>
  );
}
