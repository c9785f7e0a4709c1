/**
 * The contact form the experience solution ships ("Contact – Proactive Engagement"), laid out
 * from solution/definitions/forms.ts (embedded by the server, as the delivery form is) with
 * ContactDeliveries bound as the packaged form binds it. The control gets the contact's id as a
 * form gives it, `{UPPER-CASE}` in braces, in context.mode.contextInfo.entityId, with
 * entityTypeName "contact"; openForm on a delivery opens the delivery form page for it.
 */
import * as React from "react";
import { DeliveryNames as D } from "../../../domain/tables";
import { contactDeliveriesProperties } from "../../../solution/definitions/controlBindings";
import { contactStoreTable } from "../../data/relatedStoreTables";
import { normalizeId } from "../../data/store";
import type { RowValue } from "../../data/types";
import type { ControlBinding } from "../../host/controlHost";
import { layoutLabel, readEmbeddedFormLayouts } from "../../xrm/formLayout";
import { contactChoices, formEntityId, resolveContact, spellingSummary } from "../contactCatalogue";
import { ContactSwitcher } from "../ContactSwitcher";
import { ControlSlot } from "../ControlSlot";
import { FormCommands } from "../FormCommands";
import { FormLayoutView } from "../FormLayoutView";
import { HostLogPanel } from "../HostLogPanel";
import { useFormRecord } from "../useFormRecord";
import type { PageProps } from "./types";

const deliveriesBinding: ControlBinding = {
  control: "ContactDeliveries",
  properties: contactDeliveriesProperties,
};

// The server embeds the layout from solution/definitions/forms.ts; read once per page load.
const layout = readEmbeddedFormLayouts()[contactStoreTable.logicalName];

export function ContactFormPage(props: PageProps): React.ReactElement {
  const { env, state, settings, navigate } = props;
  const choices = contactChoices(env.data);
  const contact = resolveContact(env.data, state.record);
  // The id as formContext.data.entity.getId() gives it; the store finds the row by it all the same.
  const formId = contact ? formEntityId(contact.id) : undefined;
  const form = useFormRecord(env, contactStoreTable, formId);
  const record = form.record;

  // The slot's heading is the form cell's label (hidden, as the cell hides it).
  const slots: Record<string, { id: string; binding: ControlBinding; minHeight: number }> = {
    ContactDeliveries: { id: "contact-deliveries", binding: deliveriesBinding, minHeight: 240 },
  };

  const openRecord = (table: string, id: string): void => {
    if (table === D.table) navigate({ page: "delivery", record: normalizeId(id) });
    else if (table === contactStoreTable.logicalName) navigate({ record: normalizeId(id) });
  };
  const slotKey = `${formId ?? "none"}|${settings.languageId}|${settings.isRTL ? "rtl" : "ltr"}`;

  return (
    <div className="page">
      <ContactSwitcher
        choices={choices}
        value={contact?.id ?? state.record}
        onChange={(contactId) => navigate({ record: contactId })}
      />
      {!contact || !record || !formId ? (
        <p role="alert">No contact {state.record} in the sample data.</p>
      ) : (
        <>
          <div className="record-header">
            <h2>{String(record.values[contactStoreTable.primaryNameAttribute] ?? "")}</h2>
            <p className="record-facts" data-testid="contact-facts">
              <span data-testid="contact-form-id">Id as the form gives it: {formId}</span>
              <span data-testid="contact-delivery-count">
                Deliveries in the sample data: {contact.deliveryCount} (msdyn_contact_id stored as{" "}
                {spellingSummary(contact)})
              </span>
            </p>
            <FormCommands form={form} onSave={() => void form.save()} />
          </div>
          {layout ? (
            <div className="form-body">
              <FormLayoutView
                layout={layout}
                state={undefined}
                languageId={settings.languageId}
                isRTL={settings.isRTL}
                tab={state.tab}
                value={(column) => String(record.values[column] ?? "")}
                onChange={(column, value: RowValue) => form.setValue(column, value)}
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
                      onOutput={(column, value) => form.setValue(column, value)}
                      onOpenRecord={openRecord}
                      minHeight={slot.minHeight}
                    />
                  );
                }}
              />
            </div>
          ) : (
            <p role="alert" className="slot-error">
              The server embedded no contact form layout.
            </p>
          )}
        </>
      )}
      <HostLogPanel log={env.log} />
    </div>
  );
}
