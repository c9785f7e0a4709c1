// Stable ids, so a handler that runs again replaces its own notification instead of adding one.
export const outcomeNotificationId = "pdx_outcome";
export const statusReadNotificationId = "pdx_status_read";
export const scriptFailedNotificationId = "pdx_script_failed";
export const dispositionNotificationId = "pdx_disposition_codes";
