/**
 * What a form script can change on a form, kept outside React so a handler sees its own writes
 * at once (as on the platform) and the page re-renders when a handler is done: field values
 * and dirtiness, each control's disabled/visible state and notifications, tab and section
 * visibility and labels, and the form notifications in the order they were set.
 */
import { layoutLabel, type FormLayout } from "./formLayout";

export type FormValue = string | number | Date | null;

export interface FormNotification {
  id: string;
  message: string;
  level: Xrm.FormNotificationLevel;
}

export interface ControlState {
  disabled: boolean;
  visible: boolean;
  /** Notification id → message; the first one set is the one shown. */
  notifications: Map<string, string>;
}

export interface PartState {
  visible: boolean;
  label: string;
}

const sectionKey = (tab: string, section: string): string => `${tab}/${section}`;

export class FormState {
  readonly values = new Map<string, FormValue>();
  readonly dirty = new Set<string>();
  readonly controls = new Map<string, ControlState>();
  readonly tabs = new Map<string, PartState>();
  readonly sections = new Map<string, PartState>();
  readonly notifications: FormNotification[] = [];
  private readonly listeners = new Set<() => void>();

  /** The labels start in the user's language, as the platform loads the form in it. */
  constructor(
    readonly layout: FormLayout,
    readonly languageId: number = 1033,
  ) {
    for (const tab of layout.tabs) {
      this.tabs.set(tab.name, { visible: true, label: layoutLabel(tab.label, languageId) });
      for (const section of tab.sections) {
        this.sections.set(sectionKey(tab.name, section.name), {
          visible: true,
          label: layoutLabel(section.label, languageId),
        });
        for (const cell of section.cells) {
          if (cell.kind === "field") {
            this.values.set(cell.column, null);
            this.controls.set(cell.column, { disabled: false, visible: true, notifications: new Map() });
          }
        }
      }
    }
  }

  /** The columns on the form: a script sees only these as attributes. */
  get columns(): string[] {
    return [...this.values.keys()];
  }

  tab(name: string): PartState | undefined {
    return this.tabs.get(name);
  }

  section(tab: string, name: string): PartState | undefined {
    return this.sections.get(sectionKey(tab, name));
  }

  setNotification(notification: FormNotification): void {
    const index = this.notifications.findIndex((existing) => existing.id === notification.id);
    if (index >= 0) this.notifications[index] = notification;
    else this.notifications.push(notification);
    this.changed();
  }

  clearNotification(id: string): boolean {
    const index = this.notifications.findIndex((existing) => existing.id === id);
    if (index < 0) return false;
    this.notifications.splice(index, 1);
    this.changed();
    return true;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells the page to render again; several changes in one handler still cost one render each. */
  changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
