import { DeliveryNames as N, DispositionCodesMaxLength } from "./names";
import { dateTime, text } from "./columns";
import type { ColumnDefinition, TableDefinition } from "./types";

const required = { required: "required" } as const;

/** The 21 columns of Microsoft's reporting page, in its order. */
const reportingColumns: ColumnDefinition[] = [
  text(N.deliveryId, "Delivery Id", 850, "Unique identifier of the delivery.", { ...required, primaryName: true }),
  text(N.conversationId, "Conversation Id", 100, "Conversation created for the delivery."),
  text(N.callId, "Call Id", 100, "Azure Communication Services call correlation id."),
  text(
    N.configId,
    "Proactive Engagement Configuration Id",
    100,
    "Proactive engagement configuration that handled the delivery.",
    required,
  ),
  text(N.journeyId, "Journey Id", 100, "Customer Insights journey that requested the delivery."),
  text(N.journeyRunId, "Journey Run Id", 100, "Run of the journey that requested the delivery."),
  text(N.contactId, "Contact Id", 100, "Id of the contact the delivery is for, as text."),
  text(N.channel, "Channel", 100, "Channel of the delivery."),
  text(N.status, "Status", 100, "Status of the delivery.", { ...required, validForForm: false }),
  text(N.queueId, "Queue Id", 100, "Queue the delivery was routed to."),
  text(N.trackingId, "Tracking Id", 400, "Tracking id supplied by the caller."),
  text(N.dialModeType, "Dial Mode Type", 100, "Dial mode used for the delivery.", required),
  text(N.toAddress, "To Address", 300, "Destination address (phone number).", { ...required, validForForm: false }),
  text(N.fromAddress, "From Address", 300, "Source address (phone number)."),
  dateTime(N.windowStartDate, "Window Start Date", "Start of the call window."),
  dateTime(N.windowEndDate, "Window End Date", "End of the call window."),
  dateTime(N.startDate, "Start Date", "Start of the call."),
  dateTime(N.endDate, "End Date", "End of the call."),
  text(N.result, "Result", 100, "Result of the delivery."),
  dateTime(N.resultDate, "Result Date", "Date the result was set."),
  text(
    N.dispositionCodes,
    "Disposition Codes",
    DispositionCodesMaxLength,
    "Disposition codes set by the representative, comma separated.",
  ),
];

/** The five further writable columns of the live entity reference. */
const furtherColumns: ColumnDefinition[] = [
  text(N.batchId, "Batch Id", 100, "Batch the delivery came from."),
  text(N.parentConversationId, "Parent Conversation Id", 100, "Parent conversation of the delivery."),
  dateTime(N.channelSentDate, "Channel Sent Date", "Date the delivery was sent to the channel."),
  dateTime(N.earliestScheduleDate, "Earliest Schedule Date", "Earliest date the delivery may be scheduled."),
  dateTime(N.expirationDate, "Expiration Date", "Date the delivery expires."),
];

export const elasticSystemColumns: ColumnDefinition[] = [
  text("partitionid", "Partition Id", 100, "Partition of the row in an elastic table."),
  {
    kind: "integer",
    logicalName: "ttlinseconds",
    schemaName: "ttlinseconds",
    displayName: "Time to live (seconds)",
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
