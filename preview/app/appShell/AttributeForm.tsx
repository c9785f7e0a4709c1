/**
 * The attribute form the experience ships ("Proactive Delivery Attribute (Experience)", laid out
 * from attributeMainForm as the server embeds it), read-only: the proactive engagement service
 * writes every attribute, and the form has no scripts or code components. The delivery it
 * belongs to is a link to that delivery's form, as the lookup is on a model-driven form.
 */
import * as React from "react";
import { AttributeNames as A } from "../../../domain/tables";
import { attributeStoreTable } from "../../data/schema";
import type { PreviewEnvironment } from "../environment";
import { layoutLabel, readEmbeddedFormLayouts } from "../../xrm/formLayout";
import { cellText, type CellTextContext } from "./cellText";

const layout = readEmbeddedFormLayouts()[A.table];

export interface AttributeFormProps {
  env: PreviewEnvironment;
  attributeId: string;
  /** The user's language: the form's labels are in it. */
  languageId: number;
  text: CellTextContext;
  formHref(table: string, id: string): string;
  onOpen(table: string, id: string): void;
}

export function AttributeForm(props: AttributeFormProps): React.ReactElement {
  const { env, text } = props;
  const row = env.store.get(A.table, props.attributeId);
  if (!row) return <p role="alert">No attribute {props.attributeId} in the sample data.</p>;
  if (!layout)
    return (
      <p role="alert" className="slot-error">
        The server embedded no attribute form layout.
      </p>
    );
  const label = (labels: Parameters<typeof layoutLabel>[0]): string => layoutLabel(labels, props.languageId);
  return (
    <div className="page attribute-form" data-testid="attribute-form" data-record-id={props.attributeId}>
      <div className="record-header">
        <h2 dir="auto">{String(row[attributeStoreTable.primaryNameAttribute] ?? "")}</h2>
        <p className="record-facts">
          <span>Read-only: the proactive engagement service writes attributes.</span>
        </p>
      </div>
      <div className="form-body">
        {layout.tabs.map((tab) => (
          <section key={tab.name} className="form-tab" aria-labelledby={`tab-${tab.name}`} data-tab={tab.name}>
            <h2 id={`tab-${tab.name}`} className="form-tab-label">
              {label(tab.label)}
            </h2>
            {tab.sections.map((section) => (
              <section
                key={section.name}
                className="form-section"
                aria-labelledby={`section-${section.name}`}
                data-section={section.name}
              >
                <h3 id={`section-${section.name}`} className="form-section-label">
                  {label(section.label)}
                </h3>
                <dl className="read-only-fields">
                  {section.cells.flatMap((cell) => {
                    if (cell.kind !== "field") return [];
                    const column = attributeStoreTable.columns.get(cell.column);
                    const value = row[cell.column];
                    const shown = cellText(column, value, text);
                    const target = column?.kind === "lookup" ? column.target : undefined;
                    return [
                      <div key={cell.column} className="read-only-field" data-column={cell.column}>
                        <dt>{label(cell.label)}</dt>
                        <dd dir="auto">
                          {target && value ? (
                            <a
                              href={props.formHref(target, String(value))}
                              onClick={(event) => {
                                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
                                event.preventDefault();
                                props.onOpen(target, String(value));
                              }}
                            >
                              {shown}
                            </a>
                          ) : (
                            shown || "—"
                          )}
                        </dd>
                      </div>,
                    ];
                  })}
                </dl>
              </section>
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
