/**
 * The form notification area at the top of the form, as form scripts fill it through
 * formContext.ui.setFormNotification. An error interrupts (alert); a warning or information
 * waits its turn (status), as the platform's banner reads them.
 */
import * as React from "react";
import type { FormNotification } from "../xrm/formState";

const levelNames: Record<Xrm.FormNotificationLevel, string> = {
  ERROR: "Error",
  WARNING: "Warning",
  INFO: "Information",
};

export function FormNotifications(props: { notifications: readonly FormNotification[] }): React.ReactElement | null {
  if (props.notifications.length === 0) return null;
  return (
    <div className="form-notifications">
      {props.notifications.map((notification) => (
        <div
          key={notification.id}
          className={`form-notification form-notification-${notification.level.toLowerCase()}`}
          role={notification.level === "ERROR" ? "alert" : "status"}
          data-level={notification.level}
          data-notification-id={notification.id}
        >
          <span className="form-notification-level">{levelNames[notification.level]}: </span>
          {notification.message}
        </div>
      ))}
    </div>
  );
}
