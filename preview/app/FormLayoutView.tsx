/**
 * The form's tabs and sections as its definition lays them out, with what the scripts changed:
 * hidden tabs, sections and fields left out, section labels as set, plain fields read-only
 * while disabled. A cell with a code component shows the control, its control notification
 * under it, and the bound column's own text box folded away (the platform's "show the default
 * control"), so text the component would never write can still be typed in and checked.
 */
import * as React from "react";
import type { FormLayout, LayoutCell } from "../xrm/formLayout";
import type { FormState } from "../xrm/formState";
import { FieldCell, FieldNotification } from "./FieldCell";

export interface FormLayoutViewProps {
  layout: FormLayout;
  state: FormState | undefined;
  label(column: string): string;
  value(column: string): string;
  onChange(column: string, value: string): void;
  renderControl(cell: LayoutCell): React.ReactNode;
}

function Cell(props: FormLayoutViewProps & { cell: LayoutCell }): React.ReactElement | null {
  const { cell, state } = props;
  if (cell.kind === "subgrid") return <>{props.renderControl(cell)}</>;
  const control = state?.controls.get(cell.column);
  const field = (
    <FieldCell
      column={cell.column}
      label={props.label(cell.column)}
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
        <summary>{props.label(cell.column)} as text</summary>
        {/* The notification shows above once; the box alone here. */}
        <FieldCell
          column={cell.column}
          label={props.label(cell.column)}
          value={props.value(cell.column)}
          control={control && { ...control, notifications: new Map() }}
          onChange={(value) => props.onChange(cell.column, value)}
        />
      </details>
    </div>
  );
}

export function FormLayoutView(props: FormLayoutViewProps): React.ReactElement {
  const { layout, state } = props;
  return (
    <div className="form-tabs">
      {layout.tabs.map((tab) => {
        const tabState = state?.tab(tab.name);
        if (tabState && !tabState.visible) return null;
        const tabHeading = `tab-${tab.name}`;
        return (
          <section key={tab.name} className="form-tab" aria-labelledby={tabHeading} data-tab={tab.name}>
            <h2 id={tabHeading} className="form-tab-label">
              {tabState?.label ?? tab.label}
            </h2>
            {tab.sections.map((section) => {
              const sectionState = state?.section(tab.name, section.name);
              if (sectionState && !sectionState.visible) return null;
              const sectionHeading = `section-${section.name}`;
              return (
                <section
                  key={section.name}
                  className="form-section"
                  aria-labelledby={sectionHeading}
                  data-section={section.name}
                >
                  <h3 id={sectionHeading} className="form-section-label">
                    {sectionState?.label ?? section.label}
                  </h3>
                  {section.cells.map((cell) => (
                    <Cell key={cell.kind === "field" ? cell.column : cell.name} {...props} cell={cell} />
                  ))}
                </section>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
