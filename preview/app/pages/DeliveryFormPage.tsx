/**
 * The delivery form as the experience solution lays it out (tabs, sections and cells from
 * solution/definitions/forms.ts, embedded by the server): the time line, the disposition chips,
 * the related records and the attribute grid bound as the packaged form binds them, and the
 * form script's handlers run against the preview's Xrm (preview/xrm) on load, change and save.
 * The bindings come from the solution's own definitions, so the preview cannot drift from what
 * is packaged.
 */
import * as React from "react";
import { AttributeNames as A, DeliveryNames as D } from "../../../domain/tables";
import { attributeStoreTable, deliveryStoreTable } from "../../data/schema";
import {
  attributeGridDataSet,
  chipsProperties,
  relatedRecordsProperties,
  timelineColumns,
} from "../../../solution/definitions/controlBindings";
import type { ControlBinding } from "../../host/controlHost";
import { webApiSource } from "../../host/datasetSource";
import { ControlSlot } from "../ControlSlot";
import { FormCommands } from "../FormCommands";
import { FormLayoutView } from "../FormLayoutView";
import { FormNotifications } from "../FormNotifications";
import { HostLogPanel } from "../HostLogPanel";
import { RecordSwitcher } from "../RecordSwitcher";
import { useFormRecord } from "../useFormRecord";
import { useFormSession } from "../useFormSession";
import type { RowValue } from "../../data/types";
import { layoutLabel, readEmbeddedFormLayouts } from "../../xrm/formLayout";
import type { PageProps } from "./types";

const { name: gridDataSetName, ...gridDataSet } = attributeGridDataSet;

const timelineBinding: ControlBinding = {
  control: "DeliveryTimeline",
  properties: timelineColumns,
};

const chipsBinding: ControlBinding = { control: "DispositionChips", properties: chipsProperties };

const relatedBinding: ControlBinding = { control: "RelatedRecords", properties: relatedRecordsProperties };

// The server embeds the layout from solution/definitions/forms.ts; read once per page load.
const layout = readEmbeddedFormLayouts()[D.table];

/** A code component's slot; the form cell it sits on gives its heading, in the user's language. */
interface Slot {
  id: string;
  binding: ControlBinding;
  minHeight: number;
}

export function DeliveryFormPage(props: PageProps): React.ReactElement {
  const { env, state, settings, navigate } = props;
  const deliveryId = env.resolveRecord(state.record);
  const form = useFormRecord(env, deliveryStoreTable, deliveryId);
  const record = form.record;

  const gridBinding = React.useMemo<ControlBinding | undefined>(
    () =>
      deliveryId
        ? {
            control: "AttributeGrid",
            height: 480,
            dataSets: {
              [gridDataSetName]: {
                ...gridDataSet,
                source: webApiSource(env.webAPI, attributeStoreTable, { lookup: A.delivery, id: deliveryId }),
              },
            },
          }
        : undefined,
    [env, deliveryId],
  );

  const scripts = useFormSession(env, deliveryStoreTable, layout, record, form.dirty, settings.languageId);

  /** A user's change, from a field or a control's output: the page holds it, the scripts hear of it. */
  const change = (column: string, value: RowValue): void => {
    form.setValue(column, value);
    scripts.session?.change(column, value);
  };

  /** OnSave first; a handler that prevents the save keeps the changes unsaved. */
  const save = (): void => {
    if (scripts.session && !scripts.session.onSave()) return;
    void form.save();
  };

  const slots: Record<string, Slot> = {
    DeliveryTimeline: { id: "timeline", binding: timelineBinding, minHeight: 160 },
    DispositionChips: { id: "dispositions", binding: chipsBinding, minHeight: 48 },
    RelatedRecords: { id: "related", binding: relatedBinding, minHeight: 120 },
    ...(gridBinding && {
      AttributeGrid: { id: "attributes", binding: gridBinding, minHeight: 200 },
    }),
  };

  const openRecord = (table: string, id: string): void => {
    if (table === D.table) navigate({ record: id });
  };
  const slotKey = `${deliveryId ?? "none"}|${settings.languageId}|${settings.isRTL ? "rtl" : "ltr"}`;
  const entry = env.catalogue.find((candidate) => candidate.id === deliveryId);

  return (
    <div className="page">
      <RecordSwitcher env={env} value={state.record} onChange={(record) => navigate({ record })} />
      {!record || !gridBinding ? (
        <p role="alert">No delivery {state.record} in the sample data.</p>
      ) : (
        <>
          <div className="record-header">
            <h2>{String(record.values[D.deliveryId] ?? "")}</h2>
            <p className="record-facts" data-testid="record-facts">
              <span>Status (not on the form): {String(record.values[D.status] ?? "—")}</span>
              <span>Result: {String(record.values[D.result] ?? "—")}</span>
              <span>Dial mode: {String(record.values[D.dialModeType] ?? "—")}</span>
            </p>
            {entry?.problem && <p className="record-problem">Broken on purpose: {entry.problem}</p>}
            <FormCommands form={form} onSave={save} />
          </div>
          <FormNotifications notifications={scripts.session?.state.notifications ?? []} />
          {scripts.error && (
            <p role="alert" className="slot-error">
              Form scripts did not load: {scripts.error}
            </p>
          )}
          <div className="form-body" data-form-scripts={scripts.status}>
            {layout && (
              <FormLayoutView
                layout={layout}
                state={scripts.session?.state}
                languageId={settings.languageId}
                isRTL={settings.isRTL}
                tab={state.tab}
                value={(column) => String(record.values[column] ?? "")}
                onChange={change}
                renderControl={(cell) => {
                  const slot = cell.control ? slots[cell.control] : undefined;
                  if (!slot) return null;
                  return (
                    <ControlSlot
                      key={`${slot.id}|${slotKey}`}
                      id={slot.id}
                      label={layoutLabel(cell.label, settings.languageId)}
                      hideLabel={!cell.showLabel}
                      binding={slot.binding}
                      record={record}
                      settings={settings}
                      env={env}
                      onOutput={change}
                      onOpenRecord={openRecord}
                      minHeight={slot.minHeight}
                    />
                  );
                }}
              />
            )}
          </div>
        </>
      )}
      <HostLogPanel log={env.log} />
    </div>
  );
}
