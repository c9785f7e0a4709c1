/**
 * A plain field on the form: its label, the value in a text box that is read-only while a script
 * has disabled the control, and the control's notification under it, tied to the box so a
 * screen reader reads the message with the field.
 */
import * as React from "react";
import type { ControlState } from "../xrm/formState";

export interface FieldCellProps {
  column: string;
  label: string;
  /** The form's showlabel false: the label is there for screen readers only. */
  hideLabel?: boolean;
  value: string;
  control: ControlState | undefined;
  onChange(value: string): void;
}

export function FieldCell(props: FieldCellProps): React.ReactElement | null {
  const { control } = props;
  if (control && !control.visible) return null;
  const inputId = `field-${props.column}`;
  const message = control?.notifications.values().next().value;
  const messageId = `${inputId}-notification`;
  return (
    <div className="form-field" data-column={props.column}>
      <label htmlFor={inputId} className={props.hideLabel ? "visually-hidden" : undefined}>
        {props.label}
      </label>
      <input
        id={inputId}
        type="text"
        value={props.value}
        readOnly={control?.disabled ?? false}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? messageId : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <FieldNotification id={messageId} message={message} />
    </div>
  );
}

/** A control notification, under the field (or the code component) it belongs to. */
export function FieldNotification(props: { id: string; message: string | undefined }): React.ReactElement | null {
  if (!props.message) return null;
  return (
    <p id={props.id} className="field-notification" role="alert">
      {props.message}
    </p>
  );
}
