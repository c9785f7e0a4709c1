/**
 * The delivery form as the experience solution lays it out: the time line bound to the date,
 * result and dial-mode columns, the disposition chips bound to msdyn_disposition_codes, and
 * the attribute grid as the subgrid of the current delivery's attributes (the columns and
 * order of the "Attributes of a Delivery" view), and the related records (contact, conversation,
 * queue, configuration by name) in the Routing area. The bindings come from the solution's own
 * definitions, so the preview cannot drift from what is packaged (RelatedRecords' not yet: see
 * relatedRecordsProperties).
 */
import * as React from "react";
import { AttributeNames as A, DeliveryNames as D } from "../../../domain/tables";
import { attributeStoreTable, deliveryStoreTable } from "../../data/schema";
import { attributeGridDataSet, chipsProperties, timelineColumns } from "../../../solution/definitions/controlBindings";
import type { ControlBinding } from "../../host/controlHost";
import { webApiSource } from "../../host/datasetSource";
import { ControlSlot } from "../ControlSlot";
import { HostLogPanel } from "../HostLogPanel";
import { RecordSwitcher } from "../RecordSwitcher";
import { useFormRecord } from "../useFormRecord";
import type { PageProps } from "./types";

const { name: gridDataSetName, ...gridDataSet } = attributeGridDataSet;

const timelineBinding: ControlBinding = {
  control: "DeliveryTimeline",
  properties: timelineColumns,
};

const chipsBinding: ControlBinding = { control: "DispositionChips", properties: chipsProperties };

// TODO: import relatedRecordsProperties from solution/definitions/controlBindings.ts once the
// form binding lands there; until then the same property → column map, restated here.
const relatedRecordsProperties = {
  contactId: D.contactId,
  conversationId: D.conversationId,
  queueId: D.queueId,
  configurationId: D.configId,
} as const;

const relatedBinding: ControlBinding = { control: "RelatedRecords", properties: relatedRecordsProperties };

/** Form fields shown as plain read-only values around the controls. */
const detailColumns = [
  D.deliveryId,
  D.channel,
  D.configId,
  D.queueId,
  D.contactId,
  D.fromAddress,
  D.trackingId,
  D.conversationId,
  D.callId,
  D.journeyId,
];

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
            <div className="form-commands">
              <button type="button" onClick={() => void form.save()} disabled={form.dirty.length === 0}>
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
          </div>
          <div className="form-columns">
            <div className="form-column">
              <ControlSlot
                key={`timeline|${slotKey}`}
                id="timeline"
                label="Call window and call"
                binding={timelineBinding}
                record={record}
                settings={settings}
                env={env}
                onOutput={form.setValue}
                onOpenRecord={openRecord}
                minHeight={160}
              />
              <ControlSlot
                key={`chips|${slotKey}`}
                id="dispositions"
                label="Disposition codes"
                binding={chipsBinding}
                record={record}
                settings={settings}
                env={env}
                onOutput={form.setValue}
                onOpenRecord={openRecord}
                minHeight={48}
              />
            </div>
            <section className="form-column details" aria-labelledby="details-heading">
              <h3 id="details-heading" className="slot-label">
                Routing and identifiers
              </h3>
              <ControlSlot
                key={`related|${slotKey}`}
                id="related"
                label="Contact, conversation, queue and configuration"
                binding={relatedBinding}
                record={record}
                settings={settings}
                env={env}
                onOutput={form.setValue}
                onOpenRecord={openRecord}
                minHeight={120}
              />
              <dl>
                {detailColumns.map((column) => (
                  <React.Fragment key={column}>
                    <dt>{deliveryStoreTable.columns.get(column)?.displayName ?? column}</dt>
                    <dd>{String(record.values[column] ?? "—")}</dd>
                  </React.Fragment>
                ))}
              </dl>
            </section>
          </div>
          <ControlSlot
            key={`grid|${slotKey}`}
            id="attributes"
            label="Input and result attributes"
            binding={gridBinding}
            record={record}
            settings={settings}
            env={env}
            onOutput={form.setValue}
            onOpenRecord={openRecord}
            minHeight={200}
          />
        </>
      )}
      <HostLogPanel log={env.log} />
    </div>
  );
}
