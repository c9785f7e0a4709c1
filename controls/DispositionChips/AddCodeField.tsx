/** @jsx h */
import { DefaultButton, getId, TextField, type ITextField } from "@fluentui/react";
import * as React from "react";
import { useValue } from "../shared/useValue";
import { h } from "../shared/jsx";

/** The list's background and border, and the outline of the option the arrow keys are on. */
export interface SuggestionColours {
  background: string;
  border: string;
  active: string;
}

export interface AddCodeFieldProps {
  label: string;
  placeholder: string;
  buttonText: string;
  /** Localised reason the last addition was refused. */
  errorMessage?: string;
  /** Returns true when the code was taken, which clears the field. */
  onAdd: (typed: string) => boolean;
  fieldRef?: React.RefObject<ITextField>;
  /**
   * With a list of allowed codes: the codes to offer for what is typed and the list's accessible
   * name. Without one the field is a plain text box.
   */
  suggestions?: {
    codes: (typed: string) => string[];
    label: string;
    onPick: (code: string) => boolean;
    colours: SuggestionColours;
  };
}

const listStyle: React.CSSProperties = {
  listStyle: "none",
  margin: "2px 0 0",
  padding: 0,
  maxHeight: 200,
  overflowY: "auto",
  borderWidth: 1,
  borderStyle: "solid",
};

const optionStyle: React.CSSProperties = {
  minHeight: 24,
  padding: "2px 8px",
  lineHeight: "20px",
  cursor: "pointer",
  boxSizing: "border-box",
};

/**
 * A text field and an Add button; Enter in the field adds too. With a list of allowed codes it
 * is a combobox (ARIA 1.2, list autocomplete): the matching codes show under it as the user
 * types, the arrow keys move through them, Enter takes the one chosen (or what was typed,
 * matched to the list without regard to case), Escape closes the list.
 */
export function AddCodeField(props: AddCodeFieldProps): React.ReactElement {
  const typed = useValue("");
  // The option the arrow keys are on: -1 none (the list is open), -2 the list is closed.
  const active = useValue(-2);
  const listId = React.useState(() => getId("pdx-dc-suggestions"))[0];
  const suggestions = props.suggestions;
  const options = suggestions && active.value > -2 ? suggestions.codes(typed.value) : [];
  const current = active.value < options.length ? active.value : -1;

  const done = (taken: boolean): void => {
    if (taken) {
      typed.set("");
      active.set(-2);
    }
  };
  const submit = (): void => done(props.onAdd(typed.value));
  const pick = (code: string): void => {
    if (suggestions) done(suggestions.onPick(code));
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void => {
    if (event.key === "Enter") {
      event.preventDefault();
      if (current >= 0) pick(options[current]);
      else submit();
    } else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && suggestions) {
      event.preventDefault();
      const count = suggestions.codes(typed.value).length;
      // Down from the field goes to the first code, up to the last; both wrap around.
      active.set(
        count === 0 ? -1 : event.key === "ArrowDown" ? (current + 1) % count : (current > 0 ? current : count) - 1,
      );
    } else if (event.key === "Escape" && options.length > 0) {
      event.preventDefault();
      active.set(-2);
    }
  };

  const colours = suggestions?.colours;
  const expanded = options.length > 0;
  const comboboxProps = suggestions
    ? {
        role: "combobox",
        "aria-autocomplete": "list" as const,
        "aria-expanded": expanded,
        "aria-controls": expanded ? listId : undefined,
        "aria-activedescendant": current >= 0 ? `${listId}-${current}` : undefined,
      }
    : {};
  return (
    <div>
      <div style={{ display: "flex", alignItems: "flex-end", gap: 8, flexWrap: "wrap" }}>
        <TextField
          label={props.label}
          placeholder={props.placeholder}
          value={typed.value}
          errorMessage={props.errorMessage}
          componentRef={props.fieldRef}
          autoComplete="off"
          styles={{ root: { flex: "1 1 160px", minWidth: 0 } }}
          onChange={(_event, value) => {
            typed.set(value || "");
            active.set(-1);
          }}
          onBlur={() => active.set(-2)}
          onKeyDown={onKeyDown}
          {...comboboxProps}
        />
        <DefaultButton text={props.buttonText} onClick={submit} />
      </div>
      {expanded && colours && (
        <ul
          id={listId}
          role="listbox"
          aria-label={suggestions.label}
          style={{ ...listStyle, background: colours.background, borderColor: colours.border }}
        >
          {options.map((code, index) => (
            <li
              key={code}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              dir="auto"
              style={
                index === current
                  ? { ...optionStyle, fontWeight: 600, outline: `2px solid ${colours.active}`, outlineOffset: -2 }
                  : optionStyle
              }
              // Keep the focus in the field, so the list stays a part of it.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(code)}
            >
              {code}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
