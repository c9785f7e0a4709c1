import type { DeliveryNames } from "../../domain/tables/names";

/**
 * The delivery columns this script touches, each typed as its DeliveryNames entry so a
 * renamed column fails the type check. Separate constants rather than the DeliveryNames
 * object: the bundle then carries only these names (about 600 bytes less of an 8 KB budget).
 */
type Names = typeof DeliveryNames;

export { dispositionCodesColumn } from "../../domain/delivery/serviceWrittenColumns";

export const tableName: Names["table"] = "msdyn_proactive_delivery";
export const idColumn: Names["id"] = "msdyn_proactive_deliveryid";
export const statusColumn: Names["status"] = "msdyn_status";
export const toAddressColumn: Names["toAddress"] = "msdyn_to_address";
export const resultColumn: Names["result"] = "msdyn_result";
export const windowEndColumn: Names["windowEndDate"] = "msdyn_window_end_date";
export const callStartColumn: Names["startDate"] = "msdyn_start_date";
export const callEndColumn: Names["endDate"] = "msdyn_end_date";
export const earliestScheduleColumn: Names["earliestScheduleDate"] = "msdyn_earliest_schedule_date";
export const expirationColumn: Names["expirationDate"] = "msdyn_expiration_date";
export const channelColumn: Names["channel"] = "msdyn_channel";
export const channelSentColumn: Names["channelSentDate"] = "msdyn_channel_sent_date";
export const conversationColumn: Names["conversationId"] = "msdyn_conversation_id";
export const parentConversationColumn: Names["parentConversationId"] = "msdyn_parent_conversation_id";
export const callIdColumn: Names["callId"] = "msdyn_call_id";
export const journeyColumn: Names["journeyId"] = "msdyn_journey_id";
export const journeyRunColumn: Names["journeyRunId"] = "msdyn_journey_run_id";
export const trackingColumn: Names["trackingId"] = "msdyn_tracking_id";
export const batchColumn: Names["batchId"] = "msdyn_batch_id";
