/**
 * The form's tabs, sections and cells as its definition lays them out, labelled in the user's
 * language, with what the scripts changed: hidden tabs, sections and fields left out, tab and
 * section labels as set, plain fields read-only while disabled.
 *
 * The tabs are a tab list (the ARIA tabs pattern: arrow keys move along it, Home and End go to
 * the first and last tab, the selected tab's panel shows), as a model-driven form shows one tab
 * at a time; a control mounts when its tab opens. `tab="all"` shows every tab's panel instead,
 * one under the other with the tab's label as its heading, so a reader (or a browser test) sees
 * every control at once.
 *
 * A section lays its cells out in its columns (the form's columns attribute) and hides its label
 * where the form does (still naming the section for screen readers); a cell with showlabel false
 * hides its label the same way. A cell with a code component shows the control (renderControl
 * heads its slot with the cell's label, hidden where the cell hides it), its control
 * notification under it, and the bound column's own text box folded away (the platform's "show
 * the default control"), so text the component would never write can still be typed in and checked.
 */
import * as React from "react";
import { layoutLabel, type FormLayout, type LayoutCell, type LayoutTab } from "../xrm/formLayout";
import type { FormState } from "../xrm/formState";
import { FieldCell, FieldNotification } from "./FieldCell";

export interface FormLayoutViewProps {
  layout: FormLayout;
  state: FormState | undefined;
  /** The user's language: the labels' language (the base language's where one has none). */
  languageId: number;
  /** Right to left: the arrow keys follow the reading direction. */
  isRTL?: boolean;
  /** The tab open first (its name), or "all" for every tab's panel at once. Default: the first tab. */
  tab?: string;
  value(column: string): string;
  onChange(column: string, value: string): void;
  /** The code component of a cell, its slot headed by the cell's label (layoutLabel) unless cell.showLabel is false. */
  renderControl(cell: LayoutCell): React.ReactNode;
}

/** The show-every-tab mode's name. */
export const ALL_TABS = "all";

function Cell(props: FormLayoutViewProps & { cell: LayoutCell }): React.ReactElement | null {
  const { cell, state } = props;
  const label = layoutLabel(cell.label, props.languageId);
  if (cell.kind === "subgrid") {
    return (
      <div className="form-component-cell" data-cell={cell.name}>
        {/* A code component's slot is headed by the cell's label itself (renderControl). */}
        {cell.showLabel && !cell.control && <div className="form-cell-label">{label}</div>}
        {props.renderControl(cell)}
      </div>
    );
  }
  const control = state?.controls.get(cell.column);
  const field = (
    <FieldCell
      column={cell.column}
      label={label}
      hideLabel={!cell.showLabel}
      value={props.value(cell.column)}
      control={control}
      onChange={(value) => props.onChange(cell.column, value)}
    />
  );
  if (!cell.control) return field;
  if (control && !control.visible) return null;
  return (
    <div className="form-component-cell" data-column={cell.column}>
      {props.renderControl(cell)}
      <FieldNotification
        id={`control-${cell.column}-notification`}
        message={control?.notifications.values().next().value}
      />
      <details className="column-text">
        <summary>{label} as text</summary>
        {/* The notification shows above once; the box alone here. */}
        <FieldCell
          column={cell.column}
          label={label}
          value={props.value(cell.column)}
          control={control && { ...control, notifications: new Map() }}
          onChange={(value) => props.onChange(cell.column, value)}
        />
      </details>
    </div>
  );
}

/** A tab's sections, in form order, each in its columns. */
function Sections(props: FormLayoutViewProps & { shown: LayoutTab }): React.ReactElement {
  const { shown: tab, state } = props;
  return (
    <>
      {tab.sections.map((section) => {
        const sectionState = state?.section(tab.name, section.name);
        if (sectionState && !sectionState.visible) return null;
        const label = sectionState?.label ?? layoutLabel(section.label, props.languageId);
        const heading = `section-${section.name}`;
        return (
          <section
            key={section.name}
            className="form-section"
            aria-labelledby={section.showLabel ? heading : undefined}
            aria-label={section.showLabel ? undefined : label}
            data-section={section.name}
            data-columns={section.columns}
          >
            {section.showLabel && (
              <h3 id={heading} className="form-section-label">
                {label}
              </h3>
            )}
            <div
              className="form-section-cells"
              style={{ gridTemplateColumns: `repeat(${section.columns}, minmax(0, 1fr))` }}
            >
              {section.cells.map((cell) => (
                <Cell key={cell.kind === "field" ? cell.column : cell.name} {...props} cell={cell} />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}

/** Where a key moves the focus in a tab list of `count` tabs, or undefined for a key it ignores. */
export function nextTabIndex(key: string, index: number, count: number, isRTL = false): number | undefined {
  const forward = isRTL ? "ArrowLeft" : "ArrowRight";
  const back = isRTL ? "ArrowRight" : "ArrowLeft";
  if (key === forward) return (index + 1) % count;
  if (key === back) return (index - 1 + count) % count;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return undefined;
}

export function FormLayoutView(props: FormLayoutViewProps): React.ReactElement {
  const { layout, state } = props;
  const tabs = layout.tabs.filter((tab) => state?.tab(tab.name)?.visible ?? true);
  const labelOf = (tab: LayoutTab): string => state?.tab(tab.name)?.label ?? layoutLabel(tab.label, props.languageId);
  const [chosen, choose] = React.useState(props.tab);
  const buttons = React.useRef(new Map<string, HTMLButtonElement>());

  if (props.tab === ALL_TABS) {
    return (
      <div className="form-tabs" data-tabs="all">
        {tabs.map((tab) => (
          <section key={tab.name} className="form-tab" aria-labelledby={`tab-${tab.name}`} data-tab={tab.name}>
            <h2 id={`tab-${tab.name}`} className="form-tab-label">
              {labelOf(tab)}
            </h2>
            <Sections {...props} shown={tab} />
          </section>
        ))}
      </div>
    );
  }

  // A tab a script hid cannot stay open: the first visible one opens instead.
  const selected = tabs.find((tab) => tab.name === chosen) ?? tabs[0];
  const select = (tab: LayoutTab, focus: boolean): void => {
    choose(tab.name);
    if (focus) buttons.current.get(tab.name)?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent, index: number): void => {
    const next = nextTabIndex(event.key, index, tabs.length, props.isRTL);
    if (next === undefined) return;
    event.preventDefault();
    select(tabs[next], true);
  };

  return (
    <div className="form-tabs" data-tabs="one">
      <div role="tablist" className="form-tab-list">
        {tabs.map((tab, index) => {
          const isSelected = tab === selected;
          return (
            <button
              key={tab.name}
              ref={(element) => {
                if (element) buttons.current.set(tab.name, element);
                else buttons.current.delete(tab.name);
              }}
              type="button"
              role="tab"
              id={`tab-${tab.name}`}
              className="form-tab-button"
              data-tab-button={tab.name}
              aria-selected={isSelected}
              aria-controls={isSelected ? `tabpanel-${tab.name}` : undefined}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => select(tab, false)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {labelOf(tab)}
            </button>
          );
        })}
      </div>
      {selected && (
        <div
          key={selected.name}
          role="tabpanel"
          id={`tabpanel-${selected.name}`}
          className="form-tab"
          aria-labelledby={`tab-${selected.name}`}
          data-tab={selected.name}
          tabIndex={0}
        >
          <Sections {...props} shown={selected} />
        </div>
      )}
    </div>
  );
}
