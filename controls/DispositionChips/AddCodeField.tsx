/** @jsx h */
import { DefaultButton, TextField, type ITextField } from "@fluentui/react";
import type * as React from "react";
import { useValue } from "../shared/useValue";
import { h } from "../shared/jsx";

export interface AddCodeFieldProps {
  label: string;
  placeholder: string;
  buttonText: string;
  /** Localised reason the last addition was refused. */
  errorMessage?: string;
  /** Returns true when the code was taken, which clears the field. */
  onAdd: (typed: string) => boolean;
  fieldRef?: React.RefObject<ITextField>;
}

/** A text field and an Add button; Enter in the field adds too. */
export function AddCodeField(props: AddCodeFieldProps): React.ReactElement {
  const typed = useValue("");
  const submit = (): void => {
    if (props.onAdd(typed.value)) {
      typed.set("");
    }
  };
  return (
    <div style={{ display: "flex", alignItems: "flex-end", gap: 8, flexWrap: "wrap" }}>
      <TextField
        label={props.label}
        placeholder={props.placeholder}
        value={typed.value}
        errorMessage={props.errorMessage}
        componentRef={props.fieldRef}
        styles={{ root: { flex: "1 1 160px", minWidth: 0 } }}
        onChange={(_event, value) => typed.set(value ?? "")}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            submit();
          }
        }}
      />
      <DefaultButton text={props.buttonText} onClick={submit} />
    </div>
  );
}
