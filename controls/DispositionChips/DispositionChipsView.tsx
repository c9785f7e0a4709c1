/** @jsx h */
/** @jsxFrag Fragment */
import type { ITextField } from "@fluentui/react";
import * as React from "react";
import { visibleChipCount } from "../../domain/delivery/chipLayout";
import { codeColour } from "../../domain/delivery/codeColour";
import { codesOutside, suggestCodes } from "../../domain/delivery/dispositionVocabulary";
import { ControlRoot } from "../shared/ControlRoot";
import { LiveRegion } from "../shared/LiveRegion";
import type { ControlTheme } from "../shared/theme";
import { useStore, type Store } from "../shared/useStore";
import { useValue } from "../shared/useValue";
import { AddCodeField } from "./AddCodeField";
import { Chip } from "../shared/Chip";
import type { ChipsState } from "./chipsState";
import type { DispositionChipsStrings } from "./dispositionChipsStrings";
import { announcementText, pluralText, refusalText, storedTextNotes, vocabularyNote } from "./chipsText";
import { OverflowChip } from "./OverflowChip";
import { ProblemNotes } from "./ProblemNotes";
import { Fragment, h } from "../shared/jsx";

export interface DispositionChipsViewProps {
  store: Store<ChipsState>;
  strings: DispositionChipsStrings;
  theme: ControlTheme;
  editable: boolean;
  readable: boolean;
  /** Width the host gives the control; decides how many chips show before "+N". */
  availableWidth: number;
  onAdd: (typed: string) => boolean;
  onPick: (code: string) => boolean;
  onRemove: (code: string) => void;
}

const listStyle: React.CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  gap: 4,
  listStyle: "none",
  margin: 0,
  padding: 0,
};

function ChipsBody(props: DispositionChipsViewProps): React.ReactElement {
  const { strings, theme, editable } = props;
  const state = useStore(props.store);
  const expanded = useValue(false);
  const removeButtons = React.useRef(new Map<string, HTMLButtonElement>());
  const field = React.useRef<ITextField>(null);
  const focusAfterRemove = useValue<number | undefined>(undefined);

  const codes = state.codes;
  const fitting = React.useMemo(
    () => visibleChipCount(codes, { availableWidth: props.availableWidth, removable: editable }),
    [codes, props.availableWidth, editable],
  );
  const shown = expanded.value ? codes.length : fitting;
  const hidden = codes.length - shown;

  // Removing a chip takes its button away; keyboard focus moves to the next chip's button,
  // or the input when none is left, instead of falling back to the page.
  const pendingFocus = focusAfterRemove.value;
  React.useEffect(() => {
    if (pendingFocus === undefined) {
      return;
    }
    const target = codes[Math.min(pendingFocus, shown - 1)];
    const button = target === undefined ? undefined : removeButtons.current.get(target);
    if (button) {
      button.focus();
    } else {
      field.current?.focus();
    }
    focusAfterRemove.set(undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focusAfterRemove.set is React's stable setter; the effect depends on the value
  }, [pendingFocus, codes, shown]);

  const remove = (code: string): void => {
    focusAfterRemove.set(codes.indexOf(code));
    props.onRemove(code);
  };
  const dark = theme.mode === "dark";
  const allowed = state.vocabulary.kind === "list" ? state.vocabulary.codes : undefined;
  const outsideCodes = allowed ? codesOutside(allowed, codes) : [];
  const outside = new Set(outsideCodes);
  const notes = storedTextNotes(state, strings, outsideCodes);
  const quietNote = vocabularyNote(state.vocabulary, strings);
  const highContrast = theme.mode === "highContrast";
  const semantic = theme.fluent.semanticColors;

  return (
    <>
      {codes.length === 0 ? (
        <div style={{ color: theme.tones.neutral }}>{strings.get("Empty")}</div>
      ) : (
        <ul style={listStyle} aria-label={strings.format("List_Label", codes.length)}>
          {codes.slice(0, shown).map((code) => (
            <Chip
              key={code}
              code={code}
              colour={highContrast ? undefined : codeColour(code, dark)}
              focusRing={theme.focus}
              mark={outside.has(code) ? strings.get("Outside_Mark") : undefined}
              removeLabel={strings.format("Remove_Label", code)}
              onRemove={editable ? remove : undefined}
              removeButtonRef={(button) => {
                if (button) {
                  removeButtons.current.set(code, button);
                } else {
                  removeButtons.current.delete(code);
                }
              }}
            />
          ))}
          {fitting < codes.length && (
            <OverflowChip
              allCodes={codes}
              text={expanded.value ? strings.get("ShowLess_Button") : strings.format("Overflow_Text", hidden)}
              label={expanded.value ? strings.get("ShowLess_Button") : pluralText(strings, "Overflow_Label", hidden)}
              tooltipTitle={strings.get("Overflow_Tooltip_Title")}
              expanded={expanded.value}
              onToggle={() => expanded.set(!expanded.value)}
            />
          )}
        </ul>
      )}
      <ProblemNotes notes={notes} colour={theme.tones.warning} />
      {quietNote && <p style={{ margin: "4px 0 0", fontSize: 12, color: theme.tones.neutral }}>{quietNote}</p>}
      {editable && (
        <AddCodeField
          label={strings.get("Add_Label")}
          placeholder={strings.get(allowed ? "Add_Placeholder_List" : "Add_Placeholder")}
          buttonText={strings.get("Add_Button")}
          errorMessage={refusalText(state.refusal, strings)}
          onAdd={props.onAdd}
          fieldRef={field}
          suggestions={
            allowed && {
              codes: (typed) => suggestCodes(allowed, typed, codes, 8),
              label: strings.get("Suggestions_Label"),
              onPick: props.onPick,
              // In high contrast these are the system colours the host's tokens name.
              colours: {
                background: semantic.bodyBackground,
                border: semantic.inputBorder,
                active: semantic.inputFocusBorderAlt,
              },
            }
          }
        />
      )}
      <LiveRegion message={announcementText(state.announcement, strings)} />
    </>
  );
}

/** Disposition codes as chips, with "+N" overflow and, when the field is editable, add and remove. */
export function DispositionChipsView(props: DispositionChipsViewProps): React.ReactElement {
  const { strings } = props;
  return (
    <ControlRoot
      theme={props.theme}
      label={strings.get("Region_Label")}
      errorMessage={strings.get("Error_Render")}
      retry={strings.get("Error_Retry")}
    >
      {props.readable ? <ChipsBody {...props} /> : <div>{strings.get("NotReadable")}</div>}
    </ControlRoot>
  );
}
