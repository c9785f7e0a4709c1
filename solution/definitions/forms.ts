import {
  AttributeNames as A,
  ContactNames as C,
  DeliveryAttributeRelationship,
  DeliveryNames as D,
} from "../../domain/tables";
import type { FormLabels } from "../../domain/languages";
import type { FieldCell, FormDefinition, FormSection } from "../model";
import { attributeGridDataSet } from "./controlBindings";
import { cellId } from "./cellIds";
import { FormIds, FormPartIds, ViewIds } from "./ids";

function fields(formId: string, columns: string[]): FieldCell[] {
  return columns.map((column) => ({ kind: "field", id: cellId(formId, column), column }));
}

/**
 * A section of one of the experience's forms. Its label, like every tab's, has one text per
 * language of FORM_LANGUAGES (domain/languages.ts): adding a language is one entry in each label
 * here, and the compiler names every label that lacks it. Field cells are labelled with their
 * column's display names (domain/tables).
 */
function section(id: string, name: string, label: FormLabels, cells: FormSection["cells"]): FormSection {
  return { id, name, label, cells };
}

/** The tabs' labels are typed the same way: one text per form language. */
const tabLabel = (label: FormLabels): FormLabels => label;

/** The supervisor's delivery form: outcome first, then timing, routing, attributes and raw ids. */
export const deliveryMainForm: FormDefinition = {
  id: FormIds.deliveryMain,
  table: D.table,
  name: "Proactive Delivery (Experience)",
  description: "What happened to a proactive delivery and why.",
  tabs: [
    {
      id: FormPartIds.deliverySummaryTab,
      name: "tab_summary",
      label: tabLabel({ 1033: "Summary", 1031: "Zusammenfassung" }),
      sections: [
        section(
          FormPartIds.deliveryTimelineSection,
          "section_timeline",
          { 1033: "Timeline", 1031: "Zeitachse" },
          fields(FormIds.deliveryMain, [D.windowStartDate]),
        ),
        section(
          FormPartIds.deliveryOutcomeSection,
          "section_outcome",
          { 1033: "Outcome", 1031: "Ausgang" },
          fields(FormIds.deliveryMain, [
            D.deliveryId,
            D.result,
            D.resultDate,
            D.dispositionCodes,
            D.dialModeType,
            D.channel,
          ]),
        ),
        section(
          FormPartIds.deliveryTimingSection,
          "section_timing",
          { 1033: "Call window and call", 1031: "Anruffenster und Anruf" },
          fields(FormIds.deliveryMain, [
            D.windowEndDate,
            D.startDate,
            D.endDate,
            D.earliestScheduleDate,
            D.expirationDate,
            D.channelSentDate,
          ]),
        ),
        section(
          FormPartIds.deliveryRoutingSection,
          "section_routing",
          { 1033: "Routing", 1031: "Weiterleitung" },
          // RelatedRecords on the contact id shows all four routing ids by name; the queue and
          // configuration ids need no boxes of their own.
          fields(FormIds.deliveryMain, [D.contactId, D.fromAddress]),
        ),
      ],
    },
    {
      id: FormPartIds.deliveryAttributesTab,
      name: "tab_attributes",
      label: tabLabel({ 1033: "Attributes", 1031: "Attribute" }),
      sections: [
        section(
          FormPartIds.deliveryAttributesSection,
          "section_attributes",
          { 1033: "Input and result attributes", 1031: "Eingabe- und Ergebnisattribute" },
          [
            {
              kind: "subgrid",
              id: cellId(FormIds.deliveryMain, "attributes_subgrid"),
              name: "attributes_subgrid",
              label: { 1033: attributeGridDataSet.title, 1031: "Attribute" } satisfies FormLabels,
              targetTable: A.table,
              relationship: DeliveryAttributeRelationship,
              viewId: ViewIds.attributeOfDelivery,
              recordsPerPage: attributeGridDataSet.pageSize,
            },
          ],
        ),
      ],
    },
    {
      id: FormPartIds.deliveryIdentifiersTab,
      name: "tab_identifiers",
      label: tabLabel({ 1033: "Identifiers", 1031: "Kennungen" }),
      sections: [
        section(
          FormPartIds.deliveryIdentifiersSection,
          "section_identifiers",
          { 1033: "Identifiers", 1031: "Kennungen" },
          fields(FormIds.deliveryMain, [
            D.conversationId,
            D.parentConversationId,
            D.callId,
            D.journeyId,
            D.journeyRunId,
            D.trackingId,
            D.batchId,
          ]),
        ),
      ],
    },
  ],
  libraries: [],
  handlers: [],
};

export const attributeMainForm: FormDefinition = {
  id: FormIds.attributeMain,
  table: A.table,
  name: "Proactive Delivery Attribute (Experience)",
  description: "One input or result attribute of a proactive delivery.",
  tabs: [
    {
      id: FormPartIds.attributeGeneralTab,
      name: "tab_general",
      label: tabLabel({ 1033: "General", 1031: "Allgemein" }),
      sections: [
        section(
          FormPartIds.attributeGeneralSection,
          "section_general",
          { 1033: "Attribute", 1031: "Attribut" },
          fields(FormIds.attributeMain, [A.delivery, A.keyword, A.type, A.value]),
        ),
      ],
    },
  ],
  libraries: [],
  handlers: [],
};

/** The contact form's tab that holds ContactDeliveries (withContactDeliveries binds it there). */
export const CONTACT_DELIVERIES_TAB = "tab_proactive_deliveries";

/**
 * The main form the experience adds to the platform's contact table, for agents: who the contact
 * is, then the contact's proactive deliveries in a tab of their own. ContactDeliveries binds to
 * fullname (see controlBindings.ts), so fullname sits in that tab only. The standard contact forms
 * are left as they are.
 */
export const contactMainForm: FormDefinition = {
  id: FormIds.contactMain,
  table: C.table,
  // An en dash (U+2013), as the form selector shows it.
  name: "Contact – Proactive Engagement",
  description: "A contact with the proactive deliveries made to them and the attributes of each.",
  tabs: [
    {
      id: FormPartIds.contactSummaryTab,
      name: "tab_summary",
      label: tabLabel({ 1033: "Summary", 1031: "Zusammenfassung" }),
      sections: [
        section(
          FormPartIds.contactDetailsSection,
          "section_contact",
          { 1033: "Contact", 1031: "Kontakt" },
          fields(FormIds.contactMain, [C.firstName, C.lastName, C.email, C.businessPhone, C.mobilePhone]),
        ),
      ],
    },
    {
      id: FormPartIds.contactDeliveriesTab,
      name: CONTACT_DELIVERIES_TAB,
      label: tabLabel({ 1033: "Proactive deliveries", 1031: "Proaktive Zustellungen" }),
      sections: [
        {
          ...section(
            FormPartIds.contactDeliveriesSection,
            "section_proactive_deliveries",
            { 1033: "Proactive deliveries", 1031: "Proaktive Zustellungen" },
            fields(FormIds.contactMain, [C.fullName]),
          ),
          // The tab says what it holds; the control takes the section's full width.
          showLabel: false,
        },
      ],
    },
  ],
  libraries: [],
  handlers: [],
};
