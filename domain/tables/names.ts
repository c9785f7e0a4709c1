/**
 * Logical names of the two proactive engagement tables and their columns, exactly as
 * Microsoft defines them. Every other part of the project (table metadata, solution XML,
 * controls, form scripts, sample data) refers to a column through these constants.
 */
export const DeliveryNames = {
  table: "msdyn_proactive_delivery",
  entitySet: "msdyn_proactive_deliveries",
  id: "msdyn_proactive_deliveryid",
  deliveryId: "msdyn_delivery_id",
  conversationId: "msdyn_conversation_id",
  callId: "msdyn_call_id",
  configId: "msdyn_proactive_engagement_config_id",
  journeyId: "msdyn_journey_id",
  journeyRunId: "msdyn_journey_run_id",
  contactId: "msdyn_contact_id",
  channel: "msdyn_channel",
  status: "msdyn_status",
  queueId: "msdyn_queue_id",
  trackingId: "msdyn_tracking_id",
  dialModeType: "msdyn_dialmode_type",
  toAddress: "msdyn_to_address",
  fromAddress: "msdyn_from_address",
  windowStartDate: "msdyn_window_start_date",
  windowEndDate: "msdyn_window_end_date",
  startDate: "msdyn_start_date",
  endDate: "msdyn_end_date",
  result: "msdyn_result",
  resultDate: "msdyn_result_date",
  dispositionCodes: "msdyn_disposition_codes",
  batchId: "msdyn_batch_id",
  parentConversationId: "msdyn_parent_conversation_id",
  channelSentDate: "msdyn_channel_sent_date",
  earliestScheduleDate: "msdyn_earliest_schedule_date",
  expirationDate: "msdyn_expiration_date",
} as const;

export const AttributeNames = {
  table: "msdyn_proactive_delivery_attribute",
  entitySet: "msdyn_proactive_delivery_attributes",
  id: "msdyn_proactive_delivery_attributeid",
  delivery: "msdyn_proactive_delivery",
  /** The parent delivery's partition id, which a lookup to an elastic table carries. */
  deliveryPartitionId: "msdyn_proactive_deliverypid",
  keyword: "msdyn_keyword",
  value: "msdyn_value",
  type: "msdyn_type",
} as const;

/** The global choice behind msdyn_type; its values are fixed by Microsoft, not by a publisher. */
export const AttributeTypeChoice = {
  name: "msdyn_proactive_delivery_attribute_msdyn_type",
  input: 700610000,
  result: 700610001,
} as const;

export const DeliveryAttributeRelationship =
  "msdyn_proactive_delivery_attribute_msdyn_proactive_delivery_msdyn_proactive_delivery";

/**
 * Length of msdyn_disposition_codes. It lives here rather than only in the table description
 * because controls import this small module: the description would add every column's
 * metadata (about 4 KB) to each bundle. The description uses this same constant.
 */
export const DispositionCodesMaxLength = 1000;

/**
 * The platform's contact table, as far as the experience's contact form names it (the form in
 * solution/definitions/forms.ts, the ContactDeliveries binding): logical names as Microsoft's
 * contact entity reference gives them.
 */
export const ContactNames = {
  table: "contact",
  entitySet: "contacts",
  id: "contactid",
  fullName: "fullname",
  firstName: "firstname",
  lastName: "lastname",
  email: "emailaddress1",
  businessPhone: "telephone1",
  mobilePhone: "mobilephone",
} as const;
