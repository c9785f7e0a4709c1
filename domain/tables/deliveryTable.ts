import { DeliveryNames as N, DispositionCodesMaxLength } from "./names";
import { dateTime, text } from "./columns";
import type { ColumnDefinition, TableDefinition } from "./types";

const required = { required: "required" } as const;

/** The 21 columns of Microsoft's reporting page, in its order. */
const reportingColumns: ColumnDefinition[] = [
  text(N.deliveryId, { 1033: "Delivery Id", 1031: "Zustellungs-ID" }, 850, "Unique identifier of the delivery.", {
    ...required,
    primaryName: true,
  }),
  text(
    N.conversationId,
    { 1033: "Conversation Id", 1031: "Konversations-ID" },
    100,
    "Conversation created for the delivery.",
  ),
  text(N.callId, { 1033: "Call Id", 1031: "Anruf-ID" }, 100, "Azure Communication Services call correlation id."),
  text(
    N.configId,
    { 1033: "Proactive Engagement Configuration Id", 1031: "ID der Konfiguration für proaktive Interaktion" },
    100,
    "Proactive engagement configuration that handled the delivery.",
    required,
  ),
  text(
    N.journeyId,
    { 1033: "Journey Id", 1031: "Journey-ID" },
    100,
    "Customer Insights journey that requested the delivery.",
  ),
  text(
    N.journeyRunId,
    { 1033: "Journey Run Id", 1031: "ID der Journey-Ausführung" },
    100,
    "Run of the journey that requested the delivery.",
  ),
  text(N.contactId, { 1033: "Contact Id", 1031: "Kontakt-ID" }, 100, "Id of the contact the delivery is for, as text."),
  text(N.channel, { 1033: "Channel", 1031: "Kanal" }, 100, "Channel of the delivery."),
  text(N.status, { 1033: "Status", 1031: "Status" }, 100, "Status of the delivery.", {
    ...required,
    validForForm: false,
  }),
  text(N.queueId, { 1033: "Queue Id", 1031: "Warteschlangen-ID" }, 100, "Queue the delivery was routed to."),
  text(N.trackingId, { 1033: "Tracking Id", 1031: "Tracking-ID" }, 400, "Tracking id supplied by the caller."),
  text(
    N.dialModeType,
    { 1033: "Dial Mode Type", 1031: "Wählmodus" },
    100,
    "Dial mode used for the delivery.",
    required,
  ),
  text(N.toAddress, { 1033: "To Address", 1031: "Zieladresse" }, 300, "Destination address (phone number).", {
    ...required,
    validForForm: false,
  }),
  text(N.fromAddress, { 1033: "From Address", 1031: "Absenderadresse" }, 300, "Source address (phone number)."),
  dateTime(
    N.windowStartDate,
    { 1033: "Window Start Date", 1031: "Beginn des Anruffensters" },
    "Start of the call window.",
  ),
  dateTime(N.windowEndDate, { 1033: "Window End Date", 1031: "Ende des Anruffensters" }, "End of the call window."),
  dateTime(N.startDate, { 1033: "Start Date", 1031: "Anrufbeginn" }, "Start of the call."),
  dateTime(N.endDate, { 1033: "End Date", 1031: "Anrufende" }, "End of the call."),
  text(N.result, { 1033: "Result", 1031: "Ergebnis" }, 100, "Result of the delivery."),
  dateTime(N.resultDate, { 1033: "Result Date", 1031: "Ergebnisdatum" }, "Date the result was set."),
  text(
    N.dispositionCodes,
    { 1033: "Disposition Codes", 1031: "Dispositionscodes" },
    DispositionCodesMaxLength,
    "Disposition codes set by the representative, comma separated.",
  ),
];

/** The five further writable columns of the live entity reference. */
const furtherColumns: ColumnDefinition[] = [
  text(N.batchId, { 1033: "Batch Id", 1031: "Batch-ID" }, 100, "Batch the delivery came from."),
  text(
    N.parentConversationId,
    { 1033: "Parent Conversation Id", 1031: "ID der übergeordneten Konversation" },
    100,
    "Parent conversation of the delivery.",
  ),
  dateTime(
    N.channelSentDate,
    { 1033: "Channel Sent Date", 1031: "An den Kanal gesendet am" },
    "Date the delivery was sent to the channel.",
  ),
  dateTime(
    N.earliestScheduleDate,
    { 1033: "Earliest Schedule Date", 1031: "Früheste Planung" },
    "Earliest date the delivery may be scheduled.",
  ),
  dateTime(N.expirationDate, { 1033: "Expiration Date", 1031: "Ablaufdatum" }, "Date the delivery expires."),
];

export const elasticSystemColumns: ColumnDefinition[] = [
  text(
    "partitionid",
    { 1033: "Partition Id", 1031: "Partitions-ID" },
    100,
    "Partition of the row in an elastic table.",
  ),
  {
    kind: "integer",
    logicalName: "ttlinseconds",
    schemaName: "ttlinseconds",
    displayName: "Time to live (seconds)",
    displayNames: { 1033: "Time to live (seconds)", 1031: "Gültigkeitsdauer (Sekunden)" },
    description: "Seconds after which an elastic table row is deleted.",
    min: 1,
    max: 2147483647,
    required: "none",
    validForForm: true,
  },
];

export const deliveryTable: TableDefinition = {
  logicalName: N.table,
  schemaName: N.table,
  displayName: "Proactive Delivery",
  displayCollectionName: "Proactive Deliveries",
  description: "A delivery accepted by the proactive engagement service.",
  entitySetName: N.entitySet,
  primaryIdAttribute: N.id,
  primaryNameAttribute: N.deliveryId,
  ownership: "UserOwned",
  elastic: true,
  columns: [...reportingColumns, ...furtherColumns],
  elasticSystemColumns,
};
